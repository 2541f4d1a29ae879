import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageQueriesNotRefused } from '../../../testing/paging-edges.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { clean, insertTestDepartment, personWith } from './strategy.fixtures.ts';
import { goals } from './strategy.schema.ts';

// Stockholm has no demo content: 27 adopted strategic goals of its own, a department goal under the
// first and under the last, one draft that visitors never see, and a goal in a neighbouring
// municipality that must never show. 27 top-level goals = a full page of 25 and a page of 2.
let t: TestApp;
let admin: TestClient;
const other = 'SE-0484';
const base = `/sv/municipalities/${clean}/goals`;
const api = `/api/v1/municipalities/${clean}/goals`;
const top = Array.from({ length: 27 }, (_, i) => `Mål ${String(i + 1).padStart(2, '0')}`);
const under = { first: 'Verksamhetsmål under mål 01', last: 'Verksamhetsmål under mål 27' };

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const db = t.database.db;
  const dept = await insertTestDepartment(db, clean, 'Äldreförvaltningen');
  const ids: string[] = [];
  for (const [position, title] of top.entries()) {
    const [row] = await db
      .insert(goals)
      .values({ municipalityId: clean, title, position, status: 'adopted' })
      .returning({ id: goals.id });
    ids.push(row?.id ?? '');
  }
  for (const [parentId, title] of [
    [ids[0], under.first],
    [ids.at(-1), under.last],
  ] as const)
    await db.insert(goals).values({
      municipalityId: clean,
      parentId,
      departmentId: dept.id,
      title,
      status: 'adopted',
    });
  await db
    .insert(goals)
    .values({ municipalityId: clean, title: 'Mål 28 utkast', position: 100, status: 'draft' });
  await db
    .insert(goals)
    .values({ municipalityId: other, title: 'Mål 00 i Eskilstuna', status: 'adopted' });
  admin = await personWith(t, 'admin@goals-paging.test', 'admin');
});
afterAll(async () => {
  await t?.close();
});

/** The goal titles a page lists, top-level goals and their sub-goals, in order. */
async function pageTitles(path: string, client: TestClient = t.client()) {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  const tree = html.slice(html.indexOf('id="goal-tree"'), html.indexOf('class="ds-pagination"'));
  const rows = [
    ...tree.matchAll(/<a class="ds-link" href="[^"]+\/goals\/[0-9a-f-]{36}"[^>]*>([^<]+)<\/a>/g),
  ];
  return { titles: rows.map((r) => r[1]), html };
}

describe('the goals page in pages', () => {
  it('shows 25 top-level goals a page, each with its sub-goals, every goal on one page', async () => {
    const [first, second] = await Promise.all([1, 2].map((p) => pageTitles(`${base}?page=${p}`)));
    expect(first?.titles).toEqual([top[0], under.first, ...top.slice(1, 25)]);
    expect(second?.titles).toEqual([top[25], top[26], under.last]);
    expect((await pageTitles(base)).titles).toEqual(first?.titles);
  });

  it('shows the nearest page for one that does not exist', async () => {
    const first = (await pageTitles(`${base}?page=1`)).titles;
    const last = (await pageTitles(`${base}?page=2`)).titles;
    for (const asked of ['0', '-1', 'abc', '1.5', '<script>', ''])
      expect((await pageTitles(`${base}?page=${encodeURIComponent(asked)}`)).titles, asked).toEqual(
        first,
      );
    for (const asked of ['1000000000', '9'.repeat(400)])
      expect((await pageTitles(`${base}?page=${asked}`)).titles, asked).toEqual(last);
  });

  it('links the pages and marks the current one', async () => {
    const { html } = await pageTitles(`${base}?page=2`);
    const nav = html.slice(html.indexOf('<nav class="ds-pagination"'));
    expect(nav).toContain(`href="${base}"`);
    expect(nav).toMatch(/href="[^"]*page=2" aria-current="true"/);
    expect(html).toContain('Sida 2 av 2.');
  });

  it('offers every strategic goal as a parent, not only those of the page shown', async () => {
    const { html } = await pageTitles(`${base}?page=2`, admin);
    const form = html.slice(html.indexOf('name="parentId"'));
    for (const title of top) expect(form).toContain(`>${title}</option>`);
  });

  it('shows visitors adopted goals only, its admins the drafts too, and never another municipality’s', async () => {
    const visitor = (await Promise.all([1, 2].map((p) => pageTitles(`${base}?page=${p}`)))).flatMap(
      (p) => p.titles,
    );
    expect(visitor).toHaveLength(top.length + 2);
    expect(visitor).not.toContain('Mål 28 utkast');
    const seen = (await pageTitles(`${base}?page=2`, admin)).titles;
    expect(seen.at(-1)).toBe('Mål 28 utkast');
    expect([...visitor, ...seen].some((title) => title?.includes('Eskilstuna'))).toBe(false);
  });
});

describe('the goals API in pages', () => {
  type Body = { total: number; items: { title: string; children: { title: string }[] }[] };
  const get = async (query: string, path = api) => {
    const response = await t.app.request(`${path}${query}`);
    return { status: response.status, body: (await response.json()) as Body };
  };

  it('gives one page of top-level goals with their children, and the total of all', async () => {
    const first = await get('?pageSize=10');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(top.length);
    expect(first.body.items.map((g) => g.title)).toEqual(top.slice(0, 10));
    expect(first.body.items[0]?.children.map((g) => g.title)).toEqual([under.first]);
    const third = await get('?pageSize=10&page=3');
    expect(third.body.items.map((g) => g.title)).toEqual(top.slice(20));
    expect(third.body.items.at(-1)?.children.map((g) => g.title)).toEqual([under.last]);
    const past = await get('?page=4&pageSize=10');
    expect(past.body.total).toBe(top.length);
    expect(past.body.items).toEqual([]);
    // Without paging, 100 at most: all of them.
    expect((await get('')).body.items).toHaveLength(top.length);
  });

  it('refuses a page or page size out of range with a problem document', async () => {
    expect(await pageQueriesNotRefused((q) => t.app.request(`${api}${q}`))).toEqual([]);
  });

  it('gives another municipality’s goals only under its own id', async () => {
    const theirs = await get('', `/api/v1/municipalities/${other}/goals`);
    expect(theirs.body).toMatchObject({ total: 1, items: [{ title: 'Mål 00 i Eskilstuna' }] });
    const ours = (await get('')).body.items.flatMap((g) => [g, ...g.children]);
    expect(ours.some((g) => g.title.includes('Eskilstuna'))).toBe(false);
  });
});
