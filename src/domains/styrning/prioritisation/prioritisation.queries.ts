import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import { benefits } from '../benefits/benefits.schema.ts';
import {
  goalContributions,
  initiativeCosts,
  initiativeDependencies,
  initiatives,
} from '../portfolio/portfolio.schema.ts';
import { steeringSettings } from '../steering/steering.schema.ts';
import { scenarios } from './prioritisation.schema.ts';

/** What the prioritisation reads of one initiative. */
export type PortfolioInitiative = {
  id: string;
  title: string;
  stage: string;
  departmentId: string;
  requirements: Record<string, boolean>;
  ratings: Record<string, number>;
  mandatory: boolean;
};

/** Everything needed to pose the prioritisation problem of one municipality and year. */
export type PortfolioData = {
  initiatives: PortfolioInitiative[];
  /** initiative id → every cost row (all years, for the benefit calculus). */
  costs: Map<string, { year: number; investment: number; running: number }[]>;
  /** initiative id → ids it depends on. */
  dependsOn: Map<string, string[]>;
  /** initiative id → sum of its goal contribution weights. */
  goalWeight: Map<string, number>;
  /** initiative id → its benefits as the calculus needs them. */
  benefits: Map<
    string,
    {
      id: string;
      isDisbenefit: boolean;
      moneyPerUnit: number | null;
      planned: Record<string, number>;
    }[]
  >;
};

const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const out = new Map<K, T[]>();
  // Append in place: copying the list on every row would make grouping quadratic.
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
};

/** Every initiative of the municipality with its costs, dependencies, goal links and benefits. */
export async function portfolioData(db: Db, municipalityId: string): Promise<PortfolioData> {
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      stage: initiatives.stage,
      departmentId: initiatives.departmentId,
      requirements: initiatives.requirements,
      ratings: initiatives.ratings,
      mandatory: initiatives.mandatory,
    })
    .from(initiatives)
    .where(eq(initiatives.municipalityId, municipalityId))
    .orderBy(initiatives.id);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) {
    return {
      initiatives: [],
      costs: new Map(),
      dependsOn: new Map(),
      goalWeight: new Map(),
      benefits: new Map(),
    };
  }
  // One after the other: inside a transaction (seeding, adopting) they share one connection.
  const costRows = await db
    .select()
    .from(initiativeCosts)
    .where(inArray(initiativeCosts.initiativeId, ids));
  const depRows = await db
    .select()
    .from(initiativeDependencies)
    .where(inArray(initiativeDependencies.initiativeId, ids));
  const goalRows = await db
    .select({
      initiativeId: goalContributions.initiativeId,
      weight: sql<number>`sum(${goalContributions.weight})`.mapWith(Number),
    })
    .from(goalContributions)
    .where(inArray(goalContributions.initiativeId, ids))
    .groupBy(goalContributions.initiativeId);
  const benefitRows = await db
    .select({
      id: benefits.id,
      initiativeId: benefits.initiativeId,
      isDisbenefit: benefits.isDisbenefit,
      moneyPerUnit: benefits.moneyPerUnit,
      planned: benefits.planned,
    })
    .from(benefits)
    .where(inArray(benefits.initiativeId, ids));
  const deps = group(depRows, (r) => r.initiativeId);
  return {
    initiatives: rows.map((r) => ({ ...r, requirements: { ...r.requirements } })),
    costs: group(
      costRows.map((c) => ({ ...c })),
      (c) => c.initiativeId,
    ),
    dependsOn: new Map([...deps].map(([k, v]) => [k, v.map((d) => d.dependsOnId).sort()])),
    goalWeight: new Map(goalRows.map((g) => [g.initiativeId, g.weight])),
    benefits: group(benefitRows, (b) => b.initiativeId),
  };
}

/** Inserts or replaces the municipality's steering settings. */
export async function upsertSteeringSettings(
  db: Db,
  row: {
    municipalityId: string;
    discountRate: number;
    currency: string;
    weights: Record<string, number>;
    at: Date;
  },
): Promise<void> {
  const values = {
    municipalityId: row.municipalityId,
    discountRate: row.discountRate,
    currency: row.currency,
    weights: row.weights,
    updatedAt: row.at,
  };
  await db
    .insert(steeringSettings)
    .values(values)
    .onConflictDoUpdate({
      target: steeringSettings.municipalityId,
      set: { discountRate: values.discountRate, weights: values.weights, updatedAt: row.at },
    });
}

export type ScenarioRow = typeof scenarios.$inferSelect;

/** Saves a scenario with its result. */
export async function insertScenario(
  db: Db,
  row: typeof scenarios.$inferInsert,
): Promise<ScenarioRow> {
  const [created] = await db.insert(scenarios).values(row).returning();
  if (!created) throw new Error('scenario insert returned no row');
  return created;
}

/** The municipality's scenarios, newest first. */
export function scenariosOf(db: Db, municipalityId: string): Promise<ScenarioRow[]> {
  return db
    .select()
    .from(scenarios)
    .where(eq(scenarios.municipalityId, municipalityId))
    .orderBy(desc(scenarios.createdAt), desc(scenarios.id));
}

/** A scenario of this municipality; another municipality's (or a malformed id) is not found. */
export async function getScenario(
  db: Db,
  municipalityId: string,
  scenarioId: string,
): Promise<ScenarioRow | undefined> {
  if (!isUuid(scenarioId)) return undefined;
  const [row] = await db
    .select()
    .from(scenarios)
    .where(and(eq(scenarios.municipalityId, municipalityId), eq(scenarios.id, scenarioId)));
  return row;
}

/** The decisions of the municipality that adopt one of its scenarios: scenario id → decision. */
export async function scenarioAdoptions(
  db: Db,
  municipalityId: string,
): Promise<Map<string, { id: string; sequence: number; decidedOn: string }>> {
  const rows = await db
    .select({
      id: decisions.id,
      sequence: decisions.sequence,
      decidedOn: decisions.decidedOn,
      adopts: decisions.adopts,
    })
    .from(decisions)
    .where(
      and(
        eq(decisions.municipalityId, municipalityId),
        sql`${decisions.adopts} @> '[{"kind":"portfolio-scenario"}]'::jsonb`,
      ),
    )
    .orderBy(decisions.sequence);
  const out = new Map<string, { id: string; sequence: number; decidedOn: string }>();
  for (const r of rows) {
    for (const a of r.adopts) {
      if (a.kind === 'portfolio-scenario' && !out.has(a.id)) {
        out.set(a.id, { id: r.id, sequence: r.sequence, decidedOn: r.decidedOn });
      }
    }
  }
  return out;
}

/** Which of `ids` are initiatives of the municipality still at the stage 'assessed'. */
export async function assessedAmong(db: Db, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.municipalityId, municipalityId),
        eq(initiatives.stage, 'assessed'),
        inArray(initiatives.id, ids),
      ),
    );
  return rows.map((r) => r.id);
}
