import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import {
  insertTestBenefit,
  insertTestDepartment,
  insertTestInitiative,
} from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { users } from '../../identity/identity.schema.ts';
import { steeringSettings } from '../steering/steering.schema.ts';
import { benefitsApi } from './benefits.api.ts';
import { benefitMeasurements } from './benefits.schema.ts';

let t: TestApp;
let hand = ''; // Katrineholm, public, the three-year case below
let hidden = ''; // Katrineholm, not public
let tenPercent = ''; // Stockholm at a 10 % discount rate
let foreign = '';
const api = (m: string, iid: string) => `/api/v1/municipalities/${m}/initiatives/${iid}/calculus`;
let staff: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dept = await departmentManagedBy(db, 'manager@katrineholm.example');
  // Costs: 2026 investment 100 000; 2027 and 2028 running 20 000 each.
  const i = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: dept,
    title: 'Handräknat fall',
    isPublic: true,
    costs: { 2026: { investment: 100_000 }, 2027: { running: 20_000 }, 2028: { running: 20_000 } },
  });
  hand = i.id;
  // Freed hours worth 500 each: 100 h in 2027, 300 h in 2028.
  await insertTestBenefit(db, {
    initiativeId: hand,
    description: 'Frigjord tid, "handläggning", =SUM(A1)',
    moneyPerUnit: 500,
    planned: { '2027': 100, '2028': 300 },
  });
  // A dis-benefit of 100 a unit, 50 units in 2028: −5 000.
  await insertTestBenefit(db, {
    initiativeId: hand,
    description: 'Mer utbildningstid',
    isDisbenefit: true,
    direction: 'lower',
    baselineValue: 100,
    targetValue: 50,
    moneyPerUnit: 100,
    planned: { '2028': 50 },
  });
  // Not money-valued: left out of the calculus.
  await insertTestBenefit(db, {
    initiativeId: hand,
    description: 'Nöjdare brukare',
    kind: 'satisfaction',
  });
  const secret = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: dept,
    title: 'Intern satsning',
    costs: { 2027: { investment: 10 } },
  });
  hidden = secret.id;
  const b = await insertTestBenefit(db, { initiativeId: hidden, description: 'Intern nytta' });
  const [manager] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'manager@katrineholm.example'));
  await db.insert(benefitMeasurements).values({
    benefitId: b.id,
    value: 12,
    measuredOn: '2026-05-01',
    note: '+cmd|calc',
    recordedBy: manager?.id ?? null,
  });

  const stockholm = await insertTestDepartment(db, 'SE-0180');
  await db.insert(steeringSettings).values({
    municipalityId: 'SE-0180',
    discountRate: 0.1,
    currency: 'SEK',
    weights: {},
  });
  const s = await insertTestInitiative(db, {
    municipalityId: 'SE-0180',
    departmentId: stockholm.id,
    title: 'Tio procent',
    isPublic: true,
    costs: { 2026: { investment: 1000 } },
  });
  tenPercent = s.id;
  await insertTestBenefit(db, {
    initiativeId: tenPercent,
    moneyPerUnit: 1,
    planned: { '2027': 1100 },
  });
  foreign = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0127',
      departmentId: await departmentManagedBy(db, 'manager@botkyrka.example'),
      title: 'Botkyrka',
      isPublic: true,
    })
  ).id;
  staff = t.client();
  await staff.login('staff@katrineholm.example');
});
afterAll(async () => {
  await t?.close();
});

