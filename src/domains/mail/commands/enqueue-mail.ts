import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { type Lang, translator } from '../../../web/i18n/index.ts';
import { countMailsTo, countMailTo, insertOutboxMail, insertOutboxMails } from '../mail.queries.ts';

/** A mail to queue: already written in the recipient's language. */
export type MailToSend = {
  /** What the mail is about, `<domain>.<what>`, e.g. `identity.registration`. */
  kind: string;
  to: string;
  lang: Lang;
  subject: string;
  text: string;
  /** For mails the recipient may stop: the one-click unsubscribe address (RFC 8058). */
  unsubscribeUrl?: string;
};

/**
 * At most this many mails to one address in an hour: whoever types someone else's address into a
 * form again and again does not fill that person's mailbox.
 */
export const MAILS_PER_ADDRESS_PER_HOUR = 5;

/**
 * Queues a mail in the caller's transaction: it is sent once that commits, and never when it rolls
 * back. The platform's footer is added in the mail's language. `tooMany` when the address has had
 * its share of mails this hour; the caller goes on as if sent (whoever asked must not learn more).
 */
export async function enqueueMail(
  ctx: CommandContext,
  mail: MailToSend,
): Promise<Result<{ id: string }, 'tooMany'>> {
  const now = ctx.now();
  const to = mail.to.toLowerCase();
  const hourAgo = new Date(now.getTime() - 3_600_000);
  if ((await countMailTo(ctx.db, to, hourAgo)) >= MAILS_PER_ADDRESS_PER_HOUR)
    return fail('tooMany');
  const row = await insertOutboxMail(ctx.db, outboxRow(mail, to), now);
  return ok({ id: row.id });
}

/**
 * Queues several mails at once in the caller's transaction, with one count and one insert however
 * many they are: for telling many people the same news. Each address is held to the same limit as
 * `enqueueMail`, counting the mails earlier in the list; a mail past it is passed over.
 * @returns how many mails were queued
 */
export async function enqueueMails(ctx: CommandContext, mails: MailToSend[]): Promise<number> {
  const now = ctx.now();
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const addressed = mails.map((mail) => ({ mail, to: mail.to.toLowerCase() }));
  const counts = await countMailsTo(ctx.db, [...new Set(addressed.map((m) => m.to))], hourAgo);
  const rows = [];
  for (const { mail, to } of addressed) {
    const sent = counts.get(to) ?? 0;
    if (sent >= MAILS_PER_ADDRESS_PER_HOUR) continue;
    counts.set(to, sent + 1);
    rows.push(outboxRow(mail, to));
  }
  return insertOutboxMails(ctx.db, rows, now);
}

/** The outbox row of a mail: the platform's footer added in the mail's language. */
function outboxRow(mail: MailToSend, to: string) {
  const t = translator(mail.lang);
  return {
    kind: mail.kind,
    toAddress: to,
    lang: mail.lang,
    subject: mail.subject,
    bodyText: `${mail.text.trimEnd()}\n\n-- \n${t('mail.footer')}\n`,
    unsubscribeUrl: mail.unsubscribeUrl ?? null,
  };
}
