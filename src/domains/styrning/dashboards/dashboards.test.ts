import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertTestBenefit,
  insertTestDepartment,
  insertTestInitiative,
} from '../../../testing/steering-fixtures.ts';
import { createTestApp, demoPasswordForTests, type TestApp } from '../../../testing/test-app.ts';
import { insertGrant, insertUser } from '../../identity/identity.queries.ts';
import { hashPassword } from '../../identity/passwords.ts';
import { benefitMeasurements } from '../benefits/benefits.schema.ts';
import { goals, indicatorMeasurements, indicators } from '../strategy/strategy.schema.ts';

let t: TestApp;
let deptA = '';
let deptB = '';
const M = 'SE-0180';

/** "Today" for every request of this file: measurements dated after it do not count. */
const TODAY = '2027-06-15';

/** The rows of the table captioned `caption`: label → cells ("–" where a value is missing). */
function table(html: string, caption: string): Record<string, string[]> {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  if (start < 0) throw new Error(`no table "${caption}"`);
  const body = html.slice(start, html.indexOf('</table>', start));
  const rows: Record<string, string[]> = {};
  for (const tr of body.split('<tr>').slice(1)) {
    const label = /<th scope="row"(?: lang="sv")?>([^<]*)<\/th>/.exec(tr)?.[1];
    if (label === undefined) continue;
    rows[label] = [...tr.matchAll(/<td class="numeric( missing)?">(.*?)<\/td>/g)].map((m) =>
      m[1] ? missingCell(m[2] ?? '') : (m[2] ?? ''),
    );
  }
  return rows;
}

/** A missing cell must show a dash and say so to a screen reader; it reads as "–" here. */
function missingCell(inner: string): string {
  expect(inner).toBe('<span aria-hidden="true">–</span><span class="ds-sr-only">no value</span>');
  return '–';
}