describe('GET …/initiatives/{iid}/calculus', () => {
  it('matches the three-year case computed by hand at the default 4 %', async () => {
    const res = await t.app.request(api('SE-0483', hand));
    expect(res.status).toBe(200);
    const body = await res.json();
    // Nominal years: cost = investment + running; benefit = 500·hours − 100·units.
    //   2026: cost 100 000, benefit 0                      → net −100 000
    //   2027: cost  20 000, benefit 500·100 = 50 000        → net   30 000
    //   2028: cost  20 000, benefit 500·300 − 100·50 = 145 000 → net 125 000
    expect(body.discountRate).toBe(0.04);
    expect(body.years).toEqual([
      { year: 2026, cost: 100_000, benefit: 0, net: -100_000 },
      { year: 2027, cost: 20_000, benefit: 50_000, net: 30_000 },
      { year: 2028, cost: 20_000, benefit: 145_000, net: 125_000 },
    ]);
    // Discount factors 1, 1/1.04, 1/1.0816 (t₀ = 2026).
    // PV(costs)    = 100 000 + 20 000/1.04 + 20 000/1.0816 = 100 000 + 19 230.769… + 18 491.124… = 137 721.893…
    // PV(benefits) = 50 000/1.04 + 145 000/1.0816 = 48 076.923… + 134 060.650… = 182 137.573…
    // NPV = 44 415.680…; ratio = 182 137.573… / 137 721.893… = 1.32250…
    // Cumulative discounted net: 2026 −100 000; 2027 −100 000 + 28 846.153… = −71 153.846…;
    // 2028 −71 153.846… + 115 569.526… = 44 415.680… ≥ 0 → payback year 2028.
    const pvCosts = 100_000 + 20_000 / 1.04 + 20_000 / 1.0816;
    const pvBenefits = 50_000 / 1.04 + 145_000 / 1.0816;
    expect(pvCosts).toBeCloseTo(137_721.893, 2);
    expect(pvBenefits).toBeCloseTo(182_137.573, 2);
    expect(body.npv).toBeCloseTo(44_415.68, 1);
    expect(body.npv).toBeCloseTo(pvBenefits - pvCosts, 6);
    expect(body.benefitCostRatio).toBeCloseTo(1.3225, 4);
    expect(body.paybackYear).toBe(2028);
    expect(Object.keys(body).sort()).toEqual([
      'benefitCostRatio',
      'discountRate',
      'npv',
      'paybackYear',
      'years',
    ]);
  });

  it('uses the municipality’s own discount rate: 1 000 spent, 1 100 gained a year later at 10 % breaks even', async () => {
    const body = await (await t.app.request(api('SE-0180', tenPercent))).json();
    // PV(benefits) = 1 100 / 1.1 = 1 000 = PV(costs): NPV 0, ratio 1, payback in 2027.
    expect(body.discountRate).toBe(0.1);
    expect(body.npv).toBeCloseTo(0, 9);
    expect(body.benefitCostRatio).toBeCloseTo(1, 12);
    expect(body.paybackYear).toBe(2027);
  });

  it('is visible as the initiative is, and not found for unknown or foreign ids', async () => {
    expect((await t.app.request(api('SE-0483', hidden))).status).toBe(404);
    const resident = t.client();
    await resident.login('resident@katrineholm.example');
    expect((await resident.get(api('SE-0483', hidden))).status).toBe(404);
    expect((await staff.get(api('SE-0483', hidden))).status).toBe(200);
    expect((await t.app.request(api('SE-0483', foreign))).status).toBe(404);
    expect((await t.app.request(api('SE-0483', 'not-a-uuid'))).status).toBe(404);
    expect((await t.app.request(api('XX-9999', hand))).status).toBe(404);
    const problem = await t.app.request(api('SE-0483', '00000000-0000-0000-0000-000000000000'));
    expect(problem.headers.get('content-type')).toContain('application/problem+json');
  });

  it('is stated on the page with the convention in words and the sensitivity table', async () => {
    const html = await (
      await t.app.request(`/en/municipalities/SE-0483/initiatives/${hand}/calculus`)
    ).text();
    expect(html).toContain(
      'Convention: year t is discounted by (1 + r)^(t − t₀), t₀ the first year of the horizon; benefit/cost ratio = present value of benefits / present value of costs; payback year = the first year in which the cumulative discounted net is ≥ 0 (none if never).',
    );
    expect(html).toContain('Benefits -20%');
    expect(html).toContain('Costs +20%');
    // Benefits −20 %, costs +20 %: 0.8·182 137.57 − 1.2·137 721.89 = −19 556.21 → "−SEK 19,556".
    expect(html).toMatch(/-SEK\s19,556</);
    expect(html).toContain('Nöjdare brukare');
    expect(
      (await t.app.request(`/en/municipalities/SE-0483/initiatives/${hidden}/calculus`)).status,
    ).toBe(303);
  });
});

describe('CSV exports', () => {
  it('list only the benefits of initiatives the caller may see, quoted and formula-safe', async () => {
    const anonymous = await (
      await t.app.request('/api/v1/municipalities/SE-0483/benefits.csv')
    ).text();
    expect(
      anonymous.startsWith('initiative_id,initiative_title,benefit_id,description,kind,'),
    ).toBe(true);
    expect(anonymous).toContain(hand);
    expect(anonymous).not.toContain(hidden);
    // A comma and quotes make the cell quoted with doubled quotes; "=" would not start it anyway.
    expect(anonymous).toContain('"Frigjord tid, ""handläggning"", =SUM(A1)"');
    expect(anonymous).toContain('2027: 100; 2028: 300');
    expect(anonymous.includes('\r\n')).toBe(true);
    const internal = await (await staff.get('/api/v1/municipalities/SE-0483/benefits.csv')).text();
    expect(internal).toContain(hidden);
    const res = await t.app.request('/api/v1/municipalities/SE-0483/benefits.csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect((await t.app.request('/api/v1/municipalities/XX-9999/benefits.csv')).status).toBe(404);
  });

  it('list measurements of visible benefits, naming who recorded them only to the municipality’s people', async () => {
    const anonymous = await (
      await t.app.request('/api/v1/municipalities/SE-0483/measurements.csv')
    ).text();
    expect(anonymous).not.toContain('Intern nytta');
    const internal = await (
      await staff.get('/api/v1/municipalities/SE-0483/measurements.csv')
    ).text();
    expect(internal).toContain('Intern nytta');
    expect(internal).toContain('manager@katrineholm.example');
    // A note that a spreadsheet would run as a formula gets a leading single quote.
    expect(internal).toContain(",'+cmd|calc,");
    const asker = t.client();
    await asker.login('admin@asker.example');
    const foreignCaller = await (
      await asker.get('/api/v1/municipalities/SE-0483/measurements.csv')
    ).text();
    expect(foreignCaller).not.toContain('Intern nytta');
  });

  it('are documented in the OpenAPI document', async () => {
    // This domain's part of the document (the whole one is checked in web/tests/operations.test.ts).
    const doc = benefitsApi().getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Samskap API', version: '1.0.0' },
    });
    for (const path of [
      '/municipalities/{id}/initiatives/{iid}/calculus',
      '/municipalities/{id}/benefits.csv',
      '/municipalities/{id}/measurements.csv',
    ]) {
      expect(doc.paths?.[path]?.get, path).toBeDefined();
    }
  });
});
