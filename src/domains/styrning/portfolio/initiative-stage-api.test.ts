import { parse } from 'csv-parse/sync';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { initiativeFixtures } from './initiatives-testkit.ts';
import { portfolioApi } from './portfolio.api.ts';
import { initiatives, stageTransitions } from './portfolio.schema.ts';

let t: TestApp;
let fx: Awaited<ReturnType<typeof initiativeFixtures>>;
const base = '/en/municipalities/SE-0483/initiatives';
const api = '/api/v1/municipalities/SE-0483';

beforeAll(async () => {
  t = await createTestApp();
  fx = await initiativeFixtures(t);
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.database.db;
async function client(email: string) {
  const c = t.client();
  await c.login(email);
  return c;
}
const stageOf = async (id: string) =>
  (await db().select().from(initiatives).where(eq(initiatives.id, id)))[0]!.stage;
const transitionsOf = (id: string) =>
  db()
    .select()
    .from(stageTransitions)
    .where(eq(stageTransitions.initiativeId, id))
    .orderBy(asc(stageTransitions.at));

async function tokenOf(email: string): Promise<string> {
  const res = await postJson(t.app, '/api/v1/auth/token', {
    email,
    password: demoPasswordForTests,
  });
  return (await res.json()).token;
}

describe('stage changes', () => {
  it('are recorded with who, when and why, audited, and shown in the history', async () => {
    const manager = await client('manager@katrineholm.example');
    const id = fx.internalOwn.id;
    const res = await manager.postForm(`${base}/${id}/stage`, {
      toStage: 'assessed',
      reason: 'Behovet är verifierat.',
    });
    expect(res.status).toBe(303);
    expect(await stageOf(id)).toBe('assessed');
    const [tr] = await transitionsOf(id);
    const [me] = await db()
      .select()
      .from(users)
      .where(eq(users.email, 'manager@katrineholm.example'));
    expect(tr).toMatchObject({
      fromStage: 'idea',
      toStage: 'assessed',
      reason: 'Behovet är verifierat.',
      actorId: me!.id,
    });
    const audited = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'initiative.stage'), eq(auditLog.target, `initiative:${id}`)));
    expect(audited).toHaveLength(1);
    const page = await (await manager.get(res.headers.get('location') ?? '')).text();
    expect(page).toContain('Behovet är verifierat.');
    expect(page).toContain('The stage was changed.');
    // Back one step is allowed too (a reassessment).
    expect(
      (await manager.postForm(`${base}/${id}/stage`, { toStage: 'idea', reason: 'Omtag.' })).status,
    ).toBe(303);
    expect(await stageOf(id)).toBe('idea');
  });

  it('refuse a missing reason, an unknown stage, skipping stages and pilot → scaling, changing nothing', async () => {
    const manager = await client('manager@katrineholm.example');
    const pilot = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: fx.own,
      title: 'Pilot X',
      stage: 'pilot',
    });
    const cases = [
      [pilot.id, { toStage: 'stopped', reason: '   ' }, 'Say why the stage changes.'],
      [pilot.id, { toStage: 'flying', reason: 'x' }, 'There is no such stage.'],
      [pilot.id, { toStage: '', reason: 'x' }, 'Choose the new stage.'],
      [pilot.id, { toStage: 'operation', reason: 'x' }, 'Move one stage forward or back at a time'],
      [pilot.id, { toStage: 'scaling', reason: 'Det gick bra.' }, 'the gate decides'],
      [pilot.id, { toStage: 'pilot', reason: 'x' }, 'already in this stage'],
    ] as const;
    for (const [id, fields, message] of cases) {
      const res = await manager.postForm(`${base}/${id}/stage`, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain(`/initiatives/${pilot.id}/benefits`);
    }
    expect(await stageOf(pilot.id)).toBe('pilot');
    expect(await transitionsOf(pilot.id)).toEqual([]);
    // Stopped is final.
    expect(
      (
        await manager.postForm(`${base}/${pilot.id}/stage`, {
          toStage: 'stopped',
          reason: 'Ingen nytta.',
        })
      ).status,
    ).toBe(303);
    const again = await manager.postForm(`${base}/${pilot.id}/stage`, {
      toStage: 'pilot',
      reason: 'x',
    });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('final stage');
  });

  it('made twice at once are recorded once', async () => {
    const manager = await client('manager@katrineholm.example');
    const x = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: fx.own,
      title: 'Samtidig',
    });
    const move = () =>
      manager.postForm(`${base}/${x.id}/stage`, { toStage: 'assessed', reason: 'Samtidigt.' });
    const statuses = (await Promise.all([move(), move()])).map((r) => r.status).sort();
    expect(statuses).toEqual([303, 422]);
    expect(await transitionsOf(x.id)).toHaveLength(1);
  });

  it('are refused to staff, to another department’s manager and across municipalities', async () => {
    const id = fx.otherDept.id;
    for (const email of [
      'staff@katrineholm.example',
      'manager@katrineholm.example',
      'politician@katrineholm.example',
    ]) {
      const res = await (await client(email)).postForm(`${base}/${id}/stage`, {
        toStage: 'assessed',
        reason: 'x',
      });
      expect(res.status, email).toBe(403);
    }
    const admin = await client('admin@katrineholm.example');
    expect(
      (await admin.postForm(`${base}/${fx.foreign.id}/stage`, { toStage: 'assessed', reason: 'x' }))
        .status,
    ).toBe(404);
    expect(await stageOf(id)).toBe('idea');
    expect(await stageOf(fx.foreign.id)).toBe('idea');
  });
});

