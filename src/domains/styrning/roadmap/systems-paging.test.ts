import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageQueriesNotRefused } from '../../../testing/paging-edges.ts';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { capabilities, departmentSystems, systems } from '../portfolio/portfolio.schema.ts';
import { clean, personWith } from '../strategy/strategy.fixtures.ts';

// Stockholm has no demo content: 27 systems of its own (a page of 25 and a page of 2), the first
// used by one department and providing one capability, and one of Katrineholm's that must never
// show. Systems are listed by name.
let t: TestApp;
let staff: TestClient;
const m = clean;
const page = `/sv/municipalities/${m}/systems`;
const api = `/api/v1/municipalities/${m}/systems`;
const names = Array.from({ length: 27 }, (_, i) => `System ${String(i + 1).padStart(2, '0')}`);
let departmentId = '';
let capabilityId = '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const before = await db.select().from(systems).where(eq(systems.municipalityId, m));
  if (before.length > 0) throw new Error('Stockholm was expected to start without systems');
  departmentId = (await insertTestDepartment(db, m, 'Systemavdelning')).id;
  const [capability] = await db
    .insert(capabilities)
    .values({ municipalityId: m, name: 'Ärendehantering' })
    .returning();
  capabilityId = capability?.id ?? '';
  // Inserted in reverse, so the order shown is the names' and not the insertion's.
  for (const name of names.toReversed()) {
    const [row] = await db
      .insert(systems)
      .values({
        municipalityId: m,
        name,
        vendor: 'Leverantör AB',
        capabilityId: name === 'System 01' ? capabilityId : null,
      })
      .returning();
    if (name === 'System 01' && row)
      await db.insert(departmentSystems).values({ departmentId, systemId: row.id });
  }
  await db
    .insert(systems)
    .values({ municipalityId: 'SE-0483', name: 'System 00 i Katrineholm', vendor: '' });
  staff = await personWith(t, 'staff@system.example', 'staff');
});
afterAll(async () => {
  await t?.close();
});

/** The system names of the table after `heading` on a page, in order, and the page itself. */
async function rowsOf(query: string, heading: 'usage-heading' | 'catalogue-heading') {
  const response = await staff.get(`${page}${query}`);
  expect(response.status, query).toBe(200);
  const html = await response.text();
  const start = html.indexOf(`id="${heading}"`);
  const table = html.slice(start, html.indexOf('</table>', start));
  const rows = [...table.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th>/g)].map((r) => r[1]);
  return { rows, html };
}

describe('the systems page in pages', () => {
  it('lists 25 systems a page in the usage table and the catalogue, by name', async () => {
    for (const heading of ['usage-heading', 'catalogue-heading'] as const) {
      expect((await rowsOf('', heading)).rows, heading).toEqual(names.slice(0, 25));
      expect((await rowsOf('?page=2', heading)).rows, heading).toEqual(names.slice(25));
    }
  });

  it('links each list’s pages to its place on the page, in bars of their own', async () => {
    const { html } = await rowsOf('?page=2', 'usage-heading');
    expect(html).toContain(`href="${page}#usage"`);
    expect(html).toContain(`href="${page}#catalogue"`);
    expect(html).toContain('aria-label="Sidor i tabellen över användning"');
    expect(html).toContain('aria-label="Sidor i systemlistan"');
    expect(html).toContain('(sida 2 av 2)');
  });

  it('brings a manager who marks a system on the second page back to it', async () => {
    const manager = await personWith(t, 'manager@system.example', 'manager', m, departmentId);
    const html = await (await manager.get(`${page}?page=2`)).text();
    expect(html).toContain('name="page" value="2"');
    const [last] = await t.database.db
      .select({ id: systems.id })
      .from(systems)
      .where(eq(systems.name, 'System 27'));
    const marked = await manager.postForm(`/sv/municipalities/${m}/system-usage`, {
      departmentId,
      systemId: last?.id ?? '',
      use: 'yes',
      page: '2',
    });
    expect(marked.status).toBe(303);
    expect(marked.headers.get('location')).toBe(`${page}?page=2&done=systemsUsageSaved`);
    // Marked back, so the rows of the other tests stay as they were.
    await manager.postForm(`/sv/municipalities/${m}/system-usage`, {
      departmentId,
      systemId: last?.id ?? '',
      use: 'no',
    });
  });

  it('shows the nearest page for one that does not exist', async () => {
    for (const asked of ['0', '-1', 'abc', ''])
      expect((await rowsOf(`?page=${asked}`, 'catalogue-heading')).rows, asked).toEqual(
        names.slice(0, 25),
      );
    for (const asked of ['1000000000', '9'.repeat(400)])
      expect((await rowsOf(`?page=${asked}`, 'catalogue-heading')).rows).toEqual(names.slice(25));
  });

  it('is for the municipality’s staff and up, and never lists another municipality’s', async () => {
    const visitor = await t.client().get(`${page}?page=2`);
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/login');
    const neighbour = await t.signedIn('staff@katrineholm.example');
    expect((await neighbour.get(`${page}?page=2`)).status).toBe(403);
    const { html } = await rowsOf('?page=1', 'catalogue-heading');
    expect(html).not.toContain('Katrineholm');
  });
});

describe('the systems API in pages', () => {
  type Item = {
    name: string;
    vendor: string;
    capability: { id: string; name: string } | null;
    departments: { id: string; name: string }[];
  };
  const get = async (query: string, client = staff) => {
    const response = await client.get(`${api}${query}`);
    return {
      status: response.status,
      body: (await response.json()) as { total: number; items: Item[] },
    };
  };

  it('gives one page and the total of all, each system with its capability and users', async () => {
    const first = await get('?pageSize=10');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(27);
    expect(first.body.items.map((i) => i.name)).toEqual(names.slice(0, 10));
    expect(first.body.items[0]).toEqual({
      id: expect.any(String),
      name: 'System 01',
      vendor: 'Leverantör AB',
      capability: { id: capabilityId, name: 'Ärendehantering' },
      departments: [{ id: departmentId, name: 'Systemavdelning' }],
    });
    expect(first.body.items[1]).toMatchObject({ capability: null, departments: [] });
    const third = await get('?pageSize=10&page=3');
    expect(third.body.items.map((i) => i.name)).toEqual(names.slice(20));
    expect((await get('?pageSize=10&page=4')).body).toEqual({ total: 27, items: [] });
    expect((await get('')).body.items.map((i) => i.name)).toEqual(names);
  });

  it('is for the municipality’s staff and up only', async () => {
    const visitor = await t.client().get(api);
    expect(visitor.status).toBe(401);
    expect(visitor.headers.get('content-type')).toContain('application/problem+json');
    const neighbour = await t.signedIn('staff@katrineholm.example');
    expect((await neighbour.get(api)).status).toBe(403);
    // Stockholm's staff get nothing of Katrineholm's, and Katrineholm's own is not among theirs.
    expect((await staff.get('/api/v1/municipalities/SE-0483/systems')).status).toBe(403);
    const own = await get('?pageSize=100');
    expect(own.body.items.some((i) => i.name.includes('Katrineholm'))).toBe(false);
    expect((await staff.get('/api/v1/municipalities/SE-9999/systems')).status).toBe(404);
  });

  it('refuses a page or page size out of range with a problem document', async () => {
    expect(await pageQueriesNotRefused((q) => staff.get(`${api}${q}`))).toEqual([]);
  });
});
