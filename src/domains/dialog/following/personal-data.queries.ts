import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { matters } from '../dialogues/dialogues.schema.ts';
import {
  matterFollows,
  matterNotices,
  noticeDeliveries,
  notificationSettings,
  unsubscribeLinks,
} from './following.schema.ts';

// A person's rows in following: for their download (personal-data.ts) and for forgetting them.

/** The matters the user follows or stopped following. */
export function followsOfUser(db: Db, userId: string) {
  return db
    .select({
      matterId: matterFollows.matterId,
      matter: matters.title,
      following: matterFollows.following,
      updatedAt: matterFollows.updatedAt,
    })
    .from(matterFollows)
    .innerJoin(matters, eq(matters.id, matterFollows.matterId))
    .where(eq(matterFollows.userId, userId))
    .orderBy(asc(matterFollows.updatedAt), asc(matterFollows.matterId));
}

/** The user's notification settings, or undefined when they never changed the default. */
export async function settingsOfUser(db: Db, userId: string) {
  const [row] = await db
    .select({
      frequency: notificationSettings.frequency,
      lang: notificationSettings.lang,
      lastMailAt: notificationSettings.lastMailAt,
      updatedAt: notificationSettings.updatedAt,
    })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  return row;
}

/** The notices meant for the user, sent or waiting. */
export function deliveriesOfUser(db: Db, userId: string) {
  return db
    .select({
      matterId: matterNotices.matterId,
      kind: matterNotices.kind,
      createdAt: noticeDeliveries.createdAt,
      sentAt: noticeDeliveries.sentAt,
    })
    .from(noticeDeliveries)
    .innerJoin(matterNotices, eq(matterNotices.id, noticeDeliveries.noticeId))
    .where(eq(noticeDeliveries.userId, userId))
    .orderBy(asc(noticeDeliveries.createdAt), asc(noticeDeliveries.noticeId));
}

/** When the user's unsubscribe links were made and used (their tokens are never shown). */
export function unsubscribeLinksOfUser(db: Db, userId: string) {
  return db
    .select({ createdAt: unsubscribeLinks.createdAt, usedAt: unsubscribeLinks.usedAt })
    .from(unsubscribeLinks)
    .where(eq(unsubscribeLinks.userId, userId))
    .orderBy(asc(unsubscribeLinks.createdAt));
}

/** Deletes everything following keeps about the user. */
export async function deleteFollowingOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(matterFollows).where(eq(matterFollows.userId, userId));
  await db.delete(noticeDeliveries).where(eq(noticeDeliveries.userId, userId));
  await db.delete(notificationSettings).where(eq(notificationSettings.userId, userId));
  await db.delete(unsubscribeLinks).where(eq(unsubscribeLinks.userId, userId));
}
