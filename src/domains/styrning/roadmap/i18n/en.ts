import type { MessagesOf } from '../../../../web/i18n/messages.ts';

/** English messages of the roadmap domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'roadmap.title': 'Roadmap – {name}',
  'roadmap.leadPublic':
    'The published initiatives over time, per department and stage. Choose a goal to see the initiatives that contribute to it.',
  'roadmap.leadInternal':
    'Every initiative over time, per department and stage, including those not published. Choose a goal to see the initiatives that contribute to it.',
  'roadmap.goal': 'Goal',
  'roadmap.allGoals': 'All goals',
  'roadmap.goalHint': 'Initiatives contributing to the goal or to a goal under it.',
  'roadmap.stage': 'Stage',
  'roadmap.allStages': 'All stages',
  'roadmap.filter': 'Show',
  'roadmap.count': 'Initiatives shown: {count}',
  'roadmap.timeline': 'Over time',
  'roadmap.legend': 'Stages',
  'roadmap.chartTitle': 'Roadmap of initiatives per department',
  'roadmap.chartDesc':
    '{count, plural, one {# initiative} other {# initiatives}} in {departments, plural, one {# department} other {# departments}}, from {from} to {to}. Each bar runs from start to end and is labelled with its stage; the table below gives the same data.',
  'roadmap.today': 'Today',
  'roadmap.tableLabel': 'Initiatives over time as a table',
  'roadmap.department': 'Department',
  'roadmap.initiative': 'Initiative',
  'roadmap.start': 'Start',
  'roadmap.end': 'End',
  'roadmap.noDate': 'not set',
  'roadmap.undated': 'Initiatives without dates',
  'roadmap.undatedLead':
    'These initiatives lack a start or an end date, so they are not drawn over time.',
  'roadmap.error.goal': 'Choose one of this municipality’s goals.',
  'roadmap.error.stage': 'Choose a stage from the list.',
  'roadmap.systems.title': 'Systems map – {name}',
  'roadmap.systems.lead':
    'Which capabilities the municipality needs, which systems provide them and which departments use them. Overlapping initiatives and capabilities run on several systems are flagged, so departments can join forces instead of building silos.',
  'roadmap.systems.signals': 'Overlaps and silo signals',
  'roadmap.systems.signalsRule':
    'Initiatives overlap when initiatives of different departments touch systems of the same capability (stopped initiatives are not counted). A capability is a silo signal when two or more different systems for it are in use by two or more departments.',
  'roadmap.systems.noSignals': 'No overlaps and no silo signals.',
  'roadmap.systems.overlapHeading': 'Overlap: {capability}',
  'roadmap.systems.overlapSuggestion':
    'Suggestion: join forces. {departments} each have initiatives touching {capability}:',
  'roadmap.systems.siloHeading': 'Silo signal: {capability}',
  'roadmap.systems.siloText':
    '{capability} is provided by {count, plural, one {# system} other {# different systems}} in different departments:',
  'roadmap.systems.siloFlag': 'silo signal',
  'roadmap.systems.matrix': 'Departments and capabilities',
  'roadmap.systems.matrixEmpty': 'The matrix needs departments and capabilities.',
  'roadmap.systems.department': 'Department',
  'roadmap.systems.none': 'none',
  'roadmap.systems.usage': 'Which departments use which system',
  'roadmap.systems.uses': 'Uses',
  'roadmap.systems.doesNotUse': 'Does not use',
  'roadmap.systems.markUsed': 'Mark as used',
  'roadmap.systems.stopUsing': 'Stop using',
  'roadmap.systems.usagePair': '{system} in {department}',
  'roadmap.systems.catalogue': 'Catalogue',
  'roadmap.systems.catalogueLink': 'Change the catalogue of capabilities and systems',
  'roadmap.systems.catalogueTitle': 'Capabilities and systems – {name}',
  'roadmap.systems.catalogueLead':
    'The catalogue behind the systems map: the capabilities the municipality needs and the systems that provide them. An entry that something still depends on cannot be removed; the page says what that is.',
  'roadmap.systems.backToMap': 'Back to the systems map',
  'roadmap.systems.editCapability': 'Rename “{name}”',
  'roadmap.systems.capabilities': 'Capabilities',
  'roadmap.systems.noCapabilities': 'No capabilities yet.',
  'roadmap.systems.capabilityName': 'Name of the new capability',
  'roadmap.systems.renameCapability': 'Name of capability “{name}”',
  'roadmap.systems.rename': 'Rename',
  'roadmap.systems.addCapability': 'Add capability',
  'roadmap.systems.systems': 'Systems',
  'roadmap.systems.noSystems': 'No systems yet.',
  'roadmap.systems.name': 'Name',
  'roadmap.systems.systemName': 'System',
  'roadmap.systems.vendor': 'Vendor',
  'roadmap.systems.capability': 'Capability',
  'roadmap.systems.noCapability': 'No capability',
  'roadmap.systems.addSystem': 'Add system',
  'roadmap.systems.saveSystem': 'Save',
  'roadmap.systems.editSystem': 'Change {name}',
  'roadmap.systems.capabilityAdded': 'The capability was added.',
  'roadmap.systems.capabilitySaved': 'The capability was renamed.',
  'roadmap.systems.systemAdded': 'The system was added.',
  'roadmap.systems.systemSaved': 'The system was saved.',
  'roadmap.systems.usageSaved': 'Saved which departments use the system.',
  'roadmap.systems.error.capability': 'Choose one of this municipality’s capabilities.',
  'roadmap.systems.error.capabilityTaken': 'A capability with this name already exists.',
  'roadmap.systems.error.system': 'Choose one of this municipality’s systems.',
  'roadmap.systems.error.systemTaken': 'A system with this name already exists.',
  'roadmap.systems.error.usage': 'Choose a department and a system of this municipality.',
  'roadmap.systems.error.capabilityInUse':
    'The capability cannot be removed while a system provides it.',
  'roadmap.systems.error.systemInUse':
    'The system cannot be removed while a department uses it or an initiative touches it.',
  'roadmap.systems.removeEntry': 'Remove “{name}”',
  'roadmap.systems.confirmTitle': 'Remove “{entry}”?',
  'roadmap.systems.confirmCapability':
    'This removes the capability “{name}” from the catalogue. No system provides it, so nothing else changes. A removal cannot be undone.',
  'roadmap.systems.confirmSystem':
    'This removes the system “{name}” from the catalogue. No department uses it and no initiative touches it, so nothing else changes. A removal cannot be undone.',
  'roadmap.systems.confirmYes': 'Yes, remove “{name}”',
  'roadmap.systems.keep': 'No, keep it and go back to the catalogue',
  'roadmap.systems.blockedCapability':
    '“{name}” cannot be removed while these systems provide it. Give them another capability, or remove them, first:',
  'roadmap.systems.blockedSystem':
    '“{name}” cannot be removed while it is in use. Mark it as no longer used, or take it off the initiatives, first:',
  'roadmap.systems.usedBy': 'Used by: {names}',
  'roadmap.systems.touchedBy': 'Initiatives that touch it: {names}',
  'roadmap.systems.capabilityRemoved': 'The capability was removed.',
  'roadmap.systems.systemRemoved': 'The system was removed.',
  'roadmap.audit.capability.delete': 'Capability removed',
  'roadmap.audit.system.delete': 'System removed',
  'roadmap.audit.capability.create': 'Capability added',
  'roadmap.audit.capability.rename': 'Capability renamed',
  'roadmap.audit.system.create': 'System added',
  'roadmap.audit.system.update': 'System changed',
  'roadmap.audit.system-usage.add': 'Department marked as using a system',
  'roadmap.audit.system-usage.remove': 'Department marked as no longer using a system',
} as const;

declare module '../../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
