import type { Db } from '../db/client.ts';
import { benefits } from '../domains/styrning/benefits/benefits.schema.ts';
import {
  initiativeCosts,
  initiativeDependencies,
  initiatives,
  type Requirements,
} from '../domains/styrning/portfolio/portfolio.schema.ts';
import { departments } from '../domains/tenancy/tenancy.schema.ts';

/** Every must-requirement met. */
const allRequirementsMet: Requirements = {
  verifiedNeed: true,
  namedOwner: true,
  goalLink: true,
  financingDevelopment: true,
  financingOperation: true,
  architectureFit: true,
};

/** A department for tests, in any municipality (also ones without demo content). */
export async function insertTestDepartment(db: Db, municipalityId: string, name = 'Testavdelning') {
  const [row] = await db.insert(departments).values({ municipalityId, name }).returning();
  if (!row) throw new Error('department insert returned no row');
  return row;
}

type InitiativeFixture = Partial<typeof initiatives.$inferInsert> & {
  municipalityId: string;
  departmentId: string;
  /** Costs per year: { 2027: { investment: 100, running: 10 } } */
  costs?: Record<number, { investment?: number; running?: number }>;
  dependsOn?: string[];
};

/** Inserts an initiative directly (bypassing commands), with optional costs and dependencies. */
export async function insertTestInitiative(db: Db, fixture: InitiativeFixture) {
  const { costs = {}, dependsOn = [], ...values } = fixture;
  const [row] = await db
    .insert(initiatives)
    .values({ title: 'Testsatsning', requirements: allRequirementsMet, ...values })
    .returning();
  if (!row) throw new Error('initiative insert returned no row');
  for (const [year, c] of Object.entries(costs)) {
    await db.insert(initiativeCosts).values({
      initiativeId: row.id,
      year: Number(year),
      investment: c.investment ?? 0,
      running: c.running ?? 0,
    });
  }
  for (const dependsOnId of dependsOn) {
    await db.insert(initiativeDependencies).values({ initiativeId: row.id, dependsOnId });
  }
  return row;
}

/** Inserts a benefit directly, with sensible defaults for every required column. */
export async function insertTestBenefit(
  db: Db,
  fixture: Partial<typeof benefits.$inferInsert> & { initiativeId: string },
) {
  const [row] = await db
    .insert(benefits)
    .values({
      description: 'Testnytta',
      kind: 'time',
      ownerName: 'Test Owner',
      indicator: 'Hours per week',
      unit: 'h',
      direction: 'higher',
      baselineValue: 0,
      baselineDate: '2026-01-01',
      targetValue: 100,
      targetDate: '2027-12-31',
      ...fixture,
    })
    .returning();
  if (!row) throw new Error('benefit insert returned no row');
  return row;
}
