import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import {
  clean,
  goalIdFrom,
  goalsSnapshot,
  goodIndicator,
  insertTestDepartment,
  personWith,
} from './strategy.fixtures.ts';
import { indicators } from './strategy.schema.ts';

// The clock is fixed so that "a target in the past" means the same on every run.
const now = () => new Date('2026-12-01T10:00:00Z');
let t: TestApp;
let manager: TestClient;
let otherManager: TestClient;
let staff: TestClient;
let departmentGoalId = '';
const base = `/en/municipalities/${clean}/goals`;
const idFrom = goalIdFrom;

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database.db;
  const departmentId = (await insertTestDepartment(db, clean, 'Äldreförvaltningen')).id;
  const otherDepartmentId = (await insertTestDepartment(db, clean, 'Utbildningsförvaltningen')).id;
  const admin = await personWith(t, 'admin@indicators.test', 'admin');
  manager = await personWith(t, 'manager@indicators.test', 'manager', clean, departmentId);
  otherManager = await personWith(t, 'other@indicators.test', 'manager', clean, otherDepartmentId);
  staff = await personWith(t, 'staff@indicators.test', 'staff');
  const strategicId = idFrom(await admin.postForm(base, { title: 'Trygg omsorg' }));
  departmentGoalId = idFrom(
    await manager.postForm(base, { title: 'Digital tillsyn', parentId: strategicId, departmentId }),
  );
});
afterAll(async () => {
  await t?.close();
});

const snapshot = () => goalsSnapshot(t);

describe('indicators', () => {
  it('adds indicators with a Kolada KPI checked against the catalogue, and refuses bad numbers and dates', async () => {
    const url = `${base}/${departmentGoalId}/indicators`;
    const before = await snapshot();
    const cases: [Record<string, string>, string][] = [
      [{ baselineValue: 'NaN' }, 'Enter a number, like 12 or 12,5.'],
      [{ baselineValue: 'Infinity' }, 'Enter a number, like 12 or 12,5.'],
      [{ targetValue: '1e400' }, 'Enter a number, like 12 or 12,5.'],
      [{ targetValue: 'tio' }, 'Enter a number, like 12 or 12,5.'],
      [{ targetValue: '9'.repeat(17) }, 'The number is too large.'],
      [{ baselineDate: '2026-13-01' }, 'Enter a real date as YYYY-MM-DD.'],
      [{ targetDate: 'tomorrow' }, 'Enter a real date as YYYY-MM-DD.'],
      [
        { baselineDate: '2027-06-01', targetDate: '2027-01-01' },
        'The target date must be after the baseline date.',
      ],
      [{ targetDate: '2026-06-01' }, 'The target date must not be in the past.'],
      [
        { targetValue: '5' },
        'The target must be better than the baseline in the chosen direction.',
      ],
      [{ targetValue: '10' }, 'The target must differ from the baseline.'],
      [{ direction: 'sideways' }, 'Choose whether a higher or a lower value is better.'],
      [
        { koladaKpiId: 'N99999' },
        'No Kolada KPI has this id. Search the catalogue and choose one.',
      ],
      [{ name: '' }, 'Fill in this field.'],
    ];
    for (const [change, message] of cases) {
      const res = await manager.postForm(url, { ...goodIndicator, ...change });
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(await res.text(), JSON.stringify(change)).toContain(message);
    }
    expect((await otherManager.postForm(url, goodIndicator)).status).toBe(403);
    expect((await staff.postForm(url, goodIndicator)).status).toBe(403);
    expect(await snapshot()).toBe(before);

    const created = await manager.postForm(url, {
      ...goodIndicator,
      baselineValue: '10,0',
      koladaKpiId: 'n00945',
    });
    expect(created.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(indicators)
      .where(eq(indicators.goalId, departmentGoalId));
    expect(row).toMatchObject({ baselineValue: 10, targetValue: 50, koladaKpiId: 'N00945' });
    expect(row?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('searches the Kolada catalogue with a plain GET form and fills the chosen KPI into the indicator form', async () => {
    const page = await (await manager.get(`${base}/${departmentGoalId}?q=forskola+kostnad`)).text();
    expect(page).toMatch(/\d+ KPIs match/);
    // Every listed title holds both words, diacritics ignored.
    const titles = [...page.matchAll(/<tr><td[^>]*>([A-Z]\d{5})<\/td><td[^>]*>([^<]+)<\/td>/g)].map(
      (m) => m[2] ?? '',
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      const folded = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      expect(folded).toContain('forskola');
      expect(folded).toContain('kostnad');
    }
    const chosen = await (await manager.get(`${base}/${departmentGoalId}?q=x&kpi=N00945`)).text();
    expect(chosen).toContain('name="koladaKpiId" type="text" value="N00945"');
    expect(chosen).toContain('Chosen: N00945');
  });
});
