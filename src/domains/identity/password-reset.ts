import type { Translator } from '../../web/i18n/index.ts';
import type { MailToSend } from '../mail/commands/enqueue-mail.ts';
import type { PasswordResetRow } from './password-reset.queries.ts';

/** How long the link in a password reset mail works. */
export const PASSWORD_RESET_LINK_HOURS = 1;

/** What following a password reset link finds. */
export type PasswordResetLinkStatus = 'valid' | 'unknown' | 'used' | 'expired';

/** The state of a password reset link: a used link says so before an expired one. */
export function passwordResetLinkStatus(
  row: Pick<PasswordResetRow, 'usedAt' | 'expiresAt'> | undefined,
  now: Date,
): PasswordResetLinkStatus {
  if (!row) return 'unknown';
  if (row.usedAt) return 'used';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

/**
 * Whether an address can receive mail at all: an account created through a login service that did
 * not vouch for its address has one under `.invalid` (RFC 2606), which no mail reaches.
 */
export function canReceiveMail(email: string): boolean {
  return !email.endsWith('.invalid');
}

// Like the registration mails, these carry nothing the requesting person typed but the address.

/** The mail with the link that sets a new password. */
export function passwordResetMail(t: Translator, to: string, opts: { link: string }): MailToSend {
  return {
    kind: 'identity.password-reset',
    to,
    lang: t.lang,
    subject: t('identity.mail.reset.subject'),
    text: t('identity.mail.reset.body', { ...opts, hours: PASSWORD_RESET_LINK_HOURS }),
  };
}

/**
 * The mail to an account that logs in only through a municipality's login service: it has no
 * password to reset, and gets none through a mail (see requestPasswordReset).
 */
export function noPasswordMail(t: Translator, to: string, opts: { link: string }): MailToSend {
  return {
    kind: 'identity.password-reset-none',
    to,
    lang: t.lang,
    subject: t('identity.mail.resetNone.subject'),
    text: t('identity.mail.resetNone.body', opts),
  };
}

/** The notice that the password was changed, so an owner who did not change it learns of it. */
export function passwordChangedMail(t: Translator, to: string, opts: { link: string }): MailToSend {
  return {
    kind: 'identity.password-changed',
    to,
    lang: t.lang,
    subject: t('identity.mail.changed.subject'),
    text: t('identity.mail.changed.body', opts),
  };
}
