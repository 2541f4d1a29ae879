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
} as const satisfies Record<string, MessageKey>;

export type NoticeCode = keyof typeof notices;

export function noticeKey(code: string | undefined): MessageKey | undefined {
  return code && Object.hasOwn(notices, code) ? notices[code as NoticeCode] : undefined;
}
