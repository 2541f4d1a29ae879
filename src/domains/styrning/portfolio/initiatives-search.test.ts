import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { ALL_STAGES } from '../steering/stages.ts';

// A department of its own in Katrineholm holds the fixtures, so a filter by it shows exactly them.
let t: TestApp;
const m = 'SE-0483';
const base = `/sv/municipalities/${m}/initiatives`;
let dept = '';

type Fixture = {
  title: string;
  stage: (typeof ALL_STAGES)[number];
  isPublic: boolean;
  updatedAt: Date;
  costs: Record<number, { investment?: number; running?: number }>;
  problem?: string;
};

// Titles with å, ä and ö: Swedish puts them after z, in that order.
const fixtures: Fixture[] = [
  {
    title: 'Ärendeflöde för bygglov',
    stage: 'pilot',
    isPublic: true,
    updatedAt: new Date('2026-03-01T10:00:00Z'),
    costs: { 2026: { investment: 400_000, running: 50_000 } },
  },
  {
    title: 'Åtgärdsportal för fastigheter',
    stage: 'idea',
    isPublic: true,
    updatedAt: new Date('2026-06-01T10:00:00Z'),
    costs: { 2026: { investment: 100_000 }, 2027: { running: 30_000 } },
    problem: 'Felanmälningar om fastigheter och gatlyktor kommer på papper.',
  },
  {
    title: 'Zonindelning av parkering',
    stage: 'operation',
    isPublic: true,
    updatedAt: new Date('2025-12-01T10:00:00Z'),
    costs: {},
  },
  {
    title: 'Bokningssystem för lokaler',
    stage: 'stopped',
    isPublic: true,
    updatedAt: new Date('2026-09-01T10:00:00Z'),
    costs: { 2026: { investment: 900_000 }, 2027: { running: 120_000 } },
  },
  {
    title: 'Gatlyktor som larmar',
    stage: 'assessed',
    isPublic: false,
    updatedAt: new Date('2026-01-15T10:00:00Z'),
    costs: { 2027: { investment: 250_000, running: 10_000 } },
    problem: 'Trasiga gatlyktor upptäcks sent.',
  },
];

beforeAll(async () => {
  t = await createTestApp();
  dept = (await insertTestDepartment(t.database.db, m, 'Sorteringsförvaltningen')).id;
  for (const f of fixtures) {
    await insertTestInitiative(t.database.db, {
      municipalityId: m,
      departmentId: dept,
      title: f.title,
      stage: f.stage,
      isPublic: f.isPublic,
      problem: f.problem ?? '',
      updatedAt: f.updatedAt,
      costs: f.costs,
    });
  }
});
afterAll(async () => {
  await t?.close();
});

/** Titles of the table's rows, in order. */
function titlesIn(html: string): string[] {
  const body = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  return [
    ...body.matchAll(/<a class="ds-link" href="[^"]*\/initiatives\/[^"]+">([^<]*)<\/a>/g),
  ].map((x) => x[1] ?? '');
}

const total = (f: Fixture) =>
  Object.values(f.costs).reduce((sum, c) => sum + (c.investment ?? 0) + (c.running ?? 0), 0);
const byTitle = (a: Fixture, b: Fixture) => a.title.localeCompare(b.title, 'sv-SE');
const expected: Record<string, (a: Fixture, b: Fixture) => number> = {
  title: byTitle,
  stage: (a, b) => ALL_STAGES.indexOf(a.stage) - ALL_STAGES.indexOf(b.stage) || byTitle(a, b),
  updated: (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byTitle(a, b),
  cost: (a, b) => total(b) - total(a) || byTitle(a, b),
};
const ariaSortOf: Record<string, [string, string]> = {
  title: ['Titel', 'ascending'],
  stage: ['Skede', 'ascending'],
  updated: ['Senast ändrad', 'descending'],
  cost: ['Total kostnad', 'descending'],
};

describe('the initiatives list, sorted', () => {
  it.each(Object.keys(expected))(
    'orders by %s and marks that column with aria-sort',
    async (sort) => {
      const staff = await t.signedIn('staff@katrineholm.example');
      const html = await (await staff.get(`${base}?department=${dept}&sort=${sort}`)).text();
      const order = [...fixtures].sort(expected[sort]).map((f) => f.title);
      expect(titlesIn(html)).toEqual(order);
      const [label, direction] = ariaSortOf[sort] ?? ['', ''];
      expect(html).toContain(`<th scope="col" aria-sort="${direction}">${label}</th>`);
      expect(html.match(/aria-sort=/g)).toHaveLength(1);
      expect(html).toMatch(new RegExp(`<option value="${sort}" selected="">`));
    },
  );

  it('orders by title when no order or an unknown one is asked for', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    const order = [...fixtures].sort(byTitle).map((f) => f.title);
    for (const sort of ['', 'bogus', '%3Cscript%3E']) {
      const response = await staff.get(`${base}?department=${dept}&sort=${sort}`);
      expect(response.status).toBe(200);
      expect(titlesIn(await response.text())).toEqual(order);
    }
  });
});

