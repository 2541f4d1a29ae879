import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { insertUser } from '../../identity/identity.queries.ts';
import { insertTestMatter } from '../dialogues/dialogues.fixtures.ts';
import {
  matterFollows,
  matterNotices,
  noticeDeliveries,
  notificationSettings,
  unsubscribeLinks,
} from './following.schema.ts';
import { followingPersonalData } from './personal-data.ts';

let t: TestApp;
let ctx: CommandContext;
const now = new Date('2027-03-10T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => now };
});
afterAll(async () => {
  await t?.close();
});

async function person(email: string) {
  const user = await insertUser(t.database.db, { email, name: email, passwordHash: null });
  if (!user) throw new Error(`${email} exists`);
  return { userId: user.id, email };
}

/** A follow, a stopped follow, settings, a sent and a waiting notice and a link, for one person. */
async function followingOf(userId: string, matters: string[], notices: string[], tag: string) {
  const db = t.database.db;
  await db.insert(matterFollows).values([
    { matterId: matters[0] ?? '', userId, following: true, updatedAt: now },
    { matterId: matters[1] ?? '', userId, following: false, updatedAt: now },
  ]);
  await db.insert(notificationSettings).values({ userId, frequency: 'weekly', lang: 'nb' });
  await db.insert(noticeDeliveries).values([
    { noticeId: notices[0] ?? '', userId, createdAt: now, sentAt: now },
    { noticeId: notices[1] ?? '', userId, createdAt: now },
  ]);
  await db.insert(unsubscribeLinks).values({ tokenHash: sha256(tag), userId, createdAt: now });
}

const rowsOf = async (userId: string) => {
  const db = t.database.db;
  return [
    ...(await db.select().from(matterFollows).where(eq(matterFollows.userId, userId))),
    ...(await db.select().from(noticeDeliveries).where(eq(noticeDeliveries.userId, userId))),
    ...(await db
      .select()
      .from(notificationSettings)
      .where(eq(notificationSettings.userId, userId))),
    ...(await db.select().from(unsubscribeLinks).where(eq(unsubscribeLinks.userId, userId))),
  ];
};

describe("following's part of a person's data", () => {
  it('exports only their follows, settings and notices, and forgets only them', async () => {
    const db = t.database.db;
    const first = await insertTestMatter(db, 'SE-0127', now);
    const second = await insertTestMatter(db, 'SE-0127', now);
    const notices = await db
      .insert(matterNotices)
      .values([
        { matterId: first.matterId, kind: 'closed' },
        { matterId: first.matterId, kind: 'decided' },
      ])
      .returning({ id: matterNotices.id });
    const noticeIds = notices.map((n) => n.id);
    const anna = await person('anna.follows@example.org');
    const bo = await person('bo.follows@example.org');
    await followingOf(anna.userId, [first.matterId, second.matterId], noticeIds, 'anna');
    await followingOf(bo.userId, [second.matterId, first.matterId], noticeIds, 'bo');

    const at = now.toISOString();
    const data = JSON.parse(JSON.stringify(await followingPersonalData.export(ctx, anna)));
    expect(data).toEqual({
      follows: expect.arrayContaining([
        expect.objectContaining({ matterId: first.matterId, following: true }),
        expect.objectContaining({ matterId: second.matterId, following: false }),
      ]),
      notificationSettings: expect.objectContaining({ frequency: 'weekly', lang: 'nb' }),
      notices: expect.arrayContaining([
        { matterId: first.matterId, kind: 'closed', createdAt: at, sentAt: at },
        { matterId: first.matterId, kind: 'decided', createdAt: at, sentAt: null },
      ]),
      unsubscribeLinks: [{ createdAt: now.toISOString(), usedAt: null }],
    });
    // Exactly these: nothing of Bo's is in the lists.
    expect([data.follows.length, data.notices.length]).toEqual([2, 2]);
    expect(JSON.stringify(data)).not.toContain(sha256('anna'));

    const bosBefore = await rowsOf(bo.userId);
    expect(bosBefore).toHaveLength(6);
    await followingPersonalData.forget(ctx, anna);
    expect(await rowsOf(anna.userId)).toEqual([]);
    expect(await rowsOf(bo.userId)).toEqual(bosBefore);
  });
});
