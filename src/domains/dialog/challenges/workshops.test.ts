import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { UserActor } from '../../../vocabulary/actor.ts';
import { mailOutbox } from '../../mail/mail.schema.ts';
import { contextOf, postedChallenge, testMunicipality, testPeople } from './challenges.fixtures.ts';
import { workshopSignups, workshops } from './challenges.schema.ts';
import { moveChallenge } from './commands/post-challenge.ts';
import { joinChallenge } from './commands/take-part.ts';
import { addWorkshop, cancelSignup, signUpForWorkshop } from './commands/workshops.ts';
import { remindWorkshops } from './reminders.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const HOUR = 3_600_000;
const ctx = (now?: () => Date) => contextOf(t.database.db, now);

/** A challenge with a workshop of `capacity` places starting in `hoursAhead`, and `n` participants. */
async function workshopWith(capacity: number, n: number, hoursAhead = 72) {
  const { where, staff } = await postedChallenge(t.database.db);
  const startsAt = new Date(Date.now() + hoursAhead * HOUR);
  const added = await addWorkshop(ctx(), staff, where, {
    workshopTitle: 'Verkstad om trygghet',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    place: 'Fittja bibliotek',
    accessibility: 'Hörslinga finns.',
    onlineUrl: '',
    capacity,
  });
  if (!added.ok) throw new Error(added.reason);
  const people = await testPeople(t.database.db, n, `ws${capacity}`);
  for (const p of people) await joinChallenge(ctx(), p, where, 'resident');
  return { where: { ...where, workshopId: added.value.workshopId }, people, startsAt, staff };
}

const statuses = async (workshopId: string) => {
  const rows = await t.database.db
    .select({ userId: workshopSignups.userId, status: workshopSignups.status })
    .from(workshopSignups)
    .where(eq(workshopSignups.workshopId, workshopId));
  return new Map(rows.map((r) => [r.userId, r.status]));
};

const mailsTo = async (people: readonly UserActor[], kind: string) =>
  t.database.db
    .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.bodyText })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.kind, kind),
        inArray(
          mailOutbox.toAddress,
          people.map((p) => p.email.toLowerCase()),
        ),
      ),
    );

describe('places and the waiting list', () => {
  it('gives places up to the capacity, then the waiting list; a cancelled place goes to the first waiting, who is mailed', async () => {
    const { where, people } = await workshopWith(2, 4);
    const [a, b, c, d] = people as [UserActor, UserActor, UserActor, UserActor];
    const answers = [];
    for (const p of [a, b, c, d]) {
      const r = await signUpForWorkshop(ctx(), p, where);
      answers.push(r.ok ? r.value.status : r.reason);
    }
    expect(answers).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
    expect(await signUpForWorkshop(ctx(), a, where)).toEqual({ ok: false, reason: 'already' });
    const cancelled = await cancelSignup(ctx(), b, where, 'https://samskap.example');
    expect(cancelled).toEqual({ ok: true, value: { movedUp: true } });
    const now = await statuses(where.workshopId);
    expect(Object.fromEntries([a, c, d].map((p) => [p.name, now.get(p.userId)]))).toEqual({
      [a.name]: 'confirmed',
      [c.name]: 'confirmed',
      [d.name]: 'waiting',
    });
    expect(now.has(b.userId)).toBe(false);
    const mails = await mailsTo(people, 'challenges.movedUp');
    expect(mails.map((m) => m.to)).toEqual([c.email.toLowerCase()]);
    expect(mails[0]?.subject).toBe('Du har fått en plats: Verkstad om trygghet');
    expect(mails[0]?.body).toContain(
      `https://samskap.example/sv/municipalities/${testMunicipality}/challenges/${where.challengeId}`,
    );
    // Someone leaving the waiting list frees no place: nobody moves, nobody is mailed.
    expect(await cancelSignup(ctx(), d, where, 'https://samskap.example')).toEqual({
      ok: true,
      value: { movedUp: false },
    });
    expect(await mailsTo(people, 'challenges.movedUp')).toHaveLength(1);
    expect(await cancelSignup(ctx(), d, where, 'x')).toEqual({ ok: false, reason: 'notSignedUp' });
  });

  it('gives exactly the capacity when ten sign up at once for three places', async () => {
    const { where, people } = await workshopWith(3, 10);
    const results = await Promise.all(people.map((p) => signUpForWorkshop(ctx(), p, where)));
    const got = results.map((r) => (r.ok ? r.value.status : r.reason));
    expect(got.filter((s) => s === 'confirmed')).toHaveLength(3);
    expect(got.filter((s) => s === 'waiting')).toHaveLength(7);
    const stored = [...(await statuses(where.workshopId)).values()];
    expect(stored.filter((s) => s === 'confirmed')).toHaveLength(3);
    expect(stored.filter((s) => s === 'waiting')).toHaveLength(7);
  });

  it('refuses someone who has not joined, a workshop that has started, and a challenge that is done', async () => {
    const { where, staff } = await workshopWith(5, 0, 1);
    const [outsider] = await testPeople(t.database.db, 1, 'outsider');
    expect(await signUpForWorkshop(ctx(), outsider as UserActor, where)).toEqual({
      ok: false,
      reason: 'notParticipant',
    });
    await joinChallenge(ctx(), outsider as UserActor, where, 'expert');
    const later = () => new Date(Date.now() + 2 * HOUR);
    expect(await signUpForWorkshop(ctx(later), outsider as UserActor, where)).toEqual({
      ok: false,
      reason: 'past',
    });
    await moveChallenge(ctx(), staff, where, 'shortlisting');
    await moveChallenge(ctx(), staff, where, 'done');
    expect(await signUpForWorkshop(ctx(), outsider as UserActor, where)).toEqual({
      ok: false,
      reason: 'closed',
    });
  });
});