describe('the initiatives list, searched', () => {
  it('finds by title and problem, combined with the other filters, best match first', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    const html = await (await staff.get(`${base}?department=${dept}&q=gatlykta`)).text();
    // "Gatlyktor" in a title ranks before "gatlyktor" in a problem only.
    expect(titlesIn(html)).toEqual(['Gatlyktor som larmar', 'Åtgärdsportal för fastigheter']);
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="gatlykta"/);
    expect(html).toMatch(/<option value="" selected="">Bäst träff<\/option>/);
    const staged = await (
      await staff.get(`${base}?department=${dept}&q=gatlykta&stage=idea`)
    ).text();
    expect(titlesIn(staged)).toEqual(['Åtgärdsportal för fastigheter']);
    const sorted = await (
      await staff.get(`${base}?department=${dept}&q=gatlykta&sort=cost`)
    ).text();
    const byCost = fixtures
      .filter((f) => f.title.includes('Gatlyktor') || f.problem?.includes('gatlyktor'))
      .sort(expected.cost)
      .map((f) => f.title);
    expect(titlesIn(sorted)).toEqual(byCost);
  });

  it('never shows a staff-only initiative to visitors, residents or another municipality’s staff', async () => {
    for (const email of [null, 'resident@katrineholm.example', 'staff@asker.example']) {
      const html = await (await (await t.signedIn(email)).get(`${base}?q=gatlyktor`)).text();
      expect(titlesIn(html), String(email)).not.toContain('Gatlyktor som larmar');
      expect(titlesIn(html), String(email)).toContain('Åtgärdsportal för fastigheter');
    }
  });

  it('keeps hostile words harmless', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    for (const q of [
      '<script>alert(1)</script>',
      "'; DROP TABLE initiatives; --",
      'x'.repeat(5000),
    ]) {
      const response = await staff.get(`${base}?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toContain('<script>alert');
    }
  });
});

describe('the initiatives API with q and sort', () => {
  const api = `/api/v1/municipalities/${m}/initiatives`;

  it('searches and sorts like the page', async () => {
    const response = await t.app.request(`${api}?department=${dept}&q=gatlyktor&sort=title`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { title: string }[] };
    // Visitors: the public one only.
    expect(body.items.map((i) => i.title)).toEqual(['Åtgärdsportal för fastigheter']);
    const all = (await (await t.app.request(`${api}?department=${dept}&sort=cost`)).json()) as {
      items: { title: string }[];
    };
    const publicByCost = fixtures
      .filter((f) => f.isPublic)
      .sort(expected.cost)
      .map((f) => f.title);
    expect(all.items.map((i) => i.title)).toEqual(publicByCost);
  });

  it('refuses an unknown order and too long search words with 400', async () => {
    for (const query of ['sort=bogus', `q=${'x'.repeat(201)}`]) {
      const response = await t.app.request(`${api}?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const csv = await t.app.request(`${api}.csv?department=${dept}&q=gatlyktor`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Åtgärdsportal för fastigheter');
  });

  it('documents q and sort in the OpenAPI description', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    const names = doc.paths['/municipalities/{id}/initiatives']?.get?.parameters?.map(
      (p) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['q', 'sort', 'stage', 'department']));
  });
});