describe('API', () => {
  it('lists public initiatives without authentication, all with a staff token', async () => {
    const anon = await (await t.app.request(`${api}/initiatives`)).json();
    expect(anon.total).toBe(anon.items.length);
    expect(anon.items.every((i: { public: boolean }) => i.public)).toBe(true);
    const mine = anon.items.find((i: { id: string }) => i.id === fx.publicOwn.id);
    expect(mine).toMatchObject({
      title: 'Offentlig satsning',
      stage: 'idea',
      public: true,
      department: { id: fx.own },
    });
    expect(anon.items.some((i: { id: string }) => i.id === fx.internalOwn.id)).toBe(false);
    const token = await tokenOf('staff@katrineholm.example');
    const all = await (
      await t.app.request(`${api}/initiatives`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(all.items.some((i: { id: string }) => i.id === fx.internalOwn.id)).toBe(true);
    expect(all.total).toBeGreaterThan(anon.total);
    // A token of another municipality sees only the public ones here.
    const asker = await tokenOf('staff@asker.example');
    const other = await (
      await t.app.request(`${api}/initiatives`, { headers: { authorization: `Bearer ${asker}` } })
    ).json();
    expect(other.total).toBe(anon.total);
    const filtered = await (
      await t.app.request(`${api}/initiatives?department=${fx.other}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    expect(filtered.items.map((i: { id: string }) => i.id)).toEqual([fx.otherDept.id]);
    expect((await t.app.request(`${api}/initiatives?stage=flying`)).status).toBe(400);
    // A department that is not an id is refused, not passed on to the database.
    for (const bad of ['nope', '-'.repeat(36)]) {
      expect((await t.app.request(`${api}/initiatives?department=${bad}`)).status).toBe(400);
      expect((await t.app.request(`${api}/initiatives.csv?department=${bad}`)).status).toBe(400);
    }
    // Thirty-six dashes look like an id to a loose pattern; the database would refuse them.
    expect((await t.app.request(`${api}/initiatives/${'-'.repeat(36)}`)).status).toBe(404);
    expect((await t.app.request('/api/v1/municipalities/SE-9999/initiatives')).status).toBe(404);
  });

  it('gives one initiative’s details, 404 when hidden or another municipality’s', async () => {
    const id = fx.publicOwn.id;
    const dep = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: fx.own,
      title: 'Med kostnader',
      isPublic: true,
      costs: { 2027: { investment: 100, running: 10 }, 2028: { running: 20 } },
      dependsOn: [id, fx.internalOwn.id],
    });
    const res = await t.app.request(`${api}/initiatives/${dep.id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.costs).toEqual([
      { year: 2027, investment: 100, running: 10 },
      { year: 2028, investment: 0, running: 20 },
    ]);
    // The internal dependency is not revealed to a visitor.
    expect(body.dependsOn).toEqual([id]);
    expect(body).toMatchObject({ id: dep.id, public: true, goalContributions: [], risks: [] });
    expect((await t.app.request(`${api}/initiatives/${fx.internalOwn.id}`)).status).toBe(404);
    expect((await t.app.request(`${api}/initiatives/${fx.foreign.id}`)).status).toBe(404);
    expect((await t.app.request(`${api}/initiatives/nonsense`)).status).toBe(404);
  });

  it('exports CSV that parses back, with formulas neutralised, under the same visibility', async () => {
    const tricky = await insertTestInitiative(db(), {
      municipalityId: 'SE-0483',
      departmentId: fx.own,
      title: '=HYPERLINK("http://evil.example"), "citat"',
      isPublic: true,
    });
    const res = await t.app.request(`${api}/initiatives.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === tricky.id);
    expect(row?.title).toBe(`'=HYPERLINK("http://evil.example"), "citat"`);
    expect(row?.public).toBe('true');
    expect(rows.some((r) => r.id === fx.internalOwn.id)).toBe(false);
    const json = await (await t.app.request(`${api}/initiatives`)).json();
    expect(rows).toHaveLength(json.total);
    const token = await tokenOf('admin@katrineholm.example');
    const all = await (
      await t.app.request(`${api}/initiatives.csv`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    expect(all).toContain(fx.internalOwn.id);
  });

  it('is in the OpenAPI document', async () => {
    // This domain's part of the document (the whole one is checked by the API's own tests).
    const doc = portfolioApi().getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
    });
    for (const p of [
      '/municipalities/{id}/initiatives',
      '/municipalities/{id}/initiatives/{iid}',
      '/municipalities/{id}/initiatives.csv',
    ])
      expect(doc.paths?.[p]?.get, p).toBeDefined();
  });
});

describe('department plan page', () => {
  it('shows the managers, goals and initiatives, hiding internal ones from visitors', async () => {
    const path = `/en/municipalities/SE-0483/departments/${fx.own}`;
    const anon = await (await t.client().get(path)).text();
    expect(anon).toContain('Demo manager katrineholm');
    expect(anon).toContain('Offentlig satsning');
    expect(anon).not.toContain('Intern satsning');
    expect(anon).toContain(`/departments/${fx.own}/dashboard`);
    const staff = await (await (await client('staff@katrineholm.example')).get(path)).text();
    expect(staff).toContain('Intern satsning');
    expect(
      (await t.client().get(`/en/municipalities/SE-0483/departments/${fx.foreignDept}`)).status,
    ).toBe(404);
    expect((await t.client().get('/en/municipalities/SE-0483/departments/x')).status).toBe(404);
    const municipality = await (await t.client().get('/en/municipalities/SE-0483')).text();
    expect(municipality).toContain(`href="/en/municipalities/SE-0483/departments/${fx.own}"`);
  });
});
