import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageQueriesNotRefused } from '../../../testing/paging-edges.ts';
import {
  insertTestBenefit,
  insertTestDepartment,
  insertTestInitiative,
} from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { initiatives } from '../portfolio/portfolio.schema.ts';
import { clean, personWith } from '../strategy/strategy.fixtures.ts';
import { benefitMeasurements, benefits } from './benefits.schema.ts';

// Stockholm has no demo content: a public initiative with 30 benefits (a page of 25 and a page of
// 5), an internal one with 2, and one of Katrineholm's that must never show. The first benefit has
// 27 measurements, one a day: the 25 newest on the first page, the 2 oldest on the second.
let t: TestApp;
let staff: TestClient;
const m = clean;
const api = `/api/v1/municipalities/${m}/benefits`;
let page = '';
let measuredPage = '';
let hiddenPage = '';
const pad = (n: number) => String(n).padStart(2, '0');
const descriptions = Array.from({ length: 30 }, (_, i) => `Nytta ${pad(i + 1)}`);
const notes = Array.from({ length: 27 }, (_, i) => `Mätning ${pad(i + 1)}`);
const createdAt = (n: number) => new Date(Date.UTC(2026, 0, 1, 8, 0, n));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const before = await db
    .select()
    .from(benefits)
    .innerJoin(initiatives, eq(initiatives.id, benefits.initiativeId))
    .where(eq(initiatives.municipalityId, m));
  if (before.length > 0) throw new Error('Stockholm was expected to start without benefits');
  const dept = (await insertTestDepartment(db, m, 'Nyttoavdelning')).id;
  const open = await insertTestInitiative(db, {
    municipalityId: m,
    departmentId: dept,
    title: 'Nyttorik satsning',
    isPublic: true,
  });
  const ids: string[] = [];
  for (const [n, description] of descriptions.entries())
    ids.push(
      (await insertTestBenefit(db, { initiativeId: open.id, description, createdAt: createdAt(n) }))
        .id,
    );
  for (const [n, note] of notes.entries())
    await db.insert(benefitMeasurements).values({
      benefitId: ids[0] ?? '',
      value: n + 1,
      measuredOn: `2026-02-${pad(n + 1)}`,
      note,
    });
  const hidden = await insertTestInitiative(db, {
    municipalityId: m,
    departmentId: dept,
    title: 'Intern satsning',
    isPublic: false,
  });
  for (const n of [1, 2])
    await insertTestBenefit(db, {
      initiativeId: hidden.id,
      description: `Intern nytta ${n}`,
      createdAt: createdAt(n),
    });
  const other = await insertTestDepartment(db, 'SE-0483', 'Nyttoavdelning');
  const foreign = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: other.id,
    title: 'Katrineholms satsning',
    isPublic: true,
  });
  await insertTestBenefit(db, { initiativeId: foreign.id, description: 'Nytta 00 i Katrineholm' });
  page = `/sv/municipalities/${m}/initiatives/${open.id}/benefits`;
  hiddenPage = `/sv/municipalities/${m}/initiatives/${hidden.id}/benefits`;
  measuredPage = `${page}/${ids[0]}`;
  staff = await personWith(t, 'staff@nyttor.example', 'staff');
});
afterAll(async () => {
  await t?.close();
});