async function goal(
  title: string,
  departmentId: string | null,
  inds: [number, number, string, number, number][],
) {
  const [g] = await t.database.db
    .insert(goals)
    .values({ municipalityId: M, title, departmentId, status: 'adopted' })
    .returning();
  if (!g) throw new Error('goal');
  // [baseline, target, direction, measured value (NaN: none), index] — dates fixed: 2026-01-01 → 2027-01-01
  for (const [baseline, target, direction, value] of inds) {
    const [ind] = await t.database.db
      .insert(indicators)
      .values({
        goalId: g.id,
        name: `${title} indicator`,
        unit: '%',
        direction,
        baselineValue: baseline,
        baselineDate: '2026-01-01',
        targetValue: target,
        targetDate: '2027-01-01',
      })
      .returning();
    if (!ind) throw new Error('indicator');
    if (!Number.isNaN(value))
      await t.database.db.insert(indicatorMeasurements).values([
        // An older, very different measurement: only the latest counts.
        { indicatorId: ind.id, value: baseline, measuredOn: '2026-02-01' },
        {
          indicatorId: ind.id,
          value,
          measuredOn: direction === 'higher' && value === 45 ? '2026-07-02' : '2027-01-01',
        },
      ]);
  }
}

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date(`${TODAY}T12:00:00Z`) });
  const { db } = t.database;
  deptA = (await insertTestDepartment(db, M, 'Avdelning A')).id;
  deptB = (await insertTestDepartment(db, M, 'Avdelning B')).id;
  const hash = await hashPassword(demoPasswordForTests);
  for (const role of ['politician', 'resident'] as const) {
    const user = await insertUser(db, {
      email: `${role}@sthlm.test`,
      name: role,
      passwordHash: hash,
      isDemo: false,
    });
    if (!user) throw new Error('user');
    await insertGrant(db, {
      userId: user.id,
      role,
      municipalityId: M,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
  }
  const i1 = await insertTestInitiative(db, {
    municipalityId: M,
    departmentId: deptA,
    stage: 'pilot',
    costs: { 2026: { investment: 100_000, running: 20_000 }, 2027: { running: 30_000 } },
  });
  const b1 = await insertTestBenefit(db, {
    initiativeId: i1.id,
    kind: 'time',
    moneyPerUnit: 500,
    // 2028 is planned but lies after today: nothing can have been measured in it.
    planned: { '2026': 100, '2027': 300, '2028': 400 },
  });
  await db.insert(benefitMeasurements).values([
    { benefitId: b1.id, value: 999, measuredOn: '2025-12-01' }, // before the baseline: ignored
    { benefitId: b1.id, value: 40, measuredOn: '2026-03-01' },
    { benefitId: b1.id, value: 80, measuredOn: '2026-11-30' },
    { benefitId: b1.id, value: 200, measuredOn: '2027-05-01' },
    // Dated after today (written past the form, which refuses future dates): ignored.
    { benefitId: b1.id, value: 777, measuredOn: '2027-09-01' },
  ]);
  const i2 = await insertTestInitiative(db, {
    municipalityId: M,
    departmentId: deptA,
    stage: 'idea',
    costs: { 2027: { investment: 50_000 } },
  });
  await insertTestBenefit(db, {
    initiativeId: i2.id,
    kind: 'financial',
    moneyPerUnit: 1,
    planned: { '2027': 40_000 },
  });
  await insertTestBenefit(db, {
    initiativeId: i2.id,
    kind: 'quality',
    isDisbenefit: true,
    moneyPerUnit: 10,
    planned: { '2027': 100 },
  });
  const i3 = await insertTestInitiative(db, {
    municipalityId: M,
    departmentId: deptB,
    stage: 'stopped',
    costs: { 2026: { investment: 70_000 } },
  });
  const b4 = await insertTestBenefit(db, {
    initiativeId: i3.id,
    kind: 'time',
    planned: { '2026': 50 },
  });
  await db
    .insert(benefitMeasurements)
    .values({ benefitId: b4.id, value: 10, measuredOn: '2026-06-01' });
  const i4 = await insertTestInitiative(db, {
    municipalityId: M,
    departmentId: deptB,
    stage: 'operation',
  });
  const b5 = await insertTestBenefit(db, {
    initiativeId: i4.id,
    kind: 'time',
    planned: { '2026': 20 },
  });
  await db
    .insert(benefitMeasurements)
    .values({ benefitId: b5.id, value: 30, measuredOn: '2027-01-10' });
  // 45 of 100 on 2026-07-02, where the line expects 182/365 = 49.9 %: 4.9 points behind → on track
  await goal('Mål i fas', null, [[0, 100, 'higher', 45, 0]]);
  // 100 → 50 lower is better, 90 at the target date: 20 % of the way where 100 % was due → off track
  await goal('Mål ur fas', deptA, [[100, 50, 'lower', 90, 0]]);
  await goal('Mål utan mätning', deptB, [[0, 10, 'higher', Number.NaN, 0]]);
  // one indicator at its target (on track), one 80 of 100 at the target date (20 points behind → at risk)
  await goal('Mål i riskzonen', null, [
    [0, 100, 'higher', 100, 0],
    [0, 100, 'higher', 80, 0],
  ]);
});
afterAll(async () => {
  await t?.close();
});

async function page(email: string | null, path: string) {
  const client = t.client();
  if (email) await client.login(email);
  return client.get(path);
}

