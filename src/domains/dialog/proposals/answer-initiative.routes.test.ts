import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestBenefit, insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { decisionBodies, decisions } from '../../decisions/decisions.schema.ts';
import { outboxMailTo } from '../../mail/mail.queries.ts';
import { initiatives, stageTransitions } from '../../styrning/portfolio/portfolio.schema.ts';
import {
  proposalRow,
  proposalsBase,
  supportedWithBody as supportedProposalWithBody,
  testMunicipality,
} from './proposals.fixtures.ts';
import { tellStageChanges } from './tell-supporters.ts';

let t: TestApp;
let departmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  departmentId = (
    await insertTestDepartment(t.database.db, testMunicipality, 'Kulturförvaltningen')
  ).id;
});
afterAll(async () => {
  await t?.close();
});

const base = proposalsBase();
const told = 'politician@botkyrka.example';
const notTold = 'manager@botkyrka.example';
const mailsTo = async (email: string, title: string) =>
  (await outboxMailTo(t.database.db, email)).filter((m) => m.subject.includes(title));

/** A proposal two people support, one asking to be told, then handed to the body. */
const supportedWithBody = (title: string) =>
  supportedProposalWithBody(t, title, [{ email: told, tellMe: true }, { email: notTold }]);

describe('an accepted proposal', () => {
  it('becomes a public idea in the portfolio, shown on the proposal, and its supporters who asked are told', async () => {
    const title = 'Sagostunder på Tumba bibliotek';
    const id = await supportedWithBody(title);
    const staff = await t.signedIn('staff@botkyrka.example');
    const answer = {
      answer: 'accepted',
      reason: 'Biblioteket börjar med sagostunder varje lördag.',
      decision: 'KFN 2026-06-01, KFN 2026/52',
    };
    const without = await staff.postForm(`${base}/${id}/answer`, answer);
    expect(without.status).toBe(422);
    expect(await without.text()).toContain('Välj den verksamhet som ska genomföra förslaget.');
    expect((await proposalRow(t, id))?.state).toBe('withBody');
    const foreign = await staff.postForm(`${base}/${id}/answer`, {
      ...answer,
      departmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.status).toBe(422);
    expect(
      await t.database.db.select().from(initiatives).where(eq(initiatives.title, title)),
    ).toEqual([]);

    expect((await staff.postForm(`${base}/${id}/answer`, { ...answer, departmentId })).status).toBe(
      303,
    );
    const row = await proposalRow(t, id);
    const [made] = await t.database.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.id, row?.initiativeId ?? ''));
    expect([made?.title, made?.stage, made?.isPublic, made?.departmentId]).toEqual([
      title,
      'idea',
      true,
      departmentId,
    ]);
    expect(made?.idea).toBe(answer.reason);
    // Made public by the portfolio's own command, so its audit entry says so.
    const created = await t.database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'initiative.create'),
          eq(auditLog.target, `initiative:${made?.id}`),
        ),
      );
    expect(created.map((e) => [e.details.isPublic, e.details.stage])).toEqual([[true, 'idea']]);
    expect(row?.toldStage).toBe('idea');
    const page = await (await t.client().get(`${base}/${id}`)).text();
    // Named with a link to the initiative's page in the portfolio.
    expect(page).toContain(
      `Förslaget blev satsningen <a class="ds-link" href="/sv/municipalities/SE-0127/initiatives/${made?.id}">${title}</a>. Den är nu i skedet Idé.`,
    );

    const mails = await mailsTo(told, title);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.bodyText).toContain('Förslaget är nu besvarat och har bifallits.');
    expect(mails[0]?.bodyText).toContain(`/sv/municipalities/${testMunicipality}/proposals/${id}`);
    expect(await mailsTo(notTold, title)).toEqual([]);

    // The initiative moves on in the portfolio: the supporters who asked hear of it once.
    const admin = await t.signedIn('admin@botkyrka.example');
    const moved = await admin.postForm(
      `/sv/municipalities/${testMunicipality}/initiatives/${made?.id}/stage`,
      { toStage: 'assessed', reason: 'Kostnaden är bedömd.' },
    );
    expect(moved.status).toBe(303);
    const ctx = { db: t.database.db, now: () => new Date() };
    expect(await tellStageChanges(ctx, 'https://samskap.example')).toBeGreaterThanOrEqual(1);
    expect(await tellStageChanges(ctx, 'https://samskap.example')).toBe(0);
    const after = await mailsTo(told, title);
    expect(after).toHaveLength(2);
    expect(after[1]?.bodyText).toContain('Den har nu nått skedet Bedömd.');
    expect(await mailsTo(notTold, title)).toEqual([]);
    const later = await (await t.client().get(`${base}/${id}`)).text();
    expect(later).toContain('Den är nu i skedet Bedömd.');
    expect(later).toContain('från Idé till Bedömd.');
    expect(later).toContain('Kostnaden är bedömd.');
  });

  it('whose initiative staff made non-public shows only the answer, and tells nobody of its stages', async () => {
    const title = 'Läxhjälp på Fittja bibliotek';
    const id = await supportedWithBody(title);
    const staff = await t.signedIn('staff@botkyrka.example');
    const answered = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'accepted',
      reason: 'Biblioteket erbjuder läxhjälp två kvällar i veckan.',
      decision: 'KFN 2026-06-01, KFN 2026/54',
      departmentId,
    });
    expect(answered.status).toBe(303);
    const initiativeId = (await proposalRow(t, id))?.initiativeId ?? '';
    await insertTestBenefit(t.database.db, {
      initiativeId,
      description: 'Fler elever klarar matematiken',
    });
    const benefit = 'Fler elever klarar matematiken: målet är 100 h.';
    const shown = await (await t.client().get(`${base}/${id}`)).text();
    expect(shown).toContain(`">${title}</a>. Den är nu i skedet Idé.`);
    expect(shown).toContain(benefit);

    const admin = await t.signedIn('admin@botkyrka.example');
    const moved = await admin.postForm(
      `/sv/municipalities/${testMunicipality}/initiatives/${initiativeId}/stage`,
      { toStage: 'assessed', reason: 'Lokalen är för liten för fler kvällar.' },
    );
    expect(moved.status).toBe(303);
    await t.announced(() =>
      t.database.db
        .update(initiatives)
        .set({ isPublic: false })
        .where(eq(initiatives.id, initiativeId)),
    );

    const page = await (await t.client().get(`${base}/${id}`)).text();
    expect(page).toMatch(/Besvarat [^<]*: bifallet\./);
    expect(page).not.toContain('Vad förslaget blev');
    expect(page).not.toContain('Förslaget blev satsningen');
    expect(page).not.toContain('Bedömd');
    expect(page).not.toContain('Lokalen är för liten för fler kvällar.');
    expect(page).not.toContain('Fler elever klarar matematiken');

    const before = await mailsTo(told, title);
    const ctx = { db: t.database.db, now: () => new Date() };
    await tellStageChanges(ctx, 'https://samskap.example');
    expect(await mailsTo(told, title)).toEqual(before);
    expect((await proposalRow(t, id))?.toldStage).toBe('assessed');
  });

  it('and its initiative link to each other; a move a body decided links to the decision', async () => {
    const title = 'Fritidsbank i Hallunda';
    const id = await supportedWithBody(title);
    const staff = await t.signedIn('staff@botkyrka.example');
    const answered = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'partly',
      reason: 'Fritidsbanken startar som försök i Hallunda.',
      decision: 'KFN 2026-06-01, KFN 2026/55',
      departmentId,
    });
    expect(answered.status).toBe(303);
    const initiativeId = (await proposalRow(t, id))?.initiativeId ?? '';
    const initiativePage = `/sv/municipalities/${testMunicipality}/initiatives/${initiativeId}`;
    const linked = await (await t.client().get(initiativePage)).text();
    expect(linked).toContain('Började som e-förslaget');
    expect(linked).toContain(`href="${base}/${id}"`);
    // Another initiative of the municipality names no proposal.
    const [other] = await t.database.db
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(eq(initiatives.municipalityId, testMunicipality))
      .limit(2)
      .then((rows) => rows.filter((r) => r.id !== initiativeId));
    expect(other?.id).toBeDefined();
    const otherPage = await (
      await t.client().get(`/sv/municipalities/${testMunicipality}/initiatives/${other?.id}`)
    ).text();
    expect(otherPage).not.toContain('Började som e-förslaget');

    // A pilot whose gate is closed (a benefit never measured) goes on to scaling by a decision.
    await t.announced(() =>
      t.database.db
        .update(initiatives)
        .set({ stage: 'pilot' })
        .where(eq(initiatives.id, initiativeId)),
    );
    await insertTestBenefit(t.database.db, { initiativeId, description: 'Fler lånade prylar' });
    const [board] = await t.database.db
      .select({ id: decisionBodies.id })
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, testMunicipality));
    const politician = await t.signedIn('politician@botkyrka.example');
    const overridden = await politician.postForm(`${initiativePage}/gate-override`, {
      bodyId: board?.id ?? '',
      decidedOn: '2026-11-25',
      text: 'Nämnden beslutar att sprida fritidsbanken till fler stadsdelar.',
      paragraph: '§ 88',
    });
    expect(overridden.status).toBe(303);
    const [move] = await t.database.db
      .select({ decisionId: stageTransitions.decisionId })
      .from(stageTransitions)
      .where(eq(stageTransitions.initiativeId, initiativeId));
    const [decided] = await t.database.db
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.id, move?.decisionId ?? ''));
    expect(decided?.id).toBeDefined();
    const page = await (await t.client().get(`${base}/${id}`)).text();
    expect(page).toContain('från Pilot till Uppskalning.');
    expect(page).toContain(
      `href="/sv/municipalities/${testMunicipality}/decisions?decision=${decided?.id}#decision-${decided?.id}"`,
    );
    expect(page).toContain('Beslut den 25 nov. 2026 (§ 88)');
    const api = await (
      await t.app.request(`/api/v1/municipalities/${testMunicipality}/proposals/${id}`)
    ).json();
    expect(api.initiative.id).toBe(initiativeId);
    expect(api.initiative.stage).toBe('scaling');
    expect(api.initiative.moves.map((m: { decisionId: string | null }) => m.decisionId)).toEqual([
      decided?.id,
    ]);
    // Made non-public by staff, the API says no more of it than the page does.
    await t.announced(() =>
      t.database.db
        .update(initiatives)
        .set({ isPublic: false })
        .where(eq(initiatives.id, initiativeId)),
    );
    const hidden = await (
      await t.app.request(`/api/v1/municipalities/${testMunicipality}/proposals/${id}`)
    ).json();
    expect(hidden.initiative).toBeNull();
    expect(hidden.answer.verdict).toBe('partly');
  });

  it('rejected, becomes no initiative; its supporters who asked are told the answer', async () => {
    const title = 'Konstgräs på Alby IP';
    const id = await supportedWithBody(title);
    const staff = await t.signedIn('staff@botkyrka.example');
    const res = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'rejected',
      reason: 'Planen ska rustas först.',
      decision: 'KFN 2026-06-01, KFN 2026/53',
    });
    expect(res.status).toBe(303);
    expect((await proposalRow(t, id))?.initiativeId).toBeNull();
    expect(
      await t.database.db.select().from(initiatives).where(eq(initiatives.title, title)),
    ).toEqual([]);
    const mails = await mailsTo(told, title);
    expect(
      mails.map((m) => m.bodyText.includes('Förslaget är nu besvarat och har avslagits.')),
    ).toEqual([true]);
  });
});
