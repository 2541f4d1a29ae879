import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { type Lang, translator } from '../../../web/i18n/index.ts';
import { countMailTo, insertOutboxMail } from '../mail.queries.ts';

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
  const t = translator(mail.lang);
  const row = await insertOutboxMail(
    ctx.db,
    {
      kind: mail.kind,
      toAddress: to,
      lang: mail.lang,
      subject: mail.subject,
      bodyText: `${mail.text.trimEnd()}\n\n-- \n${t('mail.footer')}\n`,
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
    },
    now,
  );
  return ok({ id: row.id });
}
