import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { users } from '../../identity/identity.schema.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import { goals, indicatorMeasurements, indicators } from './strategy.schema.ts';

export type GoalRow = typeof goals.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
/** A measurement with the name of the person who recorded it. */
export type MeasurementRow = typeof indicatorMeasurements.$inferSelect & {
  recordedByName: string | null;
};

/** Every goal of a municipality with its department's name, in display order. */
export async function listGoals(db: Db, municipalityId: string) {
  return db
    .select({ goal: goals, departmentName: departments.name })
    .from(goals)
    .leftJoin(departments, eq(departments.id, goals.departmentId))
    .where(eq(goals.municipalityId, municipalityId))
    .orderBy(asc(goals.position), asc(goals.createdAt));
}

/** One goal of this municipality; another municipality's goal (or a malformed id) is not found. */
export async function getGoal(db: Db, municipalityId: string, goalId: string) {
  if (!isUuid(goalId)) return undefined;
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.municipalityId, municipalityId), eq(goals.id, goalId)));
  return row;
}

/** A department of this municipality, or undefined. */
export async function getDepartment(db: Db, municipalityId: string, departmentId: string) {
  if (!isUuid(departmentId)) return undefined;
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.municipalityId, municipalityId), eq(departments.id, departmentId)));
  return row;
}

export async function listDepartments(db: Db, municipalityId: string) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.municipalityId, municipalityId))
    .orderBy(asc(departments.name));
}

export async function insertGoal(db: Db, row: typeof goals.$inferInsert) {
  const [created] = await db.insert(goals).values(row).returning();
  if (!created) throw new Error('goal insert returned no row');
  return created;
}

export async function updateGoal(
  db: Db,
  goalId: string,
  values: { title: string; description: string },
) {
  const [row] = await db.update(goals).set(values).where(eq(goals.id, goalId)).returning();
  return row;
}

/** Marks the given draft goals adopted by a decision. */
export async function markGoalsAdopted(db: Db, goalIds: string[], decisionId: string) {
  if (goalIds.length === 0) return [];
  return db
    .update(goals)
    .set({ status: 'adopted', adoptedBy: decisionId })
    .where(and(inArray(goals.id, goalIds), eq(goals.status, 'draft')))
    .returning({ id: goals.id });
}

/** Indicators of the given goals, oldest first. */
export async function indicatorsOf(db: Db, goalIds: string[]): Promise<IndicatorRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .select()
    .from(indicators)
    .where(inArray(indicators.goalId, goalIds))
    .orderBy(asc(indicators.createdAt));
}

/** Measurements of the given indicators, by date. */
export async function measurementsOf(db: Db, indicatorIds: string[]): Promise<MeasurementRow[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .select({ m: indicatorMeasurements, name: users.name })
    .from(indicatorMeasurements)
    .leftJoin(users, eq(users.id, indicatorMeasurements.recordedBy))
    .where(inArray(indicatorMeasurements.indicatorId, indicatorIds))
    .orderBy(asc(indicatorMeasurements.measuredOn), asc(indicatorMeasurements.recordedAt));
  return rows.map((r) => ({ ...r.m, recordedByName: r.name }));
}

/** An indicator of one goal, or undefined. */
export async function getIndicator(db: Db, goalId: string, indicatorId: string) {
  if (!isUuid(indicatorId)) return undefined;
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.goalId, goalId), eq(indicators.id, indicatorId)));
  return row;
}

export async function insertIndicator(db: Db, row: typeof indicators.$inferInsert) {
  const [created] = await db.insert(indicators).values(row).returning();
  if (!created) throw new Error('indicator insert returned no row');
  return created;
}

export async function insertMeasurement(db: Db, row: typeof indicatorMeasurements.$inferInsert) {
  const [created] = await db.insert(indicatorMeasurements).values(row).returning();
  if (!created) throw new Error('measurement insert returned no row');
  return created;
}

/** Serialises goal-set adoptions of one municipality for the rest of the transaction. */
export async function lockGoals(db: Db, municipalityId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`goals:${municipalityId}`}))`);
}

/** An initiative that works towards a goal (portfolio's goal contributions). */
