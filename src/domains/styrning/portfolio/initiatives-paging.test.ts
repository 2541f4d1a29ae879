import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageQueriesNotRefused } from '../../../testing/paging-edges.ts';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

// Katrineholm has no demo content: 53 public and 3 internal initiatives of its own, and one in a
// neighbouring municipality that must never show. 53 = two full pages of 25 and a page of 3.
let t: TestApp;
const m = 'SE-0483';
const base = `/sv/municipalities/${m}/initiatives`;
const api = `/api/v1/municipalities/${m}/initiatives`;
const titles = Array.from({ length: 53 }, (_, i) => `Satsning ${String(i + 1).padStart(2, '0')}`);

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const db = t.database.db;
  const dept = await insertTestDepartment(db, m);
  for (const title of titles)
    await insertTestInitiative(db, {
      municipalityId: m,
      departmentId: dept.id,
      title,
      isPublic: true,
    });
  for (const n of [1, 2, 3])
    await insertTestInitiative(db, {
      municipalityId: m,
      departmentId: dept.id,
      title: `Intern ${n}`,
      isPublic: false,
    });
  const other = await insertTestDepartment(db, 'SE-0484');
  await insertTestInitiative(db, {
    municipalityId: 'SE-0484',
    departmentId: other.id,
    title: 'Satsning 00 i Eskilstuna',
    isPublic: true,
  });
});
afterAll(async () => {
  await t?.close();
});

/** The initiative titles a page lists, in order. */
async function pageTitles(path: string) {
  const response = await t.client().get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  const rows = [
    ...html.matchAll(
      /<a class="ds-link" href="[^"]+\/initiatives\/[0-9a-f-]{36}"[^>]*>([^<]+)<\/a>/g,
    ),
  ];
  return { titles: rows.map((r) => r[1]), html };
}

describe('the initiatives list in pages', () => {
  it('shows 25 a page, each initiative on exactly one page, in order', async () => {
    const pages = await Promise.all([1, 2, 3].map((p) => pageTitles(`${base}?page=${p}`)));
    expect(pages.map((p) => p.titles.length)).toEqual([25, 25, 3]);
    expect(pages.flatMap((p) => p.titles)).toEqual(titles);
    expect((await pageTitles(base)).titles).toEqual(pages[0]?.titles);
  });

  it('shows the nearest page for one that does not exist', async () => {
    const first = (await pageTitles(`${base}?page=1`)).titles;
    const last = (await pageTitles(`${base}?page=3`)).titles;
    for (const asked of ['0', '-1', 'abc', '1.5', '<script>', ''])
      expect((await pageTitles(`${base}?page=${encodeURIComponent(asked)}`)).titles, asked).toEqual(
        first,
      );
    expect((await pageTitles(`${base}?page=1000000000`)).titles).toEqual(last);
  });

  it('links the pages with the filters kept, and marks the current one', async () => {
    const { html } = await pageTitles(`${base}?page=2&sort=updated`);
    const nav = html.slice(html.indexOf('<nav class="ds-pagination"'));
    expect(nav).toContain(`href="${base}?sort=updated"`);
    expect(nav).toContain(`href="${base}?sort=updated&amp;page=3"`);
    expect(nav).toMatch(/href="[^"]*page=2" aria-current="true"/);
    expect(html).toContain('(sida 2 av 3)');
    // One page needs no bar.
    const { html: filtered } = await pageTitles(`${base}?q=${encodeURIComponent('Satsning 07')}`);
    expect(filtered).not.toContain('ds-pagination');
  });

  it('shows visitors the public ones only, and never another municipality’s', async () => {
    const visitor = [1, 2, 3].map((p) => pageTitles(`${base}?page=${p}`));
    const all = (await Promise.all(visitor)).flatMap((p) => p.titles);
    expect(all).not.toContain('Intern 1');
    expect(all.some((title) => title?.includes('Eskilstuna'))).toBe(false);
  });
});

describe('the initiatives API in pages', () => {
  const get = async (query: string) => {
    const response = await t.app.request(`${api}${query}`);
    return {
      status: response.status,
      body: (await response.json()) as { total: number; items: { title: string }[] },
    };
  };

  it('gives one page and the total of all', async () => {
    const first = await get('?pageSize=20');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(53);
    expect(first.body.items.map((i) => i.title)).toEqual(titles.slice(0, 20));
    const third = await get('?pageSize=20&page=3');
    expect(third.body.items.map((i) => i.title)).toEqual(titles.slice(40));
    expect((await get('?page=4&pageSize=20')).body).toEqual({ total: 53, items: [] });
    // Without paging, 100 at most: all 53.
    expect((await get('')).body.items).toHaveLength(53);
  });

  it('refuses a page or page size out of range with a problem document', async () => {
    expect(await pageQueriesNotRefused((q) => t.app.request(`${api}${q}`))).toEqual([]);
  });
});
