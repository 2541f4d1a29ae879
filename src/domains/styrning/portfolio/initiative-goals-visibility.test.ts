import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { goals } from '../strategy/strategy.schema.ts';
import { goalContributions } from './portfolio.schema.ts';

// A public initiative may contribute to goals that are not public yet: a draft goal, and an
// adopted department goal under a draft goal. Visitors and residents see only the adopted goal on
// every page and in every answer about the initiative; the municipality's staff see all three.

let t: TestApp;
let initiativeId = '';
let benefitId = '';
let departmentId = '';
const adopted = { id: '', title: '' };
const draft = { id: '', title: 'Utkastmal som inte ar antaget' };
const underDraft = { id: '', title: 'Antaget delmal under ett utkast' };
const web = '/sv/municipalities/SE-0483';
const api = '/api/v1/municipalities/SE-0483';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  departmentId = await departmentManagedBy(db, 'manager@katrineholm.example');
  const [strategic] = await db
    .select({ id: goals.id, title: goals.title })
    .from(goals)
    .where(
      and(eq(goals.municipalityId, 'SE-0483'), eq(goals.status, 'adopted'), isNull(goals.parentId)),
    );
  if (!strategic) throw new Error('the demo has no adopted goal in SE-0483');
  Object.assign(adopted, strategic);
  const [d] = await db
    .insert(goals)
    .values({ municipalityId: 'SE-0483', title: draft.title, status: 'draft' })
    .returning();
  draft.id = d?.id ?? '';
  const [u] = await db
    .insert(goals)
    .values({
      municipalityId: 'SE-0483',
      title: underDraft.title,
      status: 'adopted',
      parentId: draft.id,
      departmentId,
    })
    .returning();
  underDraft.id = u?.id ?? '';
  const initiative = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId,
    title: 'Offentlig satsning mot tre mal',
    isPublic: true,
    costs: { 2027: { investment: 100_000 } },
  });
  initiativeId = initiative.id;
  benefitId = (await insertTestBenefit(db, { initiativeId, description: 'Kortare kö' })).id;
  await db.insert(goalContributions).values([
    { initiativeId, goalId: adopted.id, weight: 0.5 },
    { initiativeId, goalId: draft.id, weight: 0.3 },
    { initiativeId, goalId: underDraft.id, weight: 0.2 },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const addresses = () => ({
  page: `${web}/initiatives/${initiativeId}`,
  benefits: `${web}/initiatives/${initiativeId}/benefits`,
  benefit: `${web}/initiatives/${initiativeId}/benefits/${benefitId}`,
  calculus: `${web}/initiatives/${initiativeId}/calculus`,
  apiDetail: `${api}/initiatives/${initiativeId}`,
  apiCalculus: `${api}/initiatives/${initiativeId}/calculus`,
  initiativesCsv: `${api}/initiatives.csv`,
  benefitsCsv: `${api}/benefits.csv`,
  measurementsCsv: `${api}/measurements.csv`,
});

async function read(email: string | null, path: string): Promise<string> {
  const client = await t.signedIn(email);
  const res = await client.get(path);
  expect(res.status, `${email ?? 'visitor'} ${path}`).toBe(200);
  return res.text();
}

describe('goals of a public initiative', () => {
  for (const who of [null, 'resident@katrineholm.example']) {
    it(`shows ${who ?? 'a visitor'} the adopted goal only, on every page and in the API`, async () => {
      const leaks: string[] = [];
      for (const [name, path] of Object.entries(addresses())) {
        const text = await read(who, path);
        for (const hidden of [draft, underDraft]) {
          if (text.includes(hidden.title)) leaks.push(`${name}: title of ${hidden.title}`);
          if (text.includes(hidden.id)) leaks.push(`${name}: id of ${hidden.title}`);
        }
      }
      expect(leaks).toEqual([]);
      const { page, benefits, apiDetail } = addresses();
      expect(await read(who, page)).toContain(adopted.title);
      // The benefits page names the goal in its table and in the effect chain's words.
      const chain = await read(who, benefits);
      expect(chain).toContain(adopted.title);
      expect(chain).toMatch(new RegExp(`mål: ${adopted.title}(?!,)`));
      const body = JSON.parse(await read(who, apiDetail));
      expect(body.goalContributions).toEqual([
        { goalId: adopted.id, title: adopted.title, weight: 0.5 },
      ]);
    });
  }

  // The department plan lists the department's own goals, the roadmap offers goals to filter by:
  // the same rule holds there.
  it('keeps goals under a draft out of the department plan and the roadmap for visitors and residents', async () => {
    const lists = [`${web}/departments/${departmentId}`, `${web}/roadmap`, `${api}/roadmap`];
    const leaks: string[] = [];
    for (const who of [null, 'resident@katrineholm.example']) {
      for (const path of lists) {
        const text = await read(who, path);
        for (const hidden of [draft, underDraft]) {
          if (text.includes(hidden.title)) leaks.push(`${who} ${path}: ${hidden.title}`);
          if (text.includes(hidden.id)) leaks.push(`${who} ${path}: id of ${hidden.title}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    for (const path of lists.slice(0, 2)) {
      expect(await read('staff@katrineholm.example', path), path).toContain(underDraft.title);
    }
  });

  it('shows the municipality’s staff every goal the initiative contributes to', async () => {
    const staff = 'staff@katrineholm.example';
    const { page, benefits, apiDetail } = addresses();
    for (const path of [page, benefits]) {
      const text = await read(staff, path);
      for (const goal of [adopted, draft, underDraft]) expect(text, path).toContain(goal.title);
    }
    const body = JSON.parse(await read(staff, apiDetail));
    expect(body.goalContributions.map((g: { goalId: string }) => g.goalId).sort()).toEqual(
      [adopted.id, draft.id, underDraft.id].sort(),
    );
  });
});
