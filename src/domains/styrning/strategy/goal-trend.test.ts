import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { goalContributions } from '../portfolio/portfolio.schema.ts';
import { clean, insertTestDepartment, personWith } from './strategy.fixtures.ts';
import { goals, indicatorMeasurements, indicators } from './strategy.schema.ts';

const now = () => new Date('2026-07-01T10:00:00Z');
let t: TestApp;
let staff: TestClient;
let goalId = '';
let indicatorId = '';
const ids = { open: '', internal: '', elsewhere: '' };

beforeAll(async () => {
  t = await createTestApp({ now });
  const { db } = t.database;
  const dept = (await insertTestDepartment(db, clean, 'Omsorg')).id;
  staff = await personWith(t, 'staff@trend.test', 'staff');
  const [g] = await db
    .insert(goals)
    .values({ municipalityId: clean, title: 'Tryggare omsorg', status: 'adopted' })
    .returning();
  if (!g) throw new Error('goal');
  goalId = g.id;
  const [ind] = await db
    .insert(indicators)
    .values({
      goalId,
      name: 'Nöjda brukare',
      unit: '%',
      direction: 'higher',
      baselineValue: 60,
      baselineDate: '2025-01-01',
      targetValue: 80,
      targetDate: '2027-12-31',
    })
    .returning();
  if (!ind) throw new Error('indicator');
  indicatorId = ind.id;
  await db.insert(indicatorMeasurements).values([
    { indicatorId, value: 62, measuredOn: '2025-06-30' },
    { indicatorId, value: 66, measuredOn: '2026-03-31' },
  ]);
  const open = await insertTestInitiative(db, {
    municipalityId: clean,
    departmentId: dept,
    title: 'Öppen satsning',
    stage: 'pilot',
    isPublic: true,
  });
  const internal = await insertTestInitiative(db, {
    municipalityId: clean,
    departmentId: dept,
    title: 'Intern satsning',
    stage: 'idea',
  });
  const askerDept = (await insertTestDepartment(db, 'NO-3203', 'Annen')).id;
  const elsewhere = await insertTestInitiative(db, {
    municipalityId: 'NO-3203',
    departmentId: askerDept,
    title: 'Annen kommunes satsing',
    isPublic: true,
  });
  Object.assign(ids, { open: open.id, internal: internal.id, elsewhere: elsewhere.id });
  await db.insert(goalContributions).values([
    { initiativeId: open.id, goalId, weight: 2 },
    { initiativeId: internal.id, goalId, weight: 5 },
    // A hand-written row tying another municipality's initiative to this goal: never shown.
    { initiativeId: elsewhere.id, goalId, weight: 9 },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const path = () => `/en/municipalities/${clean}/goals/${goalId}`;
const between = (html: string, from: string, to: string) => {
  const start = html.indexOf(from);
  return html.slice(start, html.indexOf(to, start));
};

describe('goal page', () => {
  it('draws each indicator’s measurements against the straight plan line, with today marked', async () => {
    const res = await t.client().get(path());
    expect(res.status).toBe(200);
    const html = await res.text();
    const svg = between(html, `id="trend-${indicatorId}"`, '</svg>');
    expect(svg).toContain('Trend of Nöjda brukare (%)');
    const [plan = '', measured = ''] = [
      ...svg.matchAll(/<path class="series-line" d="([^"]*)"/g),
    ].map((m) => m[1] ?? '');
    // The plan is one straight segment from the baseline to the target.
    expect(plan).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    // Two measurements: one segment through two points, each with its marker.
    expect(measured.match(/[ML]/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('<g class="today">');
    expect(svg).toContain('>Today</text>');
    // Today (2026-07-01) lies between the 2026 and 2027 ticks.
    const tick = (label: string) =>
      Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)?.[1]);
    const todayX = Number(/<g class="today"><line x1="([\d.]+)"/.exec(svg)?.[1]);
    expect(todayX).toBeGreaterThan(tick('2026'));
    expect(todayX).toBeLessThan(tick('2027'));
    // The legend and the measurements table go with the chart.
    const block = between(html, `id="trend-${indicatorId}"`, '</details>');
    expect(block).toContain('Plan: baseline to target');
    expect(block).toContain('<summary>Show the numbers</summary>');
    expect(block).toContain('Measurements of Nöjda brukare');
  });

  it('links the initiatives that contribute to the goal: public ones for the public, all for staff', async () => {
    const section = (html: string) => between(html, 'id="contributions-heading"', '</section>');
    const visitor = section(await (await t.client().get(path())).text());
    expect(visitor).toContain(`href="/en/municipalities/${clean}/initiatives/${ids.open}"`);
    expect(visitor).toContain('Öppen satsning');
    expect(visitor).not.toContain('Intern satsning');
    expect(visitor).not.toContain(ids.elsewhere);
    const internal = section(await (await staff.get(path())).text());
    // heaviest contribution first, with its stage
    expect(internal.indexOf('Intern satsning')).toBeLessThan(internal.indexOf('Öppen satsning'));
    expect(internal).toContain('(Pilot)');
    expect(internal).not.toContain(ids.elsewhere);
  });
});
