import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { sha256 } from '../../../../lib/secrets.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { UserActor } from '../../../../vocabulary/actor.ts';
import type { Lang } from '../../../../web/i18n/index.ts';
import { audit } from '../../../audit/record.ts';
import { matterWithDialogue } from '../../dialogues/dialogues.queries.ts';
import {
  dropWaitingNotices,
  type Frequency,
  markUnsubscribeLinkUsed,
  saveSettings,
  setFollowing,
  unsubscribeLinkOf,
} from '../following.queries.ts';

/**
 * Starts or stops following a matter. Following also keeps the language of the page, so the
 * person's mails are written in it.
 */
export async function followMatter(
  ctx: CommandContext,
  actor: UserActor,
  where: { municipalityId: string; matterId: string },
  change: { following: boolean; lang: Lang },
): Promise<Result<true, 'notFound'>> {
  return inTransaction(ctx, async (tx) => {
    const row = await matterWithDialogue(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    const now = tx.now();
    await setFollowing(
      tx.db,
      { matterId: row.matter.id, userId: actor.userId, following: change.following },
      now,
    );
    if (change.following) await saveSettings(tx.db, actor.userId, { lang: change.lang }, now);
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: change.following ? 'matter.follow' : 'matter.unfollow',
      target: `matter:${row.matter.id}`,
    });
    return ok(true);
  });
}

/** How often the person is mailed; `none` also drops the news already waiting for them. */
export async function chooseFrequency(
  ctx: CommandContext,
  actor: UserActor,
  frequency: Frequency,
  lang: Lang,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await saveSettings(tx.db, actor.userId, { frequency, lang }, tx.now());
    if (frequency === 'none') await dropWaitingNotices(tx.db, actor.userId);
    await audit(tx, actor, {
      municipalityId: null,
      action: 'notifications.frequency',
      target: `user:${actor.userId}`,
      details: { frequency },
    });
  });
}

/**
 * The one-click unsubscribe of a notification mail: whoever holds the link stops that person's
 * notification mails (the link is the proof, as RFC 8058 intends). It works every time it is
 * followed, also after the person turned the mails on again; an unknown link is refused.
 */
export async function unsubscribe(
  ctx: CommandContext,
  token: string,
): Promise<Result<true, 'unknown'>> {
  return inTransaction(ctx, async (tx) => {
    const tokenHash = sha256(token);
    const link = await unsubscribeLinkOf(tx.db, tokenHash);
    if (!link) return fail('unknown');
    const now = tx.now();
    await markUnsubscribeLinkUsed(tx.db, tokenHash, now);
    await saveSettings(tx.db, link.userId, { frequency: 'none' }, now);
    await dropWaitingNotices(tx.db, link.userId);
    await audit(
      tx,
      { kind: 'system', label: 'unsubscribe-link' },
      {
        municipalityId: null,
        action: 'notifications.unsubscribe',
        target: `user:${link.userId}`,
      },
    );
    return ok(true);
  });
}
