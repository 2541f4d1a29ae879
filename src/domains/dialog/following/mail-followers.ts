import type { CommandContext } from '../../../lib/context.ts';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { conventionsOf, type Lang, languages, translator } from '../../../web/i18n/index.ts';
import { enqueueMail } from '../../mail/commands/enqueue-mail.ts';
import {
  claimWaitingNotices,
  deliverNotice,
  insertUnsubscribeLink,
  markNoticesSent,
  peopleWaiting,
  recipientOf,
  writeNewNotices,
} from './following.queries.ts';
import { noticeMail } from './notice-mail.ts';
import { mailDueAt } from './schedule.ts';

/** News older than this is not told: a first start, or one after a long stop, sends no old news. */
export const NEWS_WINDOW_MS = 7 * 86_400_000;

/**
 * Notices what happened to matters since the last look (decided, feedback published, closing time
 * passed) and puts each before its followers, in one transaction.
 * @returns how many notices were written
 */
export async function noticeNews(ctx: CommandContext): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const written = await writeNewNotices(tx.db, now, new Date(now.getTime() - NEWS_WINDOW_MS));
    for (const notice of written) await deliverNotice(tx.db, notice, now);
    return written.length;
  });
}

/**
 * Mails everyone whose notices are due (at once, or at their digest time) one mail with all their
 * waiting news and a one-click unsubscribe link. Each person is mailed in a transaction of their
 * own that claims their waiting notices, so two processes never tell the same news twice, and a
 * mail that cannot be queued (the address had its share this hour) leaves them waiting.
 * @returns how many mails were queued
 */
export async function mailFollowers(ctx: CommandContext, baseUrl: string): Promise<number> {
  let mailed = 0;
  const now = ctx.now();
  for (const person of await peopleWaiting(ctx.db)) {
    const due = mailDueAt(person.frequency, person.oldest);
    if (!due || due > now) continue;
    const queued = await inTransaction(ctx, async (tx) => {
      const notices = await claimWaitingNotices(tx.db, person.userId);
      const recipient = await recipientOf(tx.db, person.userId);
      const [first] = notices;
      if (!first || !recipient) return false;
      const lang = languageOf(recipient.lang, first.country);
      const token = randomSecret();
      const unsubscribeUrl = `${baseUrl}/${lang}/unsubscribe/${token}`;
      const mail = noticeMail(translator(lang), notices, {
        baseUrl,
        settingsUrl: `${baseUrl}/${lang}/notifications`,
        unsubscribeUrl,
      });
      const sent = await enqueueMail(tx, {
        kind: 'following.notice',
        to: recipient.email,
        lang,
        ...mail,
        unsubscribeUrl,
      });
      if (!sent.ok) return false;
      await insertUnsubscribeLink(tx.db, { tokenHash: sha256(token), userId: person.userId }, now);
      await markNoticesSent(
        tx.db,
        person.userId,
        notices.map((n) => n.noticeId),
        now,
      );
      return true;
    });
    if (queued) mailed++;
  }
  return mailed;
}

/** The language the person chose when following, or else the language of the matter's country. */
function languageOf(chosen: string | null, country: string): Lang {
  if (chosen && (languages as readonly string[]).includes(chosen)) return chosen as Lang;
  return conventionsOf(country).lang;
}
