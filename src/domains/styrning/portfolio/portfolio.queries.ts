import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type SearchLanguage, textSearch } from '../../../db/text-search.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { bestTier } from '../../../web/search.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import { initiativeDocument } from './initiative-search.queries.ts';
import {
  initiativeCosts,
  initiativeDependencies,
  initiatives,
  type Requirements,
  stageTransitions,
} from './portfolio.schema.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;

/** An initiative of this municipality; another municipality's (or a malformed id) is not found. */
export async function getInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
): Promise<InitiativeRow | undefined> {
  if (!isUuid(initiativeId)) return undefined;
  const [row] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.id, initiativeId)));
  return row;
}

/**
 * Moves an initiative to another stage and records who did it, when and why (append-only). Call it
 * inside the transaction that also audits the change.
 */
export async function recordStageTransition(
  db: Db,
  change: {
    initiativeId: string;
    fromStage: string;
    toStage: string;
    reason: string;
    decisionId?: string | null;
    actorId: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .update(initiatives)
    .set({ stage: change.toStage, updatedAt: change.at })
    .where(eq(initiatives.id, change.initiativeId));
  await db.insert(stageTransitions).values({
    initiativeId: change.initiativeId,
    fromStage: change.fromStage,
    toStage: change.toStage,
    reason: change.reason,
    decisionId: change.decisionId ?? null,
    actorId: change.actorId,
    at: change.at,
  });
}

/** One row of the initiatives list. */
export type InitiativeListItem = {
  id: string;
  title: string;
  stage: string;
  isPublic: boolean;
  mandatory: boolean;
  departmentId: string;
  departmentName: string;
  startsOn: string | null;
  endsOn: string | null;
  ownerName: string;
  updatedAt: Date;
  /** Investment and running cost summed over every year, in the municipality's currency. */
  totalCost: number;
  /** How well it matches the search words (the scale of db/text-search.ts); null without search. */
  rank: number | null;
};

/**
 * The municipality's initiatives by title (callers reorder them, see initiative-order.ts);
 * `publicOnly` for visitors and residents. Stage, department and search words narrow the list
 * when given; the words are searched like the municipality search does (title, problem and idea,
 * stemmed in `lang`, similar words only when nothing matches in full text).
 */
export async function listInitiatives(
  db: Db,
  municipalityId: string,
  filter: {
    publicOnly: boolean;
    stage?: string | undefined;
    departmentId?: string | undefined;
    search?: { text: string; lang: SearchLanguage } | undefined;
  },
): Promise<InitiativeListItem[]> {
  const where: (SQL | undefined)[] = [eq(initiatives.municipalityId, municipalityId)];
  if (filter.publicOnly) where.push(eq(initiatives.isPublic, true));
  if (filter.stage) where.push(eq(initiatives.stage, filter.stage));
  if (filter.departmentId) where.push(eq(initiatives.departmentId, filter.departmentId));
  const ts = filter.search ? textSearch(filter.search.text, filter.search.lang) : undefined;
  if (ts) where.push(ts.matches(initiativeDocument));
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      stage: initiatives.stage,
      isPublic: initiatives.isPublic,
      mandatory: initiatives.mandatory,
      departmentId: initiatives.departmentId,
      departmentName: departments.name,
      startsOn: initiatives.startsOn,
      endsOn: initiatives.endsOn,
      ownerName: initiatives.ownerName,
      updatedAt: initiatives.updatedAt,
      totalCost: sql<number>`coalesce((select sum(${initiativeCosts.investment} + ${initiativeCosts.running}) from ${initiativeCosts} where ${initiativeCosts.initiativeId} = ${initiatives.id}), 0)::float8`,
      rank: ts ? ts.rank(initiativeDocument) : sql<number | null>`null::float8`,
    })
    .from(initiatives)
    .innerJoin(departments, eq(departments.id, initiatives.departmentId))
    .where(and(...where))
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  return ts ? bestTier(rows.map((r) => ({ ...r, rank: r.rank ?? 0 }))) : rows;
}

