import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { goals } from '../strategy/strategy.schema.ts';

// Katrineholm without demo content: 30 dated and 3 undated public initiatives in one department,
// 4 dated public ones in another, 2 internal ones, and a neighbour's initiative that never shows.
let t: TestApp;
const m = 'SE-0483';
const page = `/sv/municipalities/${m}/roadmap`;
const api = `/api/v1/municipalities/${m}/roadmap`;
type Fixture = { title: string; startYear?: number; endYear?: number; department: 'A' | 'B' };
const fixtures: Fixture[] = [
  ...Array.from({ length: 30 }, (_, i) => ({
    title: `Period A${String(i).padStart(2, '0')}`,
    startYear: 2024 + (i % 5),
    endYear: 2024 + (i % 5) + (i % 3),
    department: 'A' as const,
  })),
  ...[1, 2, 3].map((n) => ({ title: `Period utan datum ${n}`, department: 'A' as const })),
  ...[0, 1, 2, 3].map((n) => ({
    title: `Period B${n}`,
    startYear: 2030 + n,
    endYear: 2031 + n,
    department: 'B' as const,
  })),
];
const departmentIds: Record<string, string> = {};
let foreignDepartment = '';

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const db = t.database.db;
  departmentIds.A = (await insertTestDepartment(db, m, 'Avdelning A')).id;
  departmentIds.B = (await insertTestDepartment(db, m, 'Avdelning B')).id;
  for (const f of fixtures) {
    await insertTestInitiative(db, {
      municipalityId: m,
      departmentId: departmentIds[f.department] ?? '',
      title: f.title,
      isPublic: true,
      startsOn: f.startYear ? `${f.startYear}-02-01` : null,
      endsOn: f.endYear ? `${f.endYear}-11-30` : null,
    });
  }
  for (const n of [1, 2]) {
    await insertTestInitiative(db, {
      municipalityId: m,
      departmentId: departmentIds.A ?? '',
      title: `Period intern ${n}`,
      isPublic: false,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
  }
  foreignDepartment = (await insertTestDepartment(db, 'SE-0484', 'Grannens avdelning')).id;
  await insertTestInitiative(db, {
    municipalityId: 'SE-0484',
    departmentId: foreignDepartment,
    title: 'Period hos grannen',
    isPublic: true,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  });
});
afterAll(async () => {
  await t?.close();
});

/** The initiative titles a roadmap page lists in its tables (each once, as links). */
async function titlesOn(path: string) {
  const res = await t.client().get(path);
  const html = await res.text();
  const titles = [
    ...html.matchAll(
      /<a class="ds-link" href="[^"]+\/initiatives\/[0-9a-f-]{36}"[^>]*>([^<]+)<\/a>/g,
    ),
  ].map((r) => r[1] ?? '');
  return { status: res.status, html, titles };
}

const sorted = (titles: string[]) => [...titles].sort();
const under = (f: Fixture, from?: number, to?: number) =>
  f.startYear !== undefined &&
  f.endYear !== undefined &&
  (from === undefined || f.endYear >= from) &&
  (to === undefined || f.startYear <= to);

describe('the roadmap in pages', () => {
  it('shows 25 initiatives a page, each public one on exactly one page', async () => {
    const first = await titlesOn(page);
    const second = await titlesOn(`${page}?page=2`);
    expect([first.titles.length, second.titles.length]).toEqual([25, fixtures.length - 25]);
    expect(sorted([...first.titles, ...second.titles])).toEqual(
      sorted(fixtures.map((f) => f.title)),
    );
    expect(first.html).toContain(`(sida 1 av 2)`);
    expect(first.html).toContain(`href="${page}?page=2"`);
    const filtered = await titlesOn(`${page}?from=2024`);
    expect(filtered.html).toContain(`href="${page}?from=2024&amp;page=2"`);
  });

  it('shows the nearest page for a page that does not exist, never an error', async () => {
    const first = (await titlesOn(page)).titles;
    const last = (await titlesOn(`${page}?page=2`)).titles;
    for (const asked of ['0', '-1', 'abc', '', '1.5']) {
      const shown = await titlesOn(`${page}?page=${asked}`);
      expect([asked, shown.status, shown.titles]).toEqual([asked, 200, first]);
    }
    for (const asked of ['3', '1000000000', '9'.repeat(400)]) {
      const shown = await titlesOn(`${page}?page=${asked}`);
      expect([asked.slice(0, 12), shown.status, shown.titles]).toEqual([
        asked.slice(0, 12),
        200,
        last,
      ]);
    }
  });

  it('keeps one department, and refuses another municipality’s', async () => {
    const b = await titlesOn(`${page}?department=${departmentIds.B}`);
    expect(sorted(b.titles)).toEqual(
      sorted(fixtures.filter((f) => f.department === 'B').map((f) => f.title)),
    );
    const foreign = await titlesOn(`${page}?department=${foreignDepartment}`);
    expect(foreign.status).toBe(400);
    expect(foreign.html).toContain('Välj en av kommunens verksamheter.');
    expect(foreign.titles).toEqual([]);
  });

  it('keeps the initiatives under way in a period, leaving out those without dates', async () => {
    for (const [from, to] of [
      [2026, 2026],
      [2025, 2027],
      [2029, undefined],
      [undefined, 2024],
    ] as const) {
      const query = new URLSearchParams();
      if (from) query.set('from', String(from));
      if (to) query.set('to', String(to));
      const expected = fixtures.filter((f) => under(f, from, to)).map((f) => f.title);
      const shown: string[] = [];
      for (let p = 1; p <= Math.ceil(expected.length / 25); p++) {
        const res = await titlesOn(`${page}?${query}&page=${p}`);
        expect(res.status).toBe(200);
        shown.push(...res.titles);
      }
      expect([`${from}-${to}`, sorted(shown)]).toEqual([`${from}-${to}`, sorted(expected)]);
      expect(shown.some((s) => s.startsWith('Period utan datum'))).toBe(false);
    }
  });

  it('refuses a period that is not two years in order, changing nothing', async () => {
    const backwards = await titlesOn(`${page}?from=2027&to=2025`);
    expect(backwards.status).toBe(400);
    expect(backwards.html).toContain('Perioden måste sluta samma år som den börjar eller senare.');
    for (const year of ['abc', '20261', '1800', '<script>']) {
      const res = await titlesOn(`${page}?from=${encodeURIComponent(year)}`);
      expect([year, res.status]).toEqual([year, 400]);
      expect(res.html).toContain('Välj ett år i listan.');
      expect(res.html).not.toContain('<script>');
    }
  });
});