describe('leadership dashboard', () => {
  it('is refused to visitors, residents and other municipalities, and shown to staff', async () => {
    const path = '/en/municipalities/SE-0127/dashboard';
    const anonymous = await page(null, path);
    expect([302, 303]).toContain(anonymous.status);
    expect(anonymous.headers.get('location')).toContain('/login');
    expect((await page('resident@botkyrka.example', path)).status).toBe(403);
    expect((await page('staff@asker.example', path)).status).toBe(403);
    expect((await page('resident@sthlm.test', `/en/municipalities/${M}/dashboard`)).status).toBe(
      403,
    );
    for (const role of ['staff', 'manager', 'politician', 'admin']) {
      const res = await page(`${role}@botkyrka.example`, path);
      expect(res.status, role).toBe(200);
    }
    expect(
      (await page('staff@botkyrka.example', '/en/municipalities/XX-9999/dashboard')).status,
    ).toBe(404);
  });

  it('shows numbers equal to those computed by hand from the fixtures', async () => {
    const res = await page('politician@sthlm.test', `/en/municipalities/${M}/dashboard`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/NaN|Infinity|style=/);
    expect(html.match(/<h1/g)?.length).toBe(1);
    expect(html).toContain('at most 10 percentage points behind');
    expect(table(html, 'Goals by status')).toEqual({
      'On track': ['1'],
      'At risk': ['1'],
      'Off track': ['1'],
      'Unknown (no measurement)': ['1'],
    });
    expect(table(html, 'Initiatives by stage')).toEqual({
      Idea: ['1'],
      Assessed: ['0'],
      Prioritised: ['0'],
      Pilot: ['1'],
      Scaling: ['0'],
      Operation: ['1'],
      Stopped: ['1'],
    });
    expect(table(html, 'Initiatives by department and stage')).toEqual({
      'Avdelning A': ['1', '0', '0', '1', '0', '0', '0', '2'],
      'Avdelning B': ['0', '0', '0', '0', '0', '1', '1', '2'],
    });
    // 2026: 100 h × 500; 2027: 300 h × 500 + 40 000 − 100 × 10. Realised: latest of each year × 500.
    // The 2027-09-01 measurement lies after today and 2028 has none: realised 2028 is missing.
    expect(table(html, 'Planned and realised benefits in money (SEK)')).toEqual({
      '2026': ['50,000', '40,000'],
      '2027': ['189,000', '100,000'],
      '2028': ['200,000', '–'],
    });
    // planned: 100 + 20 (the stopped initiative's 50 left out); realised: 80 + 10 (stopped counts), 200 + 30
    expect(table(html, 'Planned and realised freed time (hours)')).toEqual({
      '2026': ['120', '90'],
      '2027': ['300', '230'],
      '2028': ['400', '–'],
    });
    // investment, running, cost, planned benefit, realised benefit, planned net; stopped costs left
    // out; 2028 has no cost entered (missing), so its planned net is the planned benefit alone
    expect(table(html, 'Cost against benefit per year (SEK)')).toEqual({
      '2026': ['100,000', '20,000', '120,000', '50,000', '40,000', '-70,000'],
      '2027': ['50,000', '30,000', '80,000', '189,000', '100,000', '109,000'],
      '2028': ['–', '–', '–', '200,000', '–', '200,000'],
    });
    // NPV at 4 %: −70 000 + 109 000 / 1.04 + 200 000 / 1.04² = −70 000 + 104 807.69 + 184 911.24 = 219 719
    // B/C = (50 000 + 189 000/1.04 + 200 000/1.04²) / (120 000 + 80 000/1.04)
    //     = 416 642.01 / 196 923.08 = 2.12
    expect(html).toContain(
      'net present value 219,719 SEK, benefit/cost ratio 2.12, payback year 2027',
    );
    // The key figures open the page, before the first chart.
    const keys = html.slice(html.indexOf('id="key-figures-heading"'), html.indexOf('<svg'));
    expect(keys).toContain('<p class="key-figure__value">1 of 4</p>'); // on track / all goals
    // pilot and scaling: the pilot only (of 4 initiatives)
    expect(keys).toMatch(/id="key-initiatives"><p class="key-figure__value">1 of 4</);
    // realised 2026 + 2027 = 40 000 + 100 000; planned through 2027 = 50 000 + 189 000
    expect(keys).toContain('<p class="key-figure__value">140,000 SEK</p>');
    expect(keys).toContain('against 239,000 SEK planned up to and including 2027');
    expect(keys).toMatch(/id="key-cost"><p class="key-figure__value">200,000 SEK</);
    expect(keys).toMatch(/id="key-npv"><p class="key-figure__value">219,719 SEK</);
    // The realised line stops at today's year: two points (2026, 2027), never a 0 in 2028.
    const money = html.slice(
      html.indexOf('id="chart-money"'),
      html.indexOf('</svg>', html.indexOf('id="chart-money"')),
    );
    const realisedLine =
      /<path class="series-line" d="([^"]*)" fill="none" stroke="#D55E00"/.exec(money)?.[1] ?? '';
    expect(realisedLine.match(/[ML]/g)).toHaveLength(2);
    expect(money.match(/<circle /g)).toHaveLength(2);
    expect(money).toContain('<g class="today">');
    expect(html).toContain(`/en/municipalities/${M}/departments/${deptA}/dashboard`);
  });
});

