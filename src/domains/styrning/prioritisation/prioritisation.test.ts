import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { initiatives, stageTransitions } from '../portfolio/portfolio.schema.ts';
import { grantRoles, TEST_MUNICIPALITY, tinyPortfolio } from './prioritisation.fixtures.ts';
import { scenarios } from './prioritisation.schema.ts';

let t: TestApp;
let p: Awaited<ReturnType<typeof tinyPortfolio>>;
const base = `/en/municipalities/${TEST_MUNICIPALITY}/prioritisation`;
const goalOnly = {
  weight_goalContribution: '1',
  weight_benefitCost: '0',
  weight_urgency: '0',
  weight_feasibility: '0',
  weight_risk: '0',
  weight_reusePotential: '0',
};

beforeAll(async () => {
  t = await createTestApp();
  await grantRoles(t.database.db, TEST_MUNICIPALITY);
  p = await tinyPortfolio(t.database.db, TEST_MUNICIPALITY);
});
afterAll(async () => {
  await t?.close();
});

async function run(client: TestClient, fields: Record<string, string>) {
  return client.postForm(`${base}/scenarios`, {
    name: 'Tight',
    year: '2027',
    budget: '10',
    ...goalOnly,
    ...fields,
  });
}

const scenarioCount = async () => (await t.database.db.select().from(scenarios)).length;

/**
 * Independent enumeration of the candidates that can be chosen (A, B, C, H): the feasible subset
 * with the highest score, then the lowest cost. Scores are 20 × the goal contribution rating.
 */
function bruteForce(budget: number) {
  const items = [
    { id: p.A.id, score: 100, cost: 6 },
    { id: p.B.id, score: 80, cost: 5 },
    { id: p.C.id, score: 60, cost: 4 },
    { id: p.H.id, score: 20, cost: 0 },
  ];
  let best = { ids: [] as string[], score: -1, cost: 0 };
  for (let mask = 0; mask < 1 << items.length; mask++) {
    const chosen = items.filter((_, i) => mask & (1 << i));
    const cost = chosen.reduce((s, x) => s + x.cost, 0);
    const score = chosen.reduce((s, x) => s + x.score, 0);
    if (cost > budget) continue;
    if (score > best.score || (score === best.score && cost < best.cost)) {
      best = { ids: chosen.map((x) => x.id).sort(), score, cost };
    }
  }
  return best;
}

