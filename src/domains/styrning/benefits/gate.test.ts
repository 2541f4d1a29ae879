import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { decisionBodies, decisions } from '../../decisions/decisions.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { initiatives, stageTransitions } from '../portfolio/portfolio.schema.ts';
import { overrideGate } from './commands/move-to-scaling.ts';

const now = () => new Date('2026-12-01T10:00:00Z');
let t: TestApp;
let dept = '';
const base = '/en/municipalities/SE-0483/initiatives';

/** A pilot with two gate benefits: hours freed (higher, target 100) and waiting days (lower, target 5). */
async function pilot(title: string) {
  const db = t.database.db;
  const i = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: dept,
    title,
    stage: 'pilot',
  });
  const hours = await insertTestBenefit(db, { initiativeId: i.id, description: 'Frigjord tid' });
  const waiting = await insertTestBenefit(db, {
    initiativeId: i.id,
    description: 'Kortare väntetid',
    indicator: 'Väntetid i dagar',
    unit: 'd',
    direction: 'lower',
    baselineValue: 20,
    targetValue: 5,
  });
  return { id: i.id, hours: hours.id, waiting: waiting.id };
}

const stageOf = async (id: string) =>
  (await t.database.db.select().from(initiatives).where(eq(initiatives.id, id)))[0]?.stage;
const transitionsOf = (id: string) =>
  t.database.db.select().from(stageTransitions).where(eq(stageTransitions.initiativeId, id));

beforeAll(async () => {
  t = await createTestApp({ now });
  dept = await departmentManagedBy(t.database.db, 'manager@katrineholm.example');
});
afterAll(async () => {
  await t?.close();
});

