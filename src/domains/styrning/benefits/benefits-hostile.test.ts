import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import { goalContributions, initiatives } from '../portfolio/portfolio.schema.ts';
import { goals } from '../strategy/strategy.schema.ts';
import { benefitMeasurements, benefits } from './benefits.schema.ts';
import { benefitForm } from './benefits.test-support.ts';

let t: TestApp;
let iid = '';
let bid = '';
const base = '/en/municipalities/SE-0483/initiatives';
const hostile = [
  '<script>alert(1)</script>',
  'x'.repeat(100_000),
  '\u0000',
  '1e308',
  '-0',
  '９９',
  '2026-00-00',
  '../../etc/passwd',
  "'; drop table benefits; --",
  '\ud83d\ude00',
];

const state = async () => {
  const db = t.database.db;
  return JSON.stringify([
    (await db.select().from(benefits)).length,
    (await db.select().from(benefitMeasurements)).length,
    (await db.select().from(decisions)).length,
    (await db.select().from(initiatives).where(eq(initiatives.id, iid)))[0]?.stage,
  ]);
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dept = await departmentManagedBy(db, 'manager@katrineholm.example');
  iid = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Kedjesatsning',
      stage: 'pilot',
    })
  ).id;
  bid = (
    await insertTestBenefit(db, {
      initiativeId: iid,
      description: 'Kortare handläggningstid',
      indicator: 'Handläggningstid i dagar',
      unit: 'd',
      direction: 'lower',
      baselineValue: 30,
      targetValue: 10,
      targetDate: '2027-12-31',
    })
  ).id;
  for (const [title, weight] of [
    ['En effektiv kommun', 0.7],
    ['Nöjda invånare', 0.3],
  ] as const) {
    const [goal] = await db.insert(goals).values({ municipalityId: 'SE-0483', title }).returning();
    await db
      .insert(goalContributions)
      .values({ initiativeId: iid, goalId: goal?.id ?? '', weight });
  }
});
afterAll(async () => {
  await t?.close();
});

describe('the effect chain', () => {
  it('draws initiative → effect → benefit → goal and says the same in words', async () => {
    const html = await (
      await (await t.signedIn('staff@katrineholm.example')).get(`${base}/${iid}/benefits`)
    ).text();
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="effect-chain-title">Effect chain of Kedjesatsning</title>');
    for (const text of [
      'Kedjesatsning',
      'Kortare handläggningstid',
      'En effektiv kommun',
      'Nöjda invånare',
    ]) {
      expect(svg).toContain(text);
    }
    // The text alternative: the effect is the indicator's change from baseline to target.
    expect(html).toContain(
      'Kedjesatsning → effect: Handläggningstid i dagar: 30 → 10 d by 31 Dec 2027 → benefit: Kortare handläggningstid → goals: En effektiv kommun, Nöjda invånare',
    );
  });
});

describe('stored data written by other means', () => {
  it('shows an unknown kind or confidence as it is instead of failing', async () => {
    const db = t.database.db;
    const dept = await departmentManagedBy(db, 'manager@katrineholm.example');
    const other = await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Importerad satsning',
      isPublic: true,
    });
    await insertTestBenefit(db, { initiativeId: other.id, kind: 'hours', confidence: 'blue' });
    const res = await t.app.request(`${base}/${other.id}/benefits`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('>hours<');
    expect(html).toContain('>blue<');
  });
});

describe('hostile input on every benefits route', () => {
  it('never answers 500, never reflects markup and changes nothing', async () => {
    const before = await state();
    const manager = await t.signedIn('manager@katrineholm.example');
    const politician = await t.signedIn('politician@katrineholm.example');
    for (const value of hostile) {
      const everyField = Object.fromEntries(Object.keys(benefitForm()).map((k) => [k, value]));
      const attempts: [TestClient, string, Record<string, string>][] = [
        [manager, `${base}/${iid}/benefits`, everyField],
        [manager, `${base}/${iid}/benefits/${bid}`, everyField],
        [
          manager,
          `${base}/${iid}/benefits/${bid}/measurements`,
          { value, measuredOn: value, note: value },
        ],
        [manager, `${base}/${iid}/scale`, { reason: value }],
        [
          politician,
          `${base}/${iid}/gate-override`,
          { bodyId: value, decidedOn: value, text: value },
        ],
        [manager, `${base}/${encodeURIComponent(value.slice(0, 200))}/benefits`, benefitForm()],
        [
          manager,
          `${base}/${iid}/benefits/${encodeURIComponent(value.slice(0, 200))}/measurements`,
          { value: '1', measuredOn: '2026-11-01' },
        ],
      ];
      for (const [client, path, form] of attempts) {
        const res = await client.postForm(path, form);
        const where = `${path.slice(0, 120)} ← ${value.slice(0, 20)}`;
        expect(res.status, where).toBeLessThan(500);
        expect(res.status, where).not.toBe(303);
        expect(await res.text(), where).not.toContain('<script>alert(1)');
      }
      for (const path of [
        `${base}/${iid}/benefits/${encodeURIComponent(value.slice(0, 200))}`,
        `${base}/${iid}/calculus?x=${encodeURIComponent(value.slice(0, 200))}`,
        `/api/v1/municipalities/SE-0483/initiatives/${encodeURIComponent(value.slice(0, 200))}/calculus`,
      ]) {
        expect((await manager.get(path)).status, path).toBeLessThan(500);
      }
    }
    expect(await state()).toBe(before);
  }, 120_000);
});