describe('prioritisation scenarios', () => {
  it('chooses the portfolio a hand enumeration chooses, with plain-language reasons', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    const res = await run(admin, {});
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/\/scenarios\/[0-9a-f-]{36}\?done=scenarioRun$/);
    const [row] = await t.database.db
      .select()
      .from(scenarios)
      .where(eq(scenarios.id, location.split('/').pop()!.split('?')[0]!));
    const result = row!.result as {
      selection: { selected: string[]; objective: number; totalCost: number };
    };
    const expected = bruteForce(10);
    expect(expected).toEqual({ ids: [p.A.id, p.C.id, p.H.id].sort(), score: 180, cost: 10 });
    expect([...result.selection.selected].sort()).toEqual(expected.ids);
    expect(result.selection.objective).toBeCloseTo(180, 9);
    expect(result.selection.totalCost).toBe(10);
    const html = await (await admin.get(location)).text();
    expect(html).toContain('The scenario was run and saved.');
    // B has a lower score per cost (16) than the chosen A (16.7), and dropping A would make room.
    expect(html).toContain('Out: lower score for its cost than A nattillsyn');
    expect(html).toContain('Out: needs E idé');
    expect(html).toContain('Out: fails the requirement named owner');
    expect(html).not.toContain('G drift</a>');
  });

  it('refuses bad scenario input with localised errors and saves nothing', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    const before = await scenarioCount();
    const cases: [Record<string, string>, string][] = [
      [{ budget: '0' }, 'Enter a budget above 0.'],
      [{ budget: '-5' }, 'Enter a budget above 0.'],
      [{ budget: '1e400' }, 'Enter a budget above 0.'],
      [{ budget: '9999999999999999' }, 'The amount is too large.'],
      [{ year: '1999' }, 'Enter a whole year from 2000 to 2100.'],
      [{ name: '' }, 'Fill in this field.'],
      [{ weight_goalContribution: '0' }, 'The weights sum to 0'],
      [{ weight_risk: '-1' }, 'A weight cannot be negative.'],
      [{ weight_urgency: 'NaN' }, 'Enter a number'],
      [{ [`minCount_${p.dep.id}`]: '-1' }, 'Enter a number of 0 or more'],
    ];
    for (const [fields, message] of cases) {
      const res = await run(admin, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(await res.text()).toContain(message);
    }
    // A department minimum no portfolio can meet is the engine's refusal, named in words.
    const res = await run(admin, { [`minCount_${p.dep2.id}`]: '2' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(
      'These departments do not have enough candidates to reach their minimum: Skola.',
    );
    expect(await scenarioCount()).toBe(before);
    // Script in the name is shown as text.
    const ok = await run(admin, { name: '<script>alert(1)</script>' });
    expect(ok.status).toBe(303);
    const page = await (await admin.get(ok.headers.get('location')!)).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;');
  });

  it('lets staff and politicians see but only admins run; others and strangers are refused', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    expect((await staff.get(base)).status).toBe(200);
    expect((await run(staff, {})).status).toBe(403);
    expect((await staff.get(`${base}/settings`)).status).toBe(403);
    expect((await (await t.signedIn('politician@katrineholm.example')).get(base)).status).toBe(200);
    expect((await t.client().get(base)).status).toBe(303);
    const resident = t.client();
    await resident.login('resident@katrineholm.example');
    expect((await resident.get('/en/municipalities/SE-0483/prioritisation')).status).toBe(403);
    // Katrineholm's admin has no role in Asker.
    const admin = await t.signedIn('admin@katrineholm.example');
    expect((await admin.get('/en/municipalities/NO-3203/prioritisation')).status).toBe(403);
    // A scenario of the test municipality is not found under another municipality's path.
    const [s] = await t.database.db
      .select()
      .from(scenarios)
      .where(eq(scenarios.municipalityId, TEST_MUNICIPALITY));
    expect(
      (await admin.get(`/en/municipalities/SE-0483/prioritisation/scenarios/${s!.id}`)).status,
    ).toBe(404);
    expect(
      (await admin.get(`/en/municipalities/SE-0483/prioritisation/compare?a=${s!.id}&b=${s!.id}`))
        .status,
    ).toBe(404);
    expect((await admin.get(`${base}/scenarios/not-a-uuid`)).status).toBe(404);
  });

  it('compares two scenarios and shows which choices flip under ±10 % weights', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    const a = (await run(admin, { name: 'Ten' })).headers
      .get('location')!
      .split('/')
      .pop()!
      .split('?')[0]!;
    const b = (await run(admin, { name: 'Nine', budget: '9' })).headers
      .get('location')!
      .split('/')
      .pop()!
      .split('?')[0]!;
    expect(bruteForce(9).ids).toEqual([p.B.id, p.C.id, p.H.id].sort());
    const html = await (await admin.get(`${base}/compare?a=${a}&b=${b}`)).text();
    expect(html).toContain('Comparing Ten and Nine');
    const onlyTen = html.slice(
      html.indexOf('Chosen only in Ten'),
      html.indexOf('Chosen only in Nine'),
    );
    expect(onlyTen).toContain('A nattillsyn');
    expect(html.slice(html.indexOf('Chosen only in Nine'))).toContain('B bygglov');
    const sens = await admin.get(`${base}/scenarios/${a}/sensitivity`);
    expect(sens.status).toBe(200);
    // With one non-zero weight, scaling it changes no score ratio: nothing flips.
    expect(await sens.text()).toContain('No choice flips');
  });
});