describe('the scale gate', () => {
  it('stays closed until every gate benefit reaches its target, then lets the manager scale the pilot', async () => {
    const p = await pilot('Digital nattillsyn');
    const manager = await t.signedIn('manager@katrineholm.example');
    const page = `${base}/${p.id}/benefits`;
    expect(await (await manager.get(page)).text()).toContain('The gate is closed');
    const closed = await manager.postForm(`${base}/${p.id}/scale`, { reason: 'Vi vill' });
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain('The gate is closed');
    expect(await stageOf(p.id)).toBe('pilot');

    const measure = (benefit: string, value: string, measuredOn: string) =>
      manager.postForm(`${page}/${benefit}/measurements`, { value, measuredOn });
    // Hours reach the target (100 ≥ 100, higher is better); waiting days 6 > 5 do not yet.
    expect((await measure(p.hours, '100', '2026-10-31')).status).toBe(303);
    expect((await measure(p.waiting, '6', '2026-10-31')).status).toBe(303);
    expect((await manager.postForm(`${base}/${p.id}/scale`, { reason: 'x' })).status).toBe(409);
    // Waiting days fall to 5 (≤ 5, lower is better): both reached, the gate opens.
    expect((await measure(p.waiting, '5', '2026-11-30')).status).toBe(303);
    const open = await (await manager.get(page)).text();
    expect(open).toContain('The gate is open');
    expect(open).toContain('Move the pilot to scaling');

    const staff = await t.signedIn('staff@katrineholm.example');
    expect((await staff.postForm(`${base}/${p.id}/scale`, { reason: 'x' })).status).toBe(403);
    const noReason = await manager.postForm(`${base}/${p.id}/scale`, { reason: ' ' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Fill in this field.');
    expect(await stageOf(p.id)).toBe('pilot');

    const res = await manager.postForm(`${base}/${p.id}/scale`, {
      reason: 'Båda nyttorna har nått sina mål i piloten.',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=initiativeScaled');
    expect(await stageOf(p.id)).toBe('scaling');
    const transitions = await transitionsOf(p.id);
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({
      fromStage: 'pilot',
      toStage: 'scaling',
      reason: 'Båda nyttorna har nått sina mål i piloten.',
      decisionId: null,
    });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `initiative:${p.id}`));
    expect(audits.map((a) => a.action)).toContain('initiative.scale');
    // No longer a pilot: a second move is refused and nothing more is recorded.
    expect((await manager.postForm(`${base}/${p.id}/scale`, { reason: 'igen' })).status).toBe(409);
    expect(await transitionsOf(p.id)).toHaveLength(1);
  });

  it('is overridden only by a recorded decision of a politician or admin, which then appears in the chain', async () => {
    const p = await pilot('AI-stöd i leverantörsreskontran');
    const [council] = await t.database.db
      .select()
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, 'SE-0483'));
    const [foreignBody] = await t.database.db
      .select()
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, 'NO-3203'));
    const form = {
      bodyId: council?.id ?? '',
      decidedOn: '2026-11-25',
      text: 'Kommunstyrelsen beslutar att skala upp trots att målen inte är nådda, eftersom lagkrav träder i kraft 2027.',
    };
    const path = `${base}/${p.id}/gate-override`;
    const decisionCount = async () => (await t.database.db.select().from(decisions)).length;
    const before = await decisionCount();

    expect(
      (await (await t.signedIn('manager@katrineholm.example')).postForm(path, form)).status,
    ).toBe(403);
    expect(
      (await (await t.signedIn('staff@katrineholm.example')).postForm(path, form)).status,
    ).toBe(403);
    expect((await (await t.signedIn('politician@asker.example')).postForm(path, form)).status).toBe(
      403,
    );
    const politician = await t.signedIn('politician@katrineholm.example');
    const page = await (await politician.get(`${base}/${p.id}/benefits`)).text();
    expect(page).toContain('Override the gate by a decision');
    for (const bad of [
      { ...form, decidedOn: '2026-02-30' },
      { ...form, text: '  ' },
      { ...form, bodyId: foreignBody?.id ?? '' },
    ]) {
      expect((await politician.postForm(path, bad)).status, JSON.stringify(bad)).toBe(422);
    }
    expect(await decisionCount()).toBe(before);
    expect(await stageOf(p.id)).toBe('pilot');

    const res = await politician.postForm(path, form);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=gateOverridden');
    expect(await stageOf(p.id)).toBe('scaling');
    const { items } = await (
      await t.app.request('/api/v1/municipalities/SE-0483/decisions')
    ).json();
    const decision = items.find((d: { adopts: { kind: string; id: string }[] }) =>
      d.adopts.some((a) => a.kind === 'gate-override' && a.id === p.id),
    );
    expect(decision?.text).toBe(form.text);
    const [transition] = await transitionsOf(p.id);
    expect(transition).toMatchObject({
      toStage: 'scaling',
      decisionId: decision.id,
      reason: form.text,
    });
    const verdict = await (
      await t.app.request('/api/v1/municipalities/SE-0483/decisions/verify')
    ).json();
    expect(verdict.ok).toBe(true);
    // Done once: a second override finds no pilot and records no second decision.
    expect((await politician.postForm(path, form)).status).toBe(409);
    expect(await decisionCount()).toBe(before + 1);
  });

  it('needs no override when it is open, and none applies to a non-pilot', async () => {
    const p = await pilot('Gemensam schemaläggning');
    const manager = await t.signedIn('manager@katrineholm.example');
    const page = `${base}/${p.id}/benefits`;
    await manager.postForm(`${page}/${p.hours}/measurements`, {
      value: '120',
      measuredOn: '2026-11-01',
    });
    await manager.postForm(`${page}/${p.waiting}/measurements`, {
      value: '4',
      measuredOn: '2026-11-01',
    });
    const admin = await t.signedIn('admin@katrineholm.example');
    const [council] = await t.database.db
      .select()
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, 'SE-0483'));
    const form = { bodyId: council?.id ?? '', decidedOn: '2026-11-25', text: 'Skälet.' };
    const open = await admin.postForm(`${base}/${p.id}/gate-override`, form);
    expect(open.status).toBe(409);
    expect(await open.text()).toContain('The gate is open, so no decision is needed');
    const idea = await insertTestInitiative(t.database.db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Idé',
    });
    expect((await admin.postForm(`${base}/${idea.id}/gate-override`, form)).status).toBe(409);
    expect(await stageOf(idea.id)).toBe('idea');
    const notPilot = await (await admin.get(`${base}/${idea.id}/benefits`)).text();
    expect(notPilot).toContain('The scale gate applies to pilots.');
    expect((await admin.postForm(`${base}/missing/gate-override`, form)).status).toBe(404);
  });

  it('records the override decision and the stage change together or not at all', async () => {
    const p = await pilot('Digitala läromedel');
    const db = t.database.db;
    const [politician] = await db
      .select()
      .from(users)
      .where(eq(users.email, 'politician@katrineholm.example'));
    const [council] = await db
      .select()
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, 'SE-0483'));
    const actor = {
      kind: 'user' as const,
      userId: politician?.id ?? '',
      email: 'politician@katrineholm.example',
      name: 'Politician',
      grants: [{ role: 'politician' as const, municipalityId: 'SE-0483', departmentId: null }],
    };
    const [initiative] = await db.select().from(initiatives).where(eq(initiatives.id, p.id));
    if (!initiative) throw new Error('no initiative');
    const before = (await db.select().from(decisions)).length;
    // The stage change fails after the decision has been inserted: the decision must not remain.
    await db.execute(sql`create function refuse_for_test() returns trigger as $$
      begin raise exception 'stage change refused for the test'; end; $$ language plpgsql`);
    await db.execute(
      sql`create trigger refuse_for_test before insert on stage_transitions for each row execute function refuse_for_test()`,
    );
    try {
      await expect(
        overrideGate({ db, now }, actor, initiative, {
          bodyId: council?.id ?? '',
          decidedOn: '2026-11-25',
          text: 'Uppskalning trots stängd grind.',
        }),
      ).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger refuse_for_test on stage_transitions`);
      await db.execute(sql`drop function refuse_for_test()`);
    }
    expect((await db.select().from(decisions)).length).toBe(before);
    expect(await stageOf(p.id)).toBe('pilot');
  });
});