/** Inserts a proposed initiative (stage idea, no requirement met yet). */
export async function insertInitiative(
  db: Db,
  row: {
    municipalityId: string;
    departmentId: string;
    title: string;
    problem: string;
    idea: string;
    createdBy: string | null;
    at: Date;
    /** Public from the start; otherwise staff publish it later. */
    isPublic?: boolean;
  },
): Promise<InitiativeRow> {
  const [created] = await db
    .insert(initiatives)
    .values({
      municipalityId: row.municipalityId,
      departmentId: row.departmentId,
      title: row.title,
      problem: row.problem,
      idea: row.idea,
      stage: 'idea',
      isPublic: row.isPublic ?? false,
      requirements: noRequirementsMet,
      createdBy: row.createdBy,
      createdAt: row.at,
      updatedAt: row.at,
    })
    .returning();
  if (!created) throw new Error('initiative insert returned no row');
  return created;
}

/** Requirements of a new initiative: none met until someone assesses it. */
export const noRequirementsMet: Requirements = {
  verifiedNeed: false,
  namedOwner: false,
  goalLink: false,
  financingDevelopment: false,
  financingOperation: false,
  architectureFit: false,
};

/** Updates an initiative's own columns (title, flags, dates, requirements, ratings...). */
export async function updateInitiative(
  db: Db,
  id: string,
  values: Partial<Omit<typeof initiatives.$inferInsert, 'id' | 'municipalityId' | 'stage'>>,
  at: Date,
): Promise<void> {
  await db
    .update(initiatives)
    .set({ ...values, updatedAt: at })
    .where(eq(initiatives.id, id));
}

/** Marks an initiative as changed (its related rows were edited). */
export async function touchInitiative(db: Db, id: string, at: Date): Promise<void> {
  await db.update(initiatives).set({ updatedAt: at }).where(eq(initiatives.id, id));
}

/** Every dependency edge between the municipality's initiatives. */
export async function dependencyEdges(db: Db, municipalityId: string) {
  return db
    .select({
      initiativeId: initiativeDependencies.initiativeId,
      dependsOnId: initiativeDependencies.dependsOnId,
    })
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.initiativeId))
    .where(eq(initiatives.municipalityId, municipalityId));
}

/** Ids and titles of the municipality's initiatives among `ids` (others' ids are dropped). */
export async function initiativesAmong(db: Db, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), inArray(initiatives.id, ids)));
}

/**
 * Like `getInitiative`, but locks the row until the transaction ends, so two edits of the same
 * initiative (two stage changes at once) run one after the other.
 */
export async function lockInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
): Promise<InitiativeRow | undefined> {
  if (!isUuid(initiativeId)) return undefined;
  const [row] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.id, initiativeId)))
    .for('update');
  return row;
}

/** How many initiatives the municipality has in each stage; `publicOnly` counts public ones only. */
export async function stageCounts(
  db: Db,
  municipalityId: string,
  opts: { publicOnly: boolean },
): Promise<Map<string, number>> {
  const where = [eq(initiatives.municipalityId, municipalityId)];
  if (opts.publicOnly) where.push(eq(initiatives.isPublic, true));
  const rows = await db
    .select({ stage: initiatives.stage, count: sql<number>`count(*)::int` })
    .from(initiatives)
    .where(and(...where))
    .groupBy(initiatives.stage);
  return new Map(rows.map((r) => [r.stage, r.count]));
}

/** The municipality's initiatives in one stage, with what the policy needs to decide who edits them. */
export async function initiativesInStage(db: Db, municipalityId: string, stage: string) {
  return db
    .select({
      id: initiatives.id,
      municipalityId: initiatives.municipalityId,
      departmentId: initiatives.departmentId,
      isPublic: initiatives.isPublic,
    })
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.stage, stage)));
}