describe('settings', () => {
  it('saves weights and discount rate for admins, refusing nonsense', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    for (const [fields, message] of [
      [{ ...goalOnly, weight_goalContribution: '0', discountRate: '4' }, 'The weights sum to 0'],
      [{ ...goalOnly, weight_risk: '-2', discountRate: '4' }, 'A weight cannot be negative.'],
      [{ ...goalOnly, discountRate: '31' }, 'The discount rate must be from 0 to 30 %.'],
      [{ ...goalOnly, discountRate: 'abc' }, 'Enter the discount rate as a number of percent'],
    ] as const) {
      const res = await admin.postForm(`${base}/settings`, fields);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(message);
    }
    const res = await admin.postForm(`${base}/settings`, {
      ...goalOnly,
      weight_urgency: '2,5',
      discountRate: '3,5',
    });
    expect(res.status).toBe(303);
    const page = await (await admin.get(`${base}/settings?done=prioritisationSettings`)).text();
    expect(page).toContain('value="2.5"');
    expect(page).toContain('value="3.5"');
    // New scenarios start from the saved weights.
    expect(await (await admin.get(base)).text()).toContain('value="2.5"');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'steering.settings'));
    expect(audit.length).toBe(1);
    const staff = await t.signedIn('staff@katrineholm.example');
    expect(
      (await staff.postForm(`${base}/settings`, { ...goalOnly, discountRate: '4' })).status,
    ).toBe(403);
  });
});

describe('adoption by decision', () => {
  it('records a decision adopting the scenario in the chain and prioritises the chosen assessed initiatives', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    const location = (await run(admin, { name: 'Adopt me' })).headers.get('location')!;
    const sid = location.split('/').pop()!.split('?')[0]!;
    const staff = await t.signedIn('staff@katrineholm.example');
    const decision = {
      bodyId: p.bodyId,
      decidedOn: '2026-11-30',
      text: 'Portföljen 2027 antas.',
      promote: 'on',
    };
    expect((await staff.postForm(`${base}/scenarios/${sid}/adopt`, decision)).status).toBe(403);
    // Another municipality's path cannot reach it.
    expect(
      (
        await (
          await t.signedIn('politician@katrineholm.example')
        ).postForm(`/en/municipalities/SE-0483/prioritisation/scenarios/${sid}/adopt`, decision)
      ).status,
    ).toBe(404);
    const politician = await t.signedIn('politician@katrineholm.example');
    const bad = await politician.postForm(`${base}/scenarios/${sid}/adopt`, {
      ...decision,
      decidedOn: '30/11/2026',
    });
    expect(bad.status).toBe(422);
    const res = await politician.postForm(`${base}/scenarios/${sid}/adopt`, decision);
    expect(res.status).toBe(303);
    const { items } = await (
      await t.app.request(`/api/v1/municipalities/${TEST_MUNICIPALITY}/decisions`)
    ).json();
    expect(items).toHaveLength(1);
    expect(items[0].adopts).toEqual([{ kind: 'portfolio-scenario', id: sid }]);
    expect(
      (
        await (
          await t.app.request(`/api/v1/municipalities/${TEST_MUNICIPALITY}/decisions/verify`)
        ).json()
      ).ok,
    ).toBe(true);
    const page = await (await politician.get(`${base}/scenarios/${sid}`)).text();
    expect(page).toContain('Adopted by decision no. 1');
    // The link names the decision, so the decisions list opens on the page that holds it.
    expect(page).toContain(
      `/en/municipalities/${TEST_MUNICIPALITY}/decisions?decision=${items[0].id}#decision-${items[0].id}`,
    );
    const stages = await t.database.db
      .select({ id: initiatives.id, stage: initiatives.stage })
      .from(initiatives)
      .where(eq(initiatives.municipalityId, TEST_MUNICIPALITY));
    const stageOf = new Map(stages.map((s) => [s.id, s.stage]));
    expect([
      stageOf.get(p.A.id),
      stageOf.get(p.C.id),
      stageOf.get(p.H.id),
      stageOf.get(p.B.id),
    ]).toEqual(['prioritised', 'prioritised', 'prioritised', 'assessed']);
    const transitions = await t.database.db.select().from(stageTransitions);
    const mine = transitions.filter((x) => x.decisionId === items[0].id);
    expect(mine.map((x) => x.initiativeId).sort()).toEqual([p.A.id, p.C.id].sort());
    // The reason is worded in the adopter's language and names the scenario and the decision.
    expect(new Set(mine.map((x) => x.reason))).toEqual(
      new Set([`Scenario "Adopt me" adopted by decision no. ${items[0].sequence}.`]),
    );
    // Adopting it again is refused and records nothing.
    const again = await politician.postForm(`${base}/scenarios/${sid}/adopt`, decision);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('already been adopted');
    const after = await (
      await t.app.request(`/api/v1/municipalities/${TEST_MUNICIPALITY}/decisions`)
    ).json();
    expect(after.items).toHaveLength(1);
  });
});
