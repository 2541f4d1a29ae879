import type { CommandContext } from '../../../lib/context.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { conventionsOf, translator } from '../../../web/i18n/index.ts';
import { enqueueMails } from '../../mail/commands/enqueue-mail.ts';
import { authorAddress, coauthorAddresses } from './coauthors.queries.ts';
import { lockUntoldStageChanges, supportersToTell, updateProposal } from './proposals.queries.ts';

/** What supporters are told: the body's answer, or the stage its initiative has reached. */
export type News =
  | { kind: 'answered'; answer: 'accepted' | 'partly' | 'rejected' }
  | { kind: 'stage'; stage: string };

/**
 * Queues one mail to the proposal's author, to each of its co-authors and to each supporter who
 * asked to be told (once, in the first of these parts a person has), in the caller's transaction (so an
 * answer that rolls back tells nobody), in the municipality's language, with a link to the
 * proposal's page. An address that has had its share of mails this hour is passed over, as the
 * outbox decides.
 * @returns how many mails were queued
 */
export async function tellSupporters(
  tx: CommandContext,
  p: { id: string; title: string; municipalityId: string; country: string },
  news: News,
  baseUrl: string,
): Promise<number> {
  const author = await authorAddress(tx.db, p.id);
  const authors = author ? [author] : [];
  const coauthors = (await coauthorAddresses(tx.db, p.id)).filter((a) => a !== author);
  const supporters = (await supportersToTell(tx.db, p.id)).filter(
    (a) => a !== author && !coauthors.includes(a),
  );
  if (authors.length + coauthors.length + supporters.length === 0) return 0;
  const lang = conventionsOf(p.country).lang;
  const t = translator(lang);
  const url = `${baseUrl}/${lang}/municipalities/${p.municipalityId}/proposals/${p.id}`;
  const what =
    news.kind === 'answered'
      ? t('proposals.mail.answered', { answer: news.answer })
      : t('proposals.mail.stage', {
          stage: t(`steering.stage.${news.stage}` as 'steering.stage.idea'),
        });
  const subject = t('proposals.mail.subject', { title: p.title });
  const text = (greeting: string, why: string) =>
    `${greeting}\n\n${what}\n\n${t('proposals.mail.read')}\n${url}\n\n${why}`;
  const asSupporter = text(
    t('proposals.mail.greeting', { title: p.title }),
    t('proposals.mail.why'),
  );
  const asAuthor = text(
    t('proposals.author.mail.greeting', { title: p.title }),
    t('proposals.author.mail.why'),
  );
  const asCoauthor = text(
    t('proposals.coauthors.mail.greeting', { title: p.title }),
    t('proposals.coauthors.mail.why'),
  );
  const mail = (to: string, body: string) => ({
    kind: `proposals.${news.kind}`,
    to,
    lang,
    subject,
    text: body,
  });
  return enqueueMails(tx, [
    ...authors.map((to) => mail(to, asAuthor)),
    ...coauthors.map((to) => mail(to, asCoauthor)),
    ...supporters.map((to) => mail(to, asSupporter)),
  ]);
}

/**
 * Tells the supporters of each proposal whose initiative has moved to another stage since they
 * were last told, and notes the stage told. Run by the proposal worker; several processes tell
 * each change once (the proposals are locked, skipping those another process holds).
 * @returns how many proposals' stage changes were noted (told, or passed over as non-public)
 */
export async function tellStageChanges(ctx: CommandContext, baseUrl: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const changed = await lockUntoldStageChanges(tx.db);
    for (const p of changed) {
      // A non-public initiative is not told of; its stage is noted so it is not told later either.
      if (p.isPublic) await tellSupporters(tx, p, { kind: 'stage', stage: p.stage }, baseUrl);
      await updateProposal(tx.db, p.id, { toldStage: p.stage });
    }
    return changed.length;
  });
}
