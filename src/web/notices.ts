import type { MessageKey } from './i18n/index.ts';

// After a successful POST the browser is redirected with ?done=<code>; only these codes show a notice.
const notices = {
  departmentAdded: 'municipality.departmentAdded',
  roleGranted: 'roles.granted',
  roleRevoked: 'roles.revoked',
  tokenRevoked: 'account.tokenRevoked',
  oidcSaved: 'oidc.saved',
  registered: 'register.done',
  loggedOut: 'logout.done',
  coordinatorGranted: 'network.granted',
  decisionRecorded: 'decisions.recorded',
  bodyAdded: 'decisions.bodyAdded',
  coordinatorRevoked: 'network.revoked',
  initiativeProposed: 'initiative.done.proposed',
  initiativeSaved: 'initiative.done.saved',
  initiativeStage: 'initiative.done.stage',
  prioritisationSettings: 'prioritisation.settingsSaved',
  scenarioRun: 'prioritisation.scenarioRun',
  scenarioAdopted: 'prioritisation.scenarioAdopted',
  systemsCapabilityAdded: 'systems.capabilityAdded',
  systemsCapabilitySaved: 'systems.capabilitySaved',
  systemsSystemAdded: 'systems.systemAdded',
  systemsSystemSaved: 'systems.systemSaved',
  systemsUsageSaved: 'systems.usageSaved',
  systemsCapabilityRemoved: 'systems.capabilityRemoved',
  systemsSystemRemoved: 'systems.systemRemoved',
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