describe('the roadmap API in pages', () => {
  const get = async (query: string) => {
    const res = await t.app.request(`${api}${query}`);
    return {
      status: res.status,
      type: res.headers.get('content-type')?.split(';')[0],
      body: await res.json(),
    };
  };

  it('gives page and pageSize with the total of all, and an empty page past the last', async () => {
    const seen: string[] = [];
    for (let p = 1; p <= 4; p++) {
      const { status, body } = await get(`?pageSize=10&page=${p}`);
      expect(status).toBe(200);
      expect(body.total).toBe(fixtures.length);
      expect(body.items).toHaveLength(Math.min(10, fixtures.length - (p - 1) * 10));
      seen.push(...body.items.map((i: { title: string }) => i.title));
    }
    expect(sorted(seen)).toEqual(sorted(fixtures.map((f) => f.title)));
    const past = await get('?pageSize=10&page=5');
    expect([past.status, past.body.total, past.body.items]).toEqual([200, fixtures.length, []]);
    const whole = await get('');
    expect(whole.body.items).toHaveLength(fixtures.length);
  });

  it('answers a page or size out of bounds with a problem document', async () => {
    for (const query of [
      '?page=0',
      '?page=-1',
      '?page=abc',
      '?pageSize=0',
      '?pageSize=101',
      '?pageSize=100000',
    ]) {
      const res = await get(query);
      expect([query, res.status, res.type]).toEqual([query, 400, 'application/problem+json']);
    }
  });

  it('filters by department and period, and refuses another municipality’s department', async () => {
    const b = await get(`?department=${departmentIds.B}`);
    expect(b.body.total).toBe(4);
    const period = await get('?from=2026&to=2026');
    expect(period.body.total).toBe(fixtures.filter((f) => under(f, 2026, 2026)).length);
    const foreign = await get(`?department=${foreignDepartment}`);
    expect([foreign.status, foreign.type]).toEqual([400, 'application/problem+json']);
    expect(foreign.body.errors).toEqual([
      { field: 'department', message: 'Choose one of the municipality’s departments.' },
    ]);
  });
});

describe('the goal filter', () => {
  const goalOptions = async () => {
    const html = await (await t.client().get(page)).text();
    const select = /<select[^>]*name="goal"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    return [...select.matchAll(/<option value="([^"]+)"/g)].map((o) => o[1]);
  };

  it('offers department goals under their strategic goal, and only the strategic ones past 60', async () => {
    const db = t.database.db;
    const strategic = await db
      .insert(goals)
      .values(
        [1, 2, 3].map((n) => ({
          municipalityId: m,
          title: `Strategiskt mål ${n}`,
          status: 'adopted',
          position: n,
        })),
      )
      .returning({ id: goals.id });
    const under = (count: number, from: number) =>
      db.insert(goals).values(
        Array.from({ length: count }, (_, i) => ({
          municipalityId: m,
          parentId: strategic[(from + i) % 3]?.id ?? null,
          title: `Verksamhetsmål ${from + i}`,
          status: 'adopted',
        })),
      );
    // Written behind the app's back: what it keeps is forgotten by hand, not by a notification.
    const forgetKept = () => {
      t.services.visitorPages.forget();
      t.services.signedInPages.forget();
      t.services.readModels.forget();
    };
    // 3 strategic goals and 57 under them: every one is offered.
    await under(57, 0);
    forgetKept();
    expect(await goalOptions()).toHaveLength(60);
    // One more makes 61: the strategic goals alone.
    await under(1, 57);
    forgetKept();
    expect(await goalOptions()).toEqual(strategic.map((g) => g.id));
  });
});
