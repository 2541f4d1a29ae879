import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { forgetSupporters } from './forget-supporters.ts';
import {
  proposalRow,
  proposalsBase,
  supportedWithBody,
  testMunicipality,
} from './proposals.fixtures.ts';
import { proposalRules, proposalSupports, proposals } from './proposals.schema.ts';

let t: TestApp;
let departmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  departmentId = (await insertTestDepartment(t.database.db, testMunicipality, 'Fritid')).id;
});
afterAll(async () => {
  await t?.close();
});

const base = proposalsBase();
const DAY = 86_400_000;
const supportersOf = async (id: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(proposalSupports)
      .where(eq(proposalSupports.proposalId, id))
  )[0]?.n;
const forgottenEntries = async (id: string) =>
  t.database.db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'proposal.supportersForgotten'),
        eq(auditLog.target, `proposal:${id}`),
      ),
    );

/** A proposal two residents support, handed to the body; answered when `answer` is set. */
async function supported(title: string, answer?: 'accepted' | 'rejected') {
  const id = await supportedWithBody(t, title, [
    { email: 'politician@botkyrka.example' },
    { email: 'manager@botkyrka.example' },
  ]);
  if (answer) {
    const staff = await t.signedIn('staff@botkyrka.example');
    const res = await staff.postForm(`${base}/${id}/answer`, {
      answer,
      reason: 'Nämnden har prövat förslaget.',
      decision: 'KFN 2026-06-01, KFN 2026/60',
      departmentId: answer === 'accepted' ? departmentId : '',
    });
    expect(res.status).toBe(303);
  }
  return id;
}

describe('who supported a proposal', () => {
  it('is deleted the rule’s days after the answer, once, with an audit entry; the counts stay', async () => {
    const id = await supported('Utegym i Storvreten', 'rejected');
    const row = await proposalRow(t, id);
    const answeredAt = row?.answeredAt?.getTime() ?? Number.NaN;
    // Sweden's default rule keeps the supporters 30 days.
    expect(row?.forgetSupportersAt?.getTime()).toBe(answeredAt + 30 * DAY);
    const page = await (await t.client().get(`${base}/${id}`)).text();
    expect(page).toContain('Namnen på dem som stödde förslaget sparas till');

    expect(await forgetSupporters(t.database.db, new Date(answeredAt + 30 * DAY - 1))).toBe(0);
    expect(await supportersOf(id)).toBe(2);

    expect(await forgetSupporters(t.database.db, new Date(answeredAt + 30 * DAY))).toBe(2);
    expect(await supportersOf(id)).toBe(0);
    const after = await proposalRow(t, id);
    expect([after?.supportUnverified, after?.supportTotal]).toEqual([2, 2]);
    expect((await forgottenEntries(id)).map((e) => e.details)).toEqual([{ supporters: 2 }]);

    // Run again (every process runs it): nothing left to delete, nothing more written.
    expect(await forgetSupporters(t.database.db, new Date(answeredAt + 60 * DAY))).toBe(0);
    expect(await forgottenEntries(id)).toHaveLength(1);
  });

  it('is said on the page to be deleted once the day has passed, with the day it was', async () => {
    const id = await supported('Parkourpark i Fittja', 'accepted');
    // Answered forty days ago under the 30-day rule: the names went ten days ago.
    const answeredAt = new Date(Date.now() - 40 * DAY);
    const forgetAt = new Date(answeredAt.getTime() + 30 * DAY);
    await t.announced(() =>
      t.database.db
        .update(proposals)
        .set({ answeredAt, forgetSupportersAt: forgetAt })
        .where(eq(proposals.id, id)),
    );
    expect(await forgetSupporters(t.database.db, new Date())).toBe(2);
    const day = (lang: string) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(
        forgetAt,
      );
    const page = async (lang: string) =>
      (await t.client().get(`${proposalsBase(lang)}/${id}`)).text();
    const sv = await page('sv');
    expect(sv).toContain(
      `Namnen på dem som stödde förslaget raderades den ${day('sv-SE')}. Antalet finns kvar.`,
    );
    expect(sv).not.toContain('sparas till');
    expect(await page('nb')).toContain(
      `Navnene på dem som støttet forslaget ble slettet ${day('nb-NO')}.`,
    );
    expect(await page('en')).toContain(
      `The names of those who supported the proposal were deleted on ${day('en-GB')};`,
    );
  });

  it('of a proposal not yet answered is kept however long it takes', async () => {
    const id = await supported('Fler papperskorgar i Hallunda');
    expect((await proposalRow(t, id))?.forgetSupportersAt).toBeNull();
    await forgetSupporters(t.database.db, new Date(Date.now() + 3650 * DAY));
    expect(await supportersOf(id)).toBe(2);
    expect(await forgottenEntries(id)).toEqual([]);
  });

  it('is kept as long as the municipality’s own rule says, from 1 to 730 days', async () => {
    const admin = await t.signedIn('admin@botkyrka.example');
    const rule = {
      preset: 'seAbsolute',
      threshold: '50',
      perMille: '',
      collectionDays: '90',
      decisionMonths: '12',
      supportBy: 'eidOrEmail',
    };
    for (const days of ['0', '731', '7.5', '']) {
      const res = await admin.postForm(`${base}/rule`, { ...rule, forgetSupportersDays: days });
      expect(res.status, days).toBe(422);
      expect(await res.text()).toMatch(/Skriv ett (antal dagar från 1 till 730|heltal)/);
    }
    expect(await t.database.db.select().from(proposalRules)).toEqual([]);
    const saved = await admin.postForm(`${base}/rule`, { ...rule, forgetSupportersDays: '7' });
    expect(saved.status).toBe(303);
    const form = await (await admin.get(`${base}/rule`)).text();
    expect(form).toMatch(/name="forgetSupportersDays"[^>]*value="7"/);

    const id = await supported('Isbana på Tumba IP', 'accepted');
    const row = await proposalRow(t, id);
    expect(row?.forgetSupportersAt?.getTime()).toBe(
      (row?.answeredAt?.getTime() ?? Number.NaN) + 7 * DAY,
    );
  });
});
