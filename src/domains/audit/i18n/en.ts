import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the audit domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'audit.title': 'Audit log for {name}',
  'audit.lead': 'Every change is recorded here and can never be edited or removed.',
  'audit.when': 'When',
  'audit.who': 'Who',
  'audit.action': 'Action',
  'audit.target': 'Target',
  'audit.request': 'Request',
  'audit.empty': 'Nothing has been recorded yet.',
  'audit.older': 'Older entries',
  'audit.nav': 'Audit log',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
