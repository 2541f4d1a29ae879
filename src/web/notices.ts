import type { MessageKey } from './i18n/index.ts';

// After a successful POST the browser is redirected with ?done=<code>; only these codes show a notice.
const notices = {
  departmentAdded: 'tenancy.municipality.departmentAdded',
  brandingSaved: 'tenancy.branding.saved',
  roleGranted: 'identity.roles.granted',
  roleRevoked: 'identity.roles.revoked',
  tokenRevoked: 'identity.account.tokenRevoked',
  oidcSaved: 'identity.oidc.saved',
  registered: 'identity.register.done',
  loggedOut: 'identity.logout.done',
  coordinatorGranted: 'identity.network.granted',
  decisionRecorded: 'decisions.recorded',
  bodyAdded: 'decisions.bodyAdded',
  coordinatorRevoked: 'identity.network.revoked',
  initiativeProposed: 'portfolio.initiative.done.proposed',
  initiativeSaved: 'portfolio.initiative.done.saved',
  initiativeStage: 'portfolio.initiative.done.stage',
  prioritisationSettings: 'prioritisation.settingsSaved',
  scenarioRun: 'prioritisation.scenarioRun',
  scenarioAdopted: 'prioritisation.scenarioAdopted',
  systemsCapabilityAdded: 'roadmap.systems.capabilityAdded',
  systemsCapabilitySaved: 'roadmap.systems.capabilitySaved',
  systemsSystemAdded: 'roadmap.systems.systemAdded',
  systemsSystemSaved: 'roadmap.systems.systemSaved',
  systemsUsageSaved: 'roadmap.systems.usageSaved',
  systemsCapabilityRemoved: 'roadmap.systems.capabilityRemoved',
  systemsSystemRemoved: 'roadmap.systems.systemRemoved',
  storyDraftCreated: 'strategy.version.created',
  storyDraftSaved: 'strategy.version.saved',
  storyAdopted: 'strategy.version.adopted',
  goalCreated: 'strategy.goals.created',
  goalSaved: 'strategy.goal.saved',
  goalsAdopted: 'strategy.goals.adopted',
  indicatorCreated: 'strategy.indicator.created',
  measurementRecorded: 'strategy.measurement.recorded',
  benefitAdded: 'benefits.added',
  benefitSaved: 'benefits.saved',
  benefitMeasured: 'benefits.measured',
  initiativeScaled: 'benefits.scaled',
  gateOverridden: 'benefits.overridden',
} as const satisfies Record<string, MessageKey>;

export type NoticeCode = keyof typeof notices;

export function noticeKey(code: string | undefined): MessageKey | undefined {
  return code && Object.hasOwn(notices, code) ? notices[code as NoticeCode] : undefined;
}
