import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { dialogueParticipants, dialogues, matters } from '../dialogues/dialogues.schema.ts';
import {
  matterFollows,
  matterNotices,
  noticeDeliveries,
  notificationSettings,
  unsubscribeLinks,
} from './following.schema.ts';

export type NoticeKind = 'closed' | 'decided' | 'feedback';

import type { Frequency } from './following.inputs.ts';

export type { Frequency };

/** Whether the person follows the matter: `true`, `false` (stopped), or undefined (never chose). */
export async function followState(
  db: Db,
  matterId: string,
  userId: string,
): Promise<boolean | undefined> {
  const [row] = await db
    .select({ following: matterFollows.following })
    .from(matterFollows)
    .where(and(eq(matterFollows.matterId, matterId), eq(matterFollows.userId, userId)));
  return row?.following;
}

/** Whether the person took part in the matter's dialogue with their account. */
export async function tookPart(db: Db, matterId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(dialogueParticipants)
    .innerJoin(dialogues, eq(dialogues.id, dialogueParticipants.dialogueId))
    .where(and(eq(dialogues.matterId, matterId), eq(dialogueParticipants.userId, userId)))
    .limit(1);
  return row !== undefined;
}

export async function setFollowing(
  db: Db,
  row: { matterId: string; userId: string; following: boolean },
  now: Date,
): Promise<void> {
  await db
    .insert(matterFollows)
    .values({ ...row, updatedAt: now })
    .onConflictDoUpdate({
      target: [matterFollows.matterId, matterFollows.userId],
      set: { following: row.following, updatedAt: now },
    });
}

export async function settingsOf(db: Db, userId: string) {
  const [row] = await db
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  return row;
}

/** Sets how often, and (when given) in which language, the person is mailed. */
export async function saveSettings(
  db: Db,
  userId: string,
  change: { frequency?: Frequency; lang?: string },
  now: Date,
): Promise<void> {
  await db
    .insert(notificationSettings)
    .values({ userId, ...change, updatedAt: now })
    .onConflictDoUpdate({
      target: notificationSettings.userId,
      set: { ...change, updatedAt: now },
    });
}

/**
 * Writes the notices of what happened lately and is not yet told: a decision recorded, feedback
 * published, a dialogue that reached its closing time undecided. Only events since `since`, so
 * a first start (or one after a long stop) does not tell of old news. Two processes at once
 * write each notice once (the unique index).
 * @returns the notices written
 */
export async function writeNewNotices(db: Db, now: Date, since: Date) {
  const written = await db.execute(sql`
    insert into matter_notices (matter_id, kind, created_at)
    select e.matter_id, e.kind, ${now}::timestamptz
    from (
      select m.id as matter_id, 'decided' as kind
      from matters m join decisions d on d.id = m.decision_id
      where d.recorded_at >= ${since}::timestamptz
      union all
      select dl.matter_id, 'feedback'
      from dialogue_feedback f join dialogues dl on dl.id = f.dialogue_id
      where f.published_at >= ${since}::timestamptz
      union all
      select dl.matter_id, 'closed'
      from dialogues dl join matters m on m.id = dl.matter_id
      where m.decision_id is null
        and dl.closes_at <= ${now}::timestamptz and dl.closes_at >= ${since}::timestamptz
    ) e
    where not exists (
      select 1 from matter_notices n where n.matter_id = e.matter_id and n.kind = e.kind)
    on conflict do nothing
    returning id, matter_id as "matterId"`);
  return (written as unknown as { rows: { id: string; matterId: string }[] }).rows;
}

/**
 * Puts a notice before everyone who follows its matter: those who chose to, and those who took
 * part with their account and never stopped. Not before those who want no notification mails.
 */
export async function deliverNotice(
  db: Db,
  notice: { id: string; matterId: string },
  now: Date,
): Promise<void> {
  await db.execute(sql`
    insert into notice_deliveries (notice_id, user_id, created_at)
    select ${notice.id}, r.user_id, ${now}::timestamptz
    from (
      select f.user_id from matter_follows f
      where f.matter_id = ${notice.matterId} and f.following
      union
      select p.user_id from dialogue_participants p
      join dialogues d on d.id = p.dialogue_id
      where d.matter_id = ${notice.matterId} and p.user_id is not null
        and not exists (
          select 1 from matter_follows f
          where f.matter_id = ${notice.matterId} and f.user_id = p.user_id)
    ) r
    where not exists (
      select 1 from notification_settings s where s.user_id = r.user_id and s.frequency = 'none')
    on conflict do nothing`);
}

