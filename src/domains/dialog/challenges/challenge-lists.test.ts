import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { type ChallengeListFilter, listChallenges } from './challenge-lists.queries.ts';
import { challenges } from './challenges.schema.ts';

// Challenges of Swedish and Norwegian municipalities in every state, written straight to the
// table; what each list should hold is worked out from this array.
type Fixture = {
  key: string;
  municipalityId: string;
  title: string;
  problem: string;
  state: 'open' | 'shortlisting' | 'done';
};
const botkyrka = 'SE-0127';
const katrineholm = 'SE-0483';
const asker = 'NO-3203';
const fixtures: Fixture[] = [
  [
    'se-care',
    botkyrka,
    'Ensamhet bland äldre i hemtjänst',
    'Många äldre med hemtjänst träffar ingen annan.',
    'open',
  ],
  ['se-school', botkyrka, 'Skolvägen', 'Barnen har ingen trygg väg till skolan.', 'shortlisting'],
  ['se-water', katrineholm, 'Översvämningar i centrum', 'Regnet rinner in i källarna.', 'done'],
  ['no-school', asker, 'Trygg vei til skolen', 'Elevene går langs en vei uten fortau.', 'open'],
  [
    'no-youth',
    asker,
    'Møteplasser for ungdom',
    'Ungdommene har ingen steder å være om kvelden.',
    'done',
  ],
].map(([key, municipalityId, title, problem, state]) => ({
  key,
  municipalityId,
  title,
  problem,
  state,
})) as Fixture[];

let t: TestApp;
const idOf = new Map<string, string>();
const keyOf = new Map<string, string>();
const countyOf = new Map<string, string>();
beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const { db } = t.database;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const departmentOf = new Map<string, string>();
  for (const m of [botkyrka, katrineholm, asker]) {
    departmentOf.set(m, (await insertTestDepartment(db, m)).id);
  }
  const rows = await t.announced(() =>
    db
      .insert(challenges)
      .values(
        fixtures.map((f, i) => ({
          municipalityId: f.municipalityId,
          departmentId: departmentOf.get(f.municipalityId) ?? '',
          title: f.title,
          problem: f.problem,
          affected: 'De som bor här',
          state: f.state,
          startsOn: '2026-02-01',
          endsOn: '2026-04-30',
          createdAt: new Date(start + i * 3_600_000),
        })),
      )
      .returning({ id: challenges.id, title: challenges.title }),
  );
  for (const f of fixtures) {
    const id = rows.find((r) => r.title === f.title)?.id ?? '';
    idOf.set(f.key, id);
    keyOf.set(id, f.key);
  }
  const places = await db
    .select({ id: municipalities.id, countyId: municipalities.countyId })
    .from(municipalities)
    .where(inArray(municipalities.id, [botkyrka, katrineholm, asker]));
  for (const p of places) countyOf.set(p.id, p.countyId);
});
afterAll(async () => {
  await t?.close();
});

const expected = (keep: (f: Fixture) => boolean) =>
  fixtures
    .filter(keep)
    .map((f) => f.key)
    .reverse();

async function listed(filter: ChallengeListFilter) {
  const list = await listChallenges(t.database.db, filter, { offset: 0, limit: 100 });
  expect(list.total).toBe(list.items.length);
  return list.items.map((c) => keyOf.get(c.id));
}

describe('lists of challenges', () => {
  it('narrow by municipality, state, country and county', async () => {
    expect(await listed({})).toEqual(expected(() => true));
    expect(await listed({ municipalityId: botkyrka })).toEqual(
      expected((f) => f.municipalityId === botkyrka),
    );
    for (const state of ['open', 'shortlisting', 'done'] as const) {
      expect(await listed({ state })).toEqual(expected((f) => f.state === state));
    }
    expect(await listed({ country: 'NO' })).toEqual(
      expected((f) => f.municipalityId.startsWith('NO')),
    );
    const county = countyOf.get(katrineholm) ?? '';
    expect(await listed({ countyId: county })).toEqual(
      expected((f) => countyOf.get(f.municipalityId) === county),
    );
  });

  it('find word forms in each municipality’s language, and nothing unrelated', async () => {
    // "hemtjänsten" and "skolan" are Swedish forms of "hemtjänst" and "skola"/"skolvägen".
    expect(await listed({ text: 'hemtjänsten' })).toEqual(['se-care']);
    expect(await listed({ text: 'översvämning' })).toEqual(['se-water']);
    // "ungdommer" and "skole" are Norwegian forms of "ungdom" and "skolen".
    expect(await listed({ text: 'ungdommer' })).toEqual(['no-youth']);
    expect(await listed({ text: 'skole', country: 'NO' })).toEqual(['no-school']);
    expect(await listed({ text: 'brandstation' })).toEqual([]);
  });

  it('show the network’s page with each municipality named, and the API without participants', async () => {
    const page = await t.client().get('/nb/challenges?country=NO');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`/nb/municipalities/${asker}/challenges/${idOf.get('no-school')}`);
    expect(html).not.toContain(idOf.get('se-care'));
    expect(html).toContain('I Asker');

    const api = await t.client().get('/api/v1/challenges?state=open&pageSize=1');
    const body = (await api.json()) as { total: number; items: Record<string, unknown>[] };
    expect(body.total).toBe(expected((f) => f.state === 'open').length);
    expect(body.items.map((c) => keyOf.get(c.id as string))).toEqual(
      expected((f) => f.state === 'open').slice(0, 1),
    );
    expect(Object.keys(body.items[0] ?? {})).not.toContain('ownerId');
    expect(JSON.stringify(body)).not.toContain('@');

    const one = await t
      .client()
      .get(`/api/v1/municipalities/${asker}/challenges/${idOf.get('no-youth')}`);
    expect(((await one.json()) as { title: string }).title).toBe('Møteplasser for ungdom');
    // Another municipality's challenge is not found under this one.
    const foreign = await t
      .client()
      .get(`/api/v1/municipalities/${botkyrka}/challenges/${idOf.get('no-youth')}`);
    expect(foreign.status).toBe(404);
    const local = await t.client().get(`/api/v1/municipalities/${botkyrka}/challenges?q=skolan`);
    expect(
      ((await local.json()) as { items: { id: string }[] }).items.map((c) => keyOf.get(c.id)),
    ).toEqual(['se-school']);
  });

  it('answer a hostile query string with an ordinary page', async () => {
    for (const value of [
      '<script>alert(1)</script>',
      "'; drop table challenges; --",
      'x'.repeat(2_000),
    ]) {
      const query = new URLSearchParams({ q: value, state: value, county: value });
      for (const path of [
        `/sv/challenges?${query}`,
        `/sv/municipalities/${botkyrka}/challenges?${query}`,
      ]) {
        const res = await t.client().get(path);
        expect(res.status, path).toBe(200);
        expect(await res.text()).not.toContain('<script>alert(1)');
      }
    }
  });
});