describe('the reminder', () => {
  it('is mailed once, the day before, to those with a place only, even when two workers run', async () => {
    const { where, people, startsAt } = await workshopWith(1, 2, 30);
    const [placed, waiting] = people as [UserActor, UserActor];
    await signUpForWorkshop(ctx(), placed, where);
    await signUpForWorkshop(ctx(), waiting, where);
    // Two days before: not yet.
    const twoDaysBefore = () => new Date(startsAt.getTime() - 48 * HOUR);
    expect(await remindWorkshops(ctx(twoDaysBefore), 'https://samskap.example')).toBe(0);
    const dayBefore = () => new Date(startsAt.getTime() - 20 * HOUR);
    // Other tests' workshops may fall due at the same moment: count only these people's mails.
    await Promise.all([
      remindWorkshops(ctx(dayBefore), 'https://samskap.example'),
      remindWorkshops(ctx(dayBefore), 'https://samskap.example'),
    ]);
    await remindWorkshops(ctx(dayBefore), 'https://samskap.example');
    const mails = await mailsTo(people, 'challenges.reminder');
    expect(mails.map((m) => m.to)).toEqual([placed.email.toLowerCase()]);
    expect(mails[0]?.subject).toBe('I morgon: Verkstad om trygghet');
  });
});

describe('planning a workshop through its form', () => {
  const form = {
    workshopTitle: 'Möte',
    startsAt: '2031-03-10T18:00',
    endsAt: '2031-03-10T20:00',
    place: 'Tumba',
    accessibility: '',
    onlineUrl: '',
    capacity: '12',
  };

  it('reads the times in the municipality’s time zone', async () => {
    const { where } = await postedChallenge(t.database.db);
    const staff = await t.signedIn('staff@botkyrka.example');
    const path = `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}/workshops`;
    const res = await staff.postForm(path, form);
    expect(res.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(workshops)
      .where(eq(workshops.challengeId, where.challengeId));
    // Stockholm is an hour ahead of UTC in March before the clocks change.
    expect(row?.startsAt.toISOString()).toBe('2031-03-10T17:00:00.000Z');
    expect(row?.capacity).toBe(12);
  });

  it('refuses bad input with a 422, localised, and writes nothing', async () => {
    const { where } = await postedChallenge(t.database.db);
    const staff = await t.signedIn('staff@botkyrka.example');
    const path = `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}/workshops`;
    const cases: [Record<string, string>, string][] = [
      [{ capacity: '0' }, 'Enter a whole number of places from 1 to 10,000.'],
      [{ capacity: '-3' }, 'Enter a whole number of places from 1 to 10,000.'],
      [{ endsAt: '2031-03-10T17:59' }, 'The end must come after the start.'],
      [{ startsAt: '2031-02-30T10:00' }, 'Enter a date and time.'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'Enter a web address that starts with https://'],
      [{ workshopTitle: '<script>alert(1)</script>', capacity: 'x' }, 'Enter a whole number'],
    ];
    for (const [change, message] of cases) {
      const res = await staff.postForm(path, { ...form, ...change });
      const html = await res.text();
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(html, JSON.stringify(change)).toContain(message);
      expect(html).not.toContain('<script>alert(1)</script>');
    }
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(workshops)
      .where(eq(workshops.challengeId, where.challengeId));
    expect(stored?.n).toBe(0);
  });

  it("finds no workshop of another municipality's challenge", async () => {
    const { where } = await workshopWith(3, 1);
    const asker = await t.signedIn('admin@asker.example');
    const foreign = `/en/municipalities/NO-3203/challenges/${where.challengeId}`;
    expect((await asker.postForm(`${foreign}/workshops`, form)).status).toBe(404);
    expect((await asker.get(`${foreign}/workshops/${where.workshopId}/calendar.ics`)).status).toBe(
      404,
    );
    expect(
      (await asker.postForm(`${foreign}/workshops/${where.workshopId}/signup`, {})).status,
    ).toBe(404);
    // Nothing was written: no signup on the workshop, and no new workshop on the challenge.
    expect((await statuses(where.workshopId)).size).toBe(0);
    const [added] = await t.database.db
      .select({ n: count() })
      .from(workshops)
      .where(eq(workshops.challengeId, where.challengeId));
    expect(added?.n).toBe(1);
  });

  it('gives its calendar file', async () => {
    const { where } = await workshopWith(3, 0);
    const res = await (await t.signedIn(null)).get(
      `/en/municipalities/${testMunicipality}/challenges/${where.challengeId}/workshops/${where.workshopId}/calendar.ics`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).toContain('SUMMARY:Verkstad om trygghet\r\n');
    expect(text).toContain('LOCATION:Fittja bibliotek\r\n');
  });
});