describe('dashboard API', () => {
  it('gives the same numbers as JSON to staff, and refuses others', async () => {
    const path = `/api/v1/municipalities/${M}/dashboard`;
    expect((await t.app.request(path)).status).toBe(401);
    const resident = t.client();
    await resident.login('resident@sthlm.test');
    expect((await resident.get(path)).status).toBe(403);
    const politician = t.client();
    await politician.login('politician@sthlm.test');
    const res = await politician.get(path);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.currency).toBe('SEK');
    expect(body.initiativeCount).toBe(4);
    expect(body.goalCounts).toEqual({ 'on-track': 1, 'at-risk': 1, 'off-track': 1, unknown: 1 });
    expect(body.years).toEqual([
      {
        year: 2026,
        investment: 100_000,
        running: 20_000,
        cost: 120_000,
        plannedMoney: 50_000,
        realisedMoney: 40_000,
        plannedHours: 120,
        realisedHours: 90,
      },
      {
        year: 2027,
        investment: 50_000,
        running: 30_000,
        cost: 80_000,
        plannedMoney: 189_000,
        realisedMoney: 100_000,
        plannedHours: 300,
        realisedHours: 230,
      },
      {
        year: 2028,
        investment: null,
        running: null,
        cost: null,
        plannedMoney: 200_000,
        realisedMoney: null,
        plannedHours: 400,
        realisedHours: null,
      },
    ]);
    expect(body.keyFigures).toEqual({
      throughYear: 2027,
      plannedToDate: 239_000,
      realisedToDate: 140_000,
      totalCost: 200_000,
    });
    expect((await t.app.request('/api/v1/municipalities/XX-0000/dashboard')).status).toBe(404);
  });
});

describe('department dashboard', () => {
  it('narrows to the department’s goals and owned initiatives', async () => {
    const res = await page(
      'politician@sthlm.test',
      `/en/municipalities/${M}/departments/${deptA}/dashboard`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Dashboard for Avdelning A');
    expect(table(html, 'Goals by status')).toEqual({
      'On track': ['0'],
      'At risk': ['0'],
      'Off track': ['1'],
      'Unknown (no measurement)': ['0'],
    });
    expect(table(html, 'Each goal and its status')).toEqual({ 'Mål ur fas': ['Off track'] });
    expect(table(html, 'Planned and realised freed time (hours)')).toEqual({
      '2026': ['100', '80'],
      '2027': ['300', '200'],
      '2028': ['400', '–'],
    });
    expect(table(html, 'Cost against benefit per year (SEK)')['2026']).toEqual([
      '100,000',
      '20,000',
      '120,000',
      '50,000',
      '40,000',
      '-70,000',
    ]);
  });

  it('is not found for another municipality’s department or a malformed id, and refused to residents', async () => {
    expect(
      (
        await page(
          'politician@sthlm.test',
          `/en/municipalities/${M}/departments/not-a-uuid/dashboard`,
        )
      ).status,
    ).toBe(404);
    const asker = await page(
      'politician@botkyrka.example',
      `/en/municipalities/SE-0127/departments/${deptA}/dashboard`,
    );
    expect(asker.status).toBe(404);
    expect(
      (
        await page(
          'politician@botkyrka.example',
          `/en/municipalities/${M}/departments/${deptA}/dashboard`,
        )
      ).status,
    ).toBe(403);
    expect(
      (await page('resident@sthlm.test', `/en/municipalities/${M}/departments/${deptA}/dashboard`))
        .status,
    ).toBe(403);
  });

  it('has an empty but sound page for a department without data', async () => {
    const res = await page(
      'politician@sthlm.test',
      `/sv/municipalities/${M}/departments/${deptB}/dashboard`,
    );
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toMatch(/NaN|undefined/);
    expect(html).toContain('Okänd (ingen mätning)');
  });
});