/** Everyone with notices waiting: how they want them, and since when the oldest waits. */
export async function peopleWaiting(db: Db) {
  return db
    .select({
      userId: noticeDeliveries.userId,
      oldest: sql<Date>`min(${noticeDeliveries.createdAt})`.mapWith((v) => new Date(v)),
      frequency: sql<Frequency>`coalesce(${notificationSettings.frequency}, 'daily')`,
      lastMailAt: notificationSettings.lastMailAt,
    })
    .from(noticeDeliveries)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, noticeDeliveries.userId))
    .where(isNull(noticeDeliveries.sentAt))
    .groupBy(
      noticeDeliveries.userId,
      notificationSettings.frequency,
      notificationSettings.lastMailAt,
    );
}

/**
 * The person's waiting notices with what a mail says of them, locked for this transaction; those
 * another process is mailing right now are skipped, so nothing is told twice.
 */
export async function claimWaitingNotices(db: Db, userId: string) {
  return db
    .select({
      noticeId: matterNotices.id,
      kind: sql<NoticeKind>`${matterNotices.kind}`,
      at: matterNotices.createdAt,
      matterId: matters.id,
      title: matters.title,
      municipalityId: municipalities.id,
      municipalityName: municipalities.name,
      country: municipalities.country,
    })
    .from(noticeDeliveries)
    .innerJoin(matterNotices, eq(matterNotices.id, noticeDeliveries.noticeId))
    .innerJoin(matters, eq(matters.id, matterNotices.matterId))
    .innerJoin(municipalities, eq(municipalities.id, matters.municipalityId))
    .where(and(eq(noticeDeliveries.userId, userId), isNull(noticeDeliveries.sentAt)))
    .orderBy(asc(matterNotices.createdAt), asc(matters.title))
    .for('update', { of: noticeDeliveries, skipLocked: true });
}

export async function recipientOf(db: Db, userId: string) {
  const [row] = await db
    .select({ email: users.email, lang: notificationSettings.lang })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, userId));
  return row;
}

export async function markNoticesSent(
  db: Db,
  userId: string,
  noticeIds: readonly string[],
  now: Date,
): Promise<void> {
  if (noticeIds.length === 0) return;
  await db.execute(sql`
    update notice_deliveries set sent_at = ${now}::timestamptz
    where user_id = ${userId} and notice_id in (${sql.join(
      noticeIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  await db
    .insert(notificationSettings)
    .values({ userId, lastMailAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { lastMailAt: now } });
}

export async function insertUnsubscribeLink(
  db: Db,
  row: { tokenHash: string; userId: string },
  now: Date,
): Promise<void> {
  await db.insert(unsubscribeLinks).values({ ...row, createdAt: now });
}

export async function unsubscribeLinkOf(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ userId: unsubscribeLinks.userId, usedAt: unsubscribeLinks.usedAt })
    .from(unsubscribeLinks)
    .where(eq(unsubscribeLinks.tokenHash, tokenHash));
  return row;
}

export async function markUnsubscribeLinkUsed(db: Db, tokenHash: string, now: Date) {
  await db
    .update(unsubscribeLinks)
    .set({ usedAt: now })
    .where(and(eq(unsubscribeLinks.tokenHash, tokenHash), isNull(unsubscribeLinks.usedAt)));
}

/** Drops the notices waiting for a person who wants no more mails. */
export async function dropWaitingNotices(db: Db, userId: string): Promise<void> {
  await db
    .delete(noticeDeliveries)
    .where(and(eq(noticeDeliveries.userId, userId), isNull(noticeDeliveries.sentAt)));
}

/** The matters the person chose to follow, the latest first. */
export async function followedMatters(db: Db, userId: string) {
  return db
    .select({
      matterId: matters.id,
      title: matters.title,
      municipalityId: municipalities.id,
      municipalityName: municipalities.name,
    })
    .from(matterFollows)
    .innerJoin(matters, eq(matters.id, matterFollows.matterId))
    .innerJoin(municipalities, eq(municipalities.id, matters.municipalityId))
    .where(and(eq(matterFollows.userId, userId), eq(matterFollows.following, true)))
    .orderBy(sql`${matterFollows.updatedAt} desc`)
    .limit(200);
}
