import type { Translator } from '../../web/i18n/index.ts';
import type { MailToSend } from '../mail/commands/enqueue-mail.ts';
import type { PendingRegistrationRow } from './registration.queries.ts';

/** How long the link in a confirmation mail works. */
export const REGISTRATION_LINK_HOURS = 24;

/** What following a registration link finds. */
export type RegistrationLinkStatus = 'valid' | 'unknown' | 'used' | 'accountExists' | 'expired';

/**
 * The state of a registration link. A used link says so before anything else; an address that got
 * its account meanwhile (through another link) says so before "expired", since that is what the
 * person needs to know: log in.
 */
export function registrationLinkStatus(
  row: Pick<PendingRegistrationRow, 'confirmedAt' | 'expiresAt'> | undefined,
  accountExists: boolean,
  now: Date,
): RegistrationLinkStatus {
  if (!row) return 'unknown';
  if (row.confirmedAt) return 'used';
  if (accountExists) return 'accountExists';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

// Mails carry nothing the registering person typed (not even the name): whoever types someone
// else's address must not be able to put words of theirs into that person's mailbox.

/** The mail with the link that creates the account. */
export function confirmationMail(
  t: Translator,
  to: string,
  opts: { municipality: string; link: string },
): MailToSend {
  return {
    kind: 'identity.registration',
    to,
    lang: t.lang,
    subject: t('identity.mail.confirm.subject'),
    text: t('identity.mail.confirm.body', { ...opts, hours: REGISTRATION_LINK_HOURS }),
  };
}

/** The mail to an address that already has an account, with the way to log in. */
export function accountExistsMail(t: Translator, to: string, opts: { link: string }): MailToSend {
  return {
    kind: 'identity.registration-exists',
    to,
    lang: t.lang,
    subject: t('identity.mail.exists.subject'),
    text: t('identity.mail.exists.body', opts),
  };
}
