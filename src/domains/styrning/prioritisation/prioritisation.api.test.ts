import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { grantRoles, TEST_MUNICIPALITY, tinyPortfolio } from './prioritisation.fixtures.ts';
import { scenarios } from './prioritisation.schema.ts';

let t: TestApp;
let p: Awaited<ReturnType<typeof tinyPortfolio>>;
const path = `/api/v1/municipalities/${TEST_MUNICIPALITY}/portfolio/select`;
const goalOnly = { goalContribution: 1 };

beforeAll(async () => {
  t = await createTestApp();
  await grantRoles(t.database.db, TEST_MUNICIPALITY);
  p = await tinyPortfolio(t.database.db, TEST_MUNICIPALITY);
});
afterAll(async () => {
  await t?.close();
});

async function tokenOf(email: string, municipality = TEST_MUNICIPALITY) {
  const res = await postJson(t.app, '/api/v1/auth/token', {
    email,
    password: demoPasswordForTests,
    municipality,
  });
  expect(res.status).toBe(201);
  return (await res.json()).token as string;
}

const select = async (body: unknown, token?: string) =>
  postJson(t.app, path, body, token ? { authorization: `Bearer ${token}` } : {});

describe('POST /api/v1/municipalities/{id}/portfolio/select', () => {
  it('answers the documented shape; objective is the sum of the selected scores; nothing is saved', async () => {
    const token = await tokenOf('staff@katrineholm.example');
    const res = await select({ year: 2027, budget: 10, weights: goalOnly }, token);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual([
      'candidates',
      'objective',
      'reasons',
      'selected',
      'totalCost',
    ]);
    // By hand: A (100, cost 6) + C (60, cost 4) + the free H (20) fill the budget of 10.
    expect([...body.selected].sort()).toEqual([p.A.id, p.C.id, p.H.id].sort());
    const score = new Map(
      body.candidates.map((c: { id: string; score: number }) => [c.id, c.score]),
    );
    const sum = body.selected.reduce((s: number, id: string) => s + (score.get(id) as number), 0);
    expect(body.objective).toBeCloseTo(sum, 9);
    expect(body.objective).toBeCloseTo(180, 9);
    expect(body.totalCost).toBe(10);
    const a = body.candidates.find((c: { id: string }) => c.id === p.A.id);
    expect(a).toEqual({ id: p.A.id, score: 100, cost: 6, dependsOn: [], mandatory: false });
    // H depends on G, which is in operation: met, so not listed as a dependency.
    expect(body.candidates.find((c: { id: string }) => c.id === p.H.id).dependsOn).toEqual([]);
    // F fails a requirement: not a candidate, but it has a reason.
    expect(body.candidates.some((c: { id: string }) => c.id === p.F.id)).toBe(false);
    expect(body.reasons[p.F.id]).toBe('out:failedRequirement:namedOwner');
    expect(body.reasons[p.D.id]).toBe(`out:needs:${p.E.id}`);
    expect(body.reasons[p.B.id]).toBe(`out:lowerScore:${p.A.id}`);
    expect(body.reasons[p.A.id]).toBe('chosen');
    expect(body.reasons[p.G.id]).toBeUndefined();
    // The demo municipalities have saved scenarios of their own; this one has none.
    expect(
      await t.database.db
        .select()
        .from(scenarios)
        .where(eq(scenarios.municipalityId, TEST_MUNICIPALITY)),
    ).toHaveLength(0);
  });

  it('uses the municipality’s weights when none are given, and a session with CSRF works too', async () => {
    const token = await tokenOf('admin@katrineholm.example');
    const res = await select({ year: 2027, budget: 9 }, token);
    expect(res.status).toBe(200);
    const client = t.client();
    await client.login('politician@katrineholm.example');
    const csrf = await client.csrfToken();
    const noCsrf = await client.request(path, {
      method: 'POST',
      body: JSON.stringify({ year: 2027, budget: 9, weights: goalOnly }),
      headers: { 'content-type': 'application/json' },
    });
    expect(noCsrf.status).toBe(403);
    const withCsrf = await client.request(path, {
      method: 'POST',
      body: JSON.stringify({ year: 2027, budget: 9, weights: goalOnly }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    });
    expect(withCsrf.status).toBe(200);
    expect([...(await withCsrf.json()).selected].sort()).toEqual([p.B.id, p.C.id, p.H.id].sort());
  });

  it('refuses bad input with a problem document naming the field', async () => {
    const token = await tokenOf('admin@katrineholm.example');
    const cases: [unknown, string][] = [
      [{ year: 2027, budget: 0, weights: goalOnly }, 'budget'],
      [{ year: 2027, budget: -1, weights: goalOnly }, 'budget'],
      [{ year: 2027, budget: 1e13, weights: goalOnly }, 'budget'],
      [{ year: 2027, budget: '12', weights: goalOnly }, 'budget'],
      [{ year: 2027, budget: 10, weights: { goalContribution: 0 } }, 'weights'],
      [{ year: 2027, budget: 10, weights: { risk: -1 } }, 'weights.risk'],
      [{ year: 2027, budget: 10, weights: { beauty: 3 } }, 'weights'],
      [{ year: 1999, budget: 10, weights: goalOnly }, 'year'],
      [{ year: 2027.5, budget: 10, weights: goalOnly }, 'year'],
      [{ budget: 10 }, 'year'],
      [
        { year: 2027, budget: 10, departmentMinimums: [{ department: p.dep2.id, minCount: 2 }] },
        'departmentMinimums',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await select(body, token);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await res.json();
      expect(
        problem.errors.map((e: { field: string }) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const malformed = await t.app.request(path, {
      method: 'POST',
      body: '{"year": 2027,',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(malformed.status).toBe(400);
  });

  it('needs someone who may see steering data of that municipality', async () => {
    expect((await select({ year: 2027, budget: 10 })).status).toBe(401);
    // A resident gets no API token at all.
    const resident = await postJson(t.app, '/api/v1/auth/token', {
      email: 'resident@katrineholm.example',
      password: demoPasswordForTests,
      municipality: 'SE-0483',
    });
    expect(resident.status).toBe(403);
    // A token for Stockholm does not open Katrineholm, nor the other way round.
    const stockholm = await tokenOf('admin@katrineholm.example');
    expect(
      (
        await postJson(
          t.app,
          '/api/v1/municipalities/SE-0483/portfolio/select',
          { year: 2027, budget: 10 },
          { authorization: `Bearer ${stockholm}` },
        )
      ).status,
    ).toBe(403);
    const katrineholm = await tokenOf('admin@katrineholm.example', 'SE-0483');
    expect((await select({ year: 2027, budget: 10 }, katrineholm)).status).toBe(403);
    expect(
      (
        await postJson(
          t.app,
          '/api/v1/municipalities/XX-0000/portfolio/select',
          { year: 2027, budget: 10 },
          { authorization: `Bearer ${katrineholm}` },
        )
      ).status,
    ).toBe(404);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    expect(doc.paths['/municipalities/{id}/portfolio/select'].post.security).toEqual([
      { bearerAuth: [] },
    ]);
  });
});
