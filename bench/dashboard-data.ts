/**
 * The dashboard benchmark's data: in a non-demo municipality, 10 departments, 2,000 initiatives
 * over all stages with two cost years each, one money-valued benefit per initiative with planned
 * values, 10,000 benefit measurements, and 20 goals with indicators and measurements; plus a
 * politician who may see the dashboard. Written straight into the data directory before the
 * server starts (PGlite is single-process).
 */
import { openPglite } from '../src/db/client.ts';
import { insertGrant, insertUser } from '../src/domains/identity/identity.queries.ts';
import { hashPassword } from '../src/domains/identity/passwords.ts';
import { benefitMeasurements, benefits } from '../src/domains/styrning/benefits/benefits.schema.ts';
import {
  initiativeCosts,
  initiatives,
} from '../src/domains/styrning/portfolio/portfolio.schema.ts';
import {
  goals,
  indicatorMeasurements,
  indicators,
} from '../src/domains/styrning/strategy/strategy.schema.ts';
import { departments } from '../src/domains/tenancy/tenancy.schema.ts';
import { prepareDatabase } from '../src/seed/prepare.ts';
import { seededRandom as prng } from '../src/vocabulary/random.ts';

export const benchMunicipality = 'SE-0180';
export const benchUser = { email: 'politician@bench.example', password: 'bench password 2026' };
const stages = ['idea', 'assessed', 'prioritised', 'pilot', 'scaling', 'operation', 'stopped'];

/** Chunks of at most `n` rows, so no statement exceeds the bind-parameter limit. */
function chunks<T>(rows: T[], n = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += n) out.push(rows.slice(i, i + n));
  return out;
}

export async function writeBenchData(
  dataDir: string,
): Promise<{ initiatives: number; measurements: number }> {
  const database = await openPglite(dataDir);
  const { db } = database;
  try {
    await prepareDatabase(database, { demo: true });
    const random = prng(42);
    const m = benchMunicipality;
    const depts = await db
      .insert(departments)
      .values(
        Array.from({ length: 10 }, (_, i) => ({ municipalityId: m, name: `Förvaltning ${i + 1}` })),
      )
      .returning();
    const user = await insertUser(db, {
      email: benchUser.email,
      name: 'Bench politician',
      passwordHash: await hashPassword(benchUser.password),
      isDemo: false,
    });
    if (!user) throw new Error('bench user');
    await insertGrant(db, {
      userId: user.id,
      role: 'politician',
      municipalityId: m,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
    const allMet = {
      verifiedNeed: true,
      namedOwner: true,
      goalLink: true,
      financingDevelopment: true,
      financingOperation: true,
      architectureFit: true,
    };
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      municipalityId: m,
      departmentId: depts[i % depts.length]?.id as string,
      title: `Satsning ${i + 1}`,
      stage: stages[i % stages.length] as string,
      requirements: allMet,
    }));
    const created = [];
    for (const c of chunks(rows, 500))
      created.push(...(await db.insert(initiatives).values(c).returning({ id: initiatives.id })));
    const costs = created.flatMap((x) => [
      { initiativeId: x.id, year: 2026, investment: Math.round(random() * 1e6), running: 0 },
      { initiativeId: x.id, year: 2027, investment: 0, running: Math.round(random() * 2e5) },
    ]);
    for (const c of chunks(costs)) await db.insert(initiativeCosts).values(c);
    const benefitRows = created.map((x) => ({
      initiativeId: x.id,
      description: 'Frigjord tid',
      kind: 'time',
      ownerName: 'Bench',
      indicator: 'Timmar per år',
      unit: 'h',
      direction: 'higher',
      baselineValue: 0,
      baselineDate: '2025-01-01',
      targetValue: 1000,
      targetDate: '2027-12-31',
      moneyPerUnit: 450,
      planned: { '2025': 300, '2026': 700, '2027': 1000 },
    }));
    const benefitIds = [];
    for (const c of chunks(benefitRows, 500))
      benefitIds.push(...(await db.insert(benefits).values(c).returning({ id: benefits.id })));
    const dates = ['2025-06-30', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'];
    const measurements = benefitIds.flatMap((b) =>
      dates.map((d, k) => ({
        benefitId: b.id,
        value: Math.round(200 * (k + 1) * random()),
        measuredOn: d,
      })),
    );
    for (const c of chunks(measurements)) await db.insert(benefitMeasurements).values(c);
    for (let g = 0; g < 20; g++) {
      const [goal] = await db
        .insert(goals)
        .values({
          municipalityId: m,
          title: `Mål ${g + 1}`,
          departmentId: g < 10 ? null : (depts[g - 10]?.id ?? null),
        })
        .returning();
      const [ind] = await db
        .insert(indicators)
        .values({
          goalId: goal?.id as string,
          name: 'Indikator',
          unit: '%',
          direction: 'higher',
          baselineValue: 0,
          baselineDate: '2025-01-01',
          targetValue: 100,
          targetDate: '2027-12-31',
        })
        .returning();
      await db.insert(indicatorMeasurements).values(
        dates.map((d, k) => ({
          indicatorId: ind?.id as string,
          value: 8 * (k + 1) * (0.5 + random()),
          measuredOn: d,
        })),
      );
    }
    return { initiatives: created.length, measurements: measurements.length };
  } finally {
    await database.close();
  }
}