/** The text of the cells matching `cell` in the table after `heading`, in order. */
async function rowsOf(path: string, heading: string, cell: RegExp) {
  const response = await t.client().get(path);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  const start = html.indexOf(`id="${heading}"`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return { rows: [...table.matchAll(cell)].map((r) => r[1]), html };
}
const benefitsOn = (query: string) =>
  rowsOf(`${page}${query}`, 'list-heading', /\/benefits\/[0-9a-f-]{36}"[^>]*>([^<]+)<\/a>/g);
const measurementsOn = (query: string) =>
  rowsOf(`${measuredPage}${query}`, 'measurements-heading', /<td[^>]*>(Mätning \d+)<\/td>/g);

describe('an initiative’s benefits page in pages', () => {
  it('lists 25 benefits a page, each on exactly one page, oldest first', async () => {
    const first = await benefitsOn('');
    const second = await benefitsOn('?page=2');
    expect(first.rows).toEqual(descriptions.slice(0, 25));
    expect(second.rows).toEqual(descriptions.slice(25));
    expect(first.html).toContain('(sida 1 av 2)');
    const nav = first.html.slice(first.html.indexOf('<nav class="ds-pagination"'));
    expect(nav).toContain(`href="${page}?page=2"`);
    expect(nav).toMatch(/href="[^"]*\/benefits" aria-current="true"/);
  });

  it('shows the nearest page for one that does not exist', async () => {
    for (const asked of ['0', '-1', 'abc', '1.5', ''])
      expect((await benefitsOn(`?page=${encodeURIComponent(asked)}`)).rows, asked).toEqual(
        descriptions.slice(0, 25),
      );
    for (const asked of ['1000000000', '9'.repeat(400)])
      expect((await benefitsOn(`?page=${asked}`)).rows).toEqual(descriptions.slice(25));
  });

  it('shows an internal initiative’s benefits to the municipality’s people only', async () => {
    const visitor = await t.client().get(`${hiddenPage}?page=2`);
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/login');
    const html = await (await staff.get(`${hiddenPage}?page=2`)).text();
    expect(html).toContain('Intern nytta 2');
  });
});

describe('a benefit’s measurements in pages', () => {
  it('lists 25 measurements a page, newest first', async () => {
    const newestFirst = notes.toReversed();
    const first = await measurementsOn('');
    expect(first.rows).toEqual(newestFirst.slice(0, 25));
    expect((await measurementsOn('?page=2')).rows).toEqual(newestFirst.slice(25));
    expect(first.html).toContain(`href="${measuredPage}?page=2"`);
    // The realisation still reads every measurement: the latest is the 27th, of 27 February.
    expect(first.html).toMatch(/id="realisation-result">[^<]*27/);
  });

  it('shows the nearest page for one that does not exist', async () => {
    const newestFirst = notes.toReversed();
    for (const asked of ['0', '-1', 'abc'])
      expect((await measurementsOn(`?page=${asked}`)).rows, asked).toEqual(
        newestFirst.slice(0, 25),
      );
    expect((await measurementsOn('?page=1000000000')).rows).toEqual(newestFirst.slice(25));
  });
});

describe('the benefits API in pages', () => {
  type Body = { total: number; items: { description: string; initiative: { title: string } }[] };
  const get = async (query: string, client: TestClient = t.client()) => {
    const response = await client.get(`${api}${query}`);
    return { status: response.status, body: (await response.json()) as Body };
  };
  const described = (body: Body) => body.items.map((i) => i.description);

  it('gives visitors one page of the public benefits and the total of all', async () => {
    const first = await get('?pageSize=20');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(30);
    expect(described(first.body)).toEqual(descriptions.slice(0, 20));
    expect(described((await get('?pageSize=20&page=2')).body)).toEqual(descriptions.slice(20));
    expect((await get('?pageSize=20&page=3')).body).toEqual({ total: 30, items: [] });
    expect(described((await get('')).body)).toEqual(descriptions);
  });

  it('gives the municipality’s staff the internal ones too, by initiative title', async () => {
    const all = await get('', staff);
    expect(all.body.total).toBe(32);
    expect(described(all.body)).toEqual(['Intern nytta 1', 'Intern nytta 2', ...descriptions]);
  });

  it('never gives another municipality’s benefits', async () => {
    const own = await get('?pageSize=100', staff);
    expect(described(own.body).some((d) => d.includes('Katrineholm'))).toBe(false);
    // Katrineholm's list, every page of it, asked for by Stockholm's staff: theirs only.
    const theirs: Body['items'] = [];
    for (let n = 1; n === 1 || theirs.length % 100 === 0; n++) {
      const response = await staff.get(`/api/v1/municipalities/SE-0483/benefits?page=${n}`);
      const body = (await response.json()) as Body;
      theirs.push(...body.items);
      if (body.items.length === 0 || theirs.length === body.total) break;
    }
    const titles = new Set(theirs.map((i) => i.initiative.title));
    expect(titles.has('Katrineholms satsning')).toBe(true);
    expect(titles.has('Nyttorik satsning') || titles.has('Intern satsning')).toBe(false);
    expect((await t.client().get('/api/v1/municipalities/SE-9999/benefits')).status).toBe(404);
  });

  it('refuses a page or page size out of range with a problem document', async () => {
    expect(await pageQueriesNotRefused((q) => t.client().get(`${api}${q}`))).toEqual([]);
  });
});
