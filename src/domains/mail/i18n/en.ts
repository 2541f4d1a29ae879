import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the mail domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'mail.footer': 'Samskap sent this e-mail automatically. Replies to it are not read.',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
