import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../lib/context.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { mailOutbox } from '../../mail/mail.schema.ts';
import { decideMatter } from '../dialogues/commands/decide-matter.ts';
import { publishFeedback } from '../dialogues/commands/publish-feedback.ts';
import { addSeedStatement, castVote } from '../dialogues/commands/take-part.ts';
import { actorOf, insertTestMatter } from '../dialogues/dialogues.fixtures.ts';
import { chooseFrequency, followMatter, unsubscribe } from './commands/following.ts';
import { noticeDeliveries, notificationSettings } from './following.schema.ts';
import { mailFollowers, NEWS_WINDOW_MS, noticeNews } from './mail-followers.ts';
import { mailDueAt, nextDigestTime } from './schedule.ts';

const m = 'SE-0127';
const base = 'https://samskap.example';
let t: TestApp;
let clock = new Date('2027-03-10T12:00:00Z');
let ctx: CommandContext;
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => clock };
});
afterAll(async () => {
  await t?.close();
});

const hour = 3_600_000;

describe('the digest times', () => {
  // Worked out by hand: Stockholm is UTC+1 in winter and UTC+2 in summer; 2026-12-07 is a Monday.
  it('fall at 06:00 in Stockholm, the next morning or the next Monday', () => {
    const monday = new Date('2026-12-07T10:00:00Z');
    expect(nextDigestTime(monday, false).toISOString()).toBe('2026-12-08T05:00:00.000Z');
    expect(nextDigestTime(monday, true).toISOString()).toBe('2026-12-14T05:00:00.000Z');
    const justBefore = new Date('2026-12-07T04:59:00Z');
    expect(nextDigestTime(justBefore, false).toISOString()).toBe('2026-12-07T05:00:00.000Z');
    expect(nextDigestTime(justBefore, true).toISOString()).toBe('2026-12-07T05:00:00.000Z');
    const exactly = new Date('2026-12-07T05:00:00Z');
    expect(nextDigestTime(exactly, false).toISOString()).toBe('2026-12-08T05:00:00.000Z');
    expect(nextDigestTime(new Date('2026-07-01T12:00:00Z'), false).toISOString()).toBe(
      '2026-07-02T04:00:00.000Z',
    );
  });

  it('are always later, within a day (or a week) and an hour for the clocks', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * hour + 13 * 60_000) {
      const at = new Date(ms);
      const daily = nextDigestTime(at, false);
      const weekly = nextDigestTime(at, true);
      expect(daily > at && daily.getTime() - ms <= 25 * hour).toBe(true);
      expect(weekly > at && weekly.getTime() - ms <= 7 * 24 * hour + hour).toBe(true);
      expect(weekly >= daily).toBe(true);
      // Monday in Stockholm: the UTC day of 04:00 or 05:00 UTC is the same day.
      expect(weekly.getUTCDay()).toBe(1);
    }
  });

  it('mean at once for `immediately` and never for `none`', () => {
    expect(mailDueAt('immediately', clock)).toEqual(clock);
    expect(mailDueAt('none', clock)).toBeNull();
  });
});

async function outboxTo(email: string) {
  return t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.kind, 'following.notice')));
}

async function waiting(email: string) {
  const actor = await actorOf(t.database.db, email);
  if (actor.kind !== 'user') throw new Error('no user');
  return t.database.db
    .select()
    .from(noticeDeliveries)
    .where(and(eq(noticeDeliveries.userId, actor.userId), isNull(noticeDeliveries.sentAt)));
}

/** The demo resident follows a matter of Botkyrka, reading Swedish. */
async function residentFollows(matterId: string) {
  const resident = await userActor('resident@botkyrka.example');
  return followMatter(
    ctx,
    resident,
    { municipalityId: m, matterId },
    { following: true, lang: 'sv' },
  );
}

async function userActor(email: string) {
  const actor = await actorOf(t.database.db, email);
  if (actor.kind !== 'user') throw new Error(`no user ${email}`);
  return actor;
}

describe('followers of a matter', () => {
  it('are told of the decision and the feedback, each as they chose', async () => {
    clock = new Date('2027-03-10T12:00:00Z');
    const ids = await insertTestMatter(t.database.db, m, clock);
    const where = { municipalityId: m, matterId: ids.matterId };
    const [resident, admin, moderator, staff, politician] = await Promise.all(
      ['resident', 'admin', 'moderator', 'staff', 'politician'].map((r) =>
        userActor(`${r}@botkyrka.example`),
      ),
    );
    if (!resident || !admin || !moderator || !staff || !politician)
      throw new Error('no demo users');
    // The resident follows and wants each piece of news at once; the admin follows with the
    // default (daily); the moderator followed and stopped; staff took part (and so follows).
    expect(await followMatter(ctx, resident, where, { following: true, lang: 'en' })).toEqual({
      ok: true,
      value: true,
    });
    await chooseFrequency(ctx, resident, 'immediately', 'en');
    await followMatter(ctx, admin, where, { following: true, lang: 'sv' });
    await followMatter(ctx, moderator, where, { following: true, lang: 'sv' });
    await followMatter(ctx, moderator, where, { following: false, lang: 'sv' });
    const seed = await addSeedStatement(ctx, staff, where, { text: 'Ett påstående', meta: false });
    if (!seed.ok) throw new Error('no seed');
    await castVote(ctx, { kind: 'user', userId: staff.userId }, where, {
      statementId: seed.value.id,
      vote: 'agree',
    });
    await chooseFrequency(ctx, staff, 'weekly', 'sv');

    expect(await noticeNews(ctx)).toBe(0);
    const decided = await decideMatter(ctx, politician, where, {
      bodyId: ids.bodyId,
      decidedOn: '2027-03-10',
      text: 'Kommunen inför digital tillsyn.',
    });
    expect(decided.ok).toBe(true);
    expect(await noticeNews(ctx)).toBe(1);
    // Looking again tells nothing twice.
    expect(await noticeNews(ctx)).toBe(0);
    expect(await waiting('resident@botkyrka.example')).toHaveLength(1);
    expect(await waiting('admin@botkyrka.example')).toHaveLength(1);
    expect(await waiting('staff@botkyrka.example')).toHaveLength(1);
    expect(await waiting('moderator@botkyrka.example')).toHaveLength(0);
    expect(await waiting('politician@botkyrka.example')).toHaveLength(0);

    // Two processes mailing at once: each person gets one mail.
    const mailed = await Promise.all([mailFollowers(ctx, base), mailFollowers(ctx, base)]);
    expect(mailed[0] + mailed[1]).toBe(1);
    const [mail] = await outboxTo('resident@botkyrka.example');
    expect(mail?.lang).toBe('en');
    expect(mail?.subject).toBe('Decided: Digital tillsyn på natten i hemtjänsten');
    expect(mail?.bodyText).toContain(`${base}/en/municipalities/${m}/matters/${ids.matterId}`);
    expect(mail?.unsubscribeUrl).toMatch(new RegExp(`^${base}/en/unsubscribe/[\\w-]{43}$`));
    expect(mail?.bodyText).toContain(mail?.unsubscribeUrl ?? 'no link');
    expect(await outboxTo('admin@botkyrka.example')).toHaveLength(0);

    // Feedback a few hours later; the daily digest at 06:00 the next morning carries both.
    clock = new Date('2027-03-10T15:00:00Z');
    const staffAsActor = await userActor('staff@botkyrka.example');
    const published = await publishFeedback(ctx, staffAsActor, where, {
      summary: 'Synpunkterna om integritet ledde till en ny rutin.',
      items: [{ theme: 'Integritet', outcome: 'used', reason: 'En ny rutin för samtycke.' }],
    });
    expect(published.ok).toBe(true);
    expect(await noticeNews(ctx)).toBe(1);
    expect(await mailFollowers(ctx, base)).toBe(1);
    expect(await outboxTo('resident@botkyrka.example')).toHaveLength(2);
    clock = new Date('2027-03-11T04:59:00Z');
    expect(await mailFollowers(ctx, base)).toBe(0);
    clock = new Date('2027-03-11T05:00:00Z');
    expect(await mailFollowers(ctx, base)).toBe(1);
    const [digest, ...more] = await outboxTo('admin@botkyrka.example');
    expect(more).toHaveLength(0);
    expect(digest?.lang).toBe('sv');
    expect(digest?.subject).toBe('2 nyheter om ärenden du följer');
    expect(digest?.bodyText).toContain('Beslutet är fattat.');
    expect(digest?.bodyText).toContain('Kommunen har berättat hur invånarnas synpunkter användes.');
    expect(await waiting('admin@botkyrka.example')).toHaveLength(0);
    // The weekly reader waits for Monday 2027-03-15, 06:00 in Stockholm.
    expect(await outboxTo('staff@botkyrka.example')).toHaveLength(0);
    clock = new Date('2027-03-15T05:00:00Z');
    expect(await mailFollowers(ctx, base)).toBe(1);
    expect(await outboxTo('staff@botkyrka.example')).toHaveLength(1);
    // Nothing waits, so nothing more is sent: no empty digests.
    clock = new Date('2027-03-22T05:00:00Z');
    expect(await mailFollowers(ctx, base)).toBe(0);
  });

  it('hear of a dialogue reaching its closing time, but not of old news', async () => {
    clock = new Date('2027-05-01T12:00:00Z');
    const old = await insertTestMatter(t.database.db, m, clock, {
      opensAt: new Date(clock.getTime() - 30 * 86_400_000),
      closesAt: new Date(clock.getTime() - NEWS_WINDOW_MS - hour),
    });
    const closing = await insertTestMatter(t.database.db, m, clock, {
      opensAt: new Date(clock.getTime() - 30 * 86_400_000),
      closesAt: new Date(clock.getTime() + hour),
    });
    for (const ids of [old, closing]) await residentFollows(ids.matterId);
    expect(await noticeNews(ctx)).toBe(0);
    clock = new Date(clock.getTime() + 2 * hour);
    expect(await noticeNews(ctx)).toBe(1);
    expect(await mailFollowers(ctx, base)).toBe(1);
    const mails = await outboxTo('resident@botkyrka.example');
    expect(mails.at(-1)?.subject).toBe(
      'Dialogen om ”Digital tillsyn på natten i hemtjänsten” har stängt',
    );
  });

  it('stop every notification mail with the link of any of them, and an unknown link changes nothing', async () => {
    const [mail] = await outboxTo('resident@botkyrka.example');
    const token = mail?.unsubscribeUrl?.split('/').at(-1) ?? '';
    const resident = await userActor('resident@botkyrka.example');
    const settings = () =>
      t.database.db
        .select()
        .from(notificationSettings)
        .where(eq(notificationSettings.userId, resident.userId));
    const before = await settings();
    expect(await unsubscribe(ctx, `${token}x`)).toMatchObject({ ok: false, reason: 'unknown' });
    expect(await settings()).toEqual(before);
    expect(await unsubscribe(ctx, token)).toEqual({ ok: true, value: true });
    expect((await settings())[0]?.frequency).toBe('none');
    // Again, after turning the mails back on: the link still works.
    await chooseFrequency(ctx, resident, 'daily', 'sv');
    expect(await unsubscribe(ctx, token)).toEqual({ ok: true, value: true });
    expect((await settings())[0]?.frequency).toBe('none');
    // No news is put before someone who wants no mails.
    clock = new Date('2027-06-01T12:00:00Z');
    const ids = await insertTestMatter(t.database.db, m, clock, {
      closesAt: new Date(clock.getTime() + hour),
    });
    await residentFollows(ids.matterId);
    clock = new Date(clock.getTime() + 2 * hour);
    expect(await noticeNews(ctx)).toBe(1);
    expect(await waiting('resident@botkyrka.example')).toHaveLength(0);
  });

  it('cannot follow another municipality’s matter', async () => {
    const ids = await insertTestMatter(t.database.db, 'NO-3203', clock);
    expect(await residentFollows(ids.matterId)).toMatchObject({ ok: false, reason: 'notFound' });
  });
});
