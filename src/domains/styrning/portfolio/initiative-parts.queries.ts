import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import {
  goalContributions,
  initiativeCompetences,
  initiativeCosts,
  initiativeDependencies,
  initiativeParticipants,
  initiativeRisks,
  initiativeSystems,
} from './portfolio.schema.ts';

// Writes to the parts of an initiative. Callers check that every referenced id belongs to the
// initiative's municipality and run these inside the audited transaction.

/** Replaces the participating departments. */
export async function replaceParticipants(db: Db, initiativeId: string, departmentIds: string[]) {
  await db
    .delete(initiativeParticipants)
    .where(eq(initiativeParticipants.initiativeId, initiativeId));
  if (departmentIds.length)
    await db
      .insert(initiativeParticipants)
      .values(departmentIds.map((departmentId) => ({ initiativeId, departmentId })));
}

/** Replaces the goal contributions (weights in [0, 1]). */
export async function replaceContributions(
  db: Db,
  initiativeId: string,
  rows: { goalId: string; weight: number }[],
) {
  await db.delete(goalContributions).where(eq(goalContributions.initiativeId, initiativeId));
  if (rows.length)
    await db.insert(goalContributions).values(rows.map((r) => ({ initiativeId, ...r })));
}

/** Sets one year's costs, adding the year or changing it. */
export async function upsertCost(
  db: Db,
  initiativeId: string,
  row: { year: number; investment: number; running: number },
) {
  await db
    .insert(initiativeCosts)
    .values({ initiativeId, ...row })
    .onConflictDoUpdate({
      target: [initiativeCosts.initiativeId, initiativeCosts.year],
      set: { investment: row.investment, running: row.running },
    });
}

/** Removes one year's costs; false when there was none. */
export async function deleteCost(db: Db, initiativeId: string, year: number): Promise<boolean> {
  const gone = await db
    .delete(initiativeCosts)
    .where(and(eq(initiativeCosts.initiativeId, initiativeId), eq(initiativeCosts.year, year)))
    .returning();
  return gone.length > 0;
}

export async function insertRisk(
  db: Db,
  initiativeId: string,
  row: { description: string; likelihood: number; impact: number },
) {
  const [created] = await db
    .insert(initiativeRisks)
    .values({ initiativeId, ...row })
    .returning();
  if (!created) throw new Error('risk insert returned no row');
  return created;
}

/** Removes a risk of this initiative; false when it has no such risk. */
export async function deleteRisk(db: Db, initiativeId: string, riskId: string): Promise<boolean> {
  if (!isUuid(riskId)) return false;
  const gone = await db
    .delete(initiativeRisks)
    .where(and(eq(initiativeRisks.initiativeId, initiativeId), eq(initiativeRisks.id, riskId)))
    .returning();
  return gone.length > 0;
}

export async function replaceSystems(db: Db, initiativeId: string, systemIds: string[]) {
  await db.delete(initiativeSystems).where(eq(initiativeSystems.initiativeId, initiativeId));
  if (systemIds.length)
    await db
      .insert(initiativeSystems)
      .values(systemIds.map((systemId) => ({ initiativeId, systemId })));
}

export async function replaceCompetences(db: Db, initiativeId: string, competences: string[]) {
  await db
    .delete(initiativeCompetences)
    .where(eq(initiativeCompetences.initiativeId, initiativeId));
  if (competences.length)
    await db
      .insert(initiativeCompetences)
      .values(competences.map((competence) => ({ initiativeId, competence })));
}

export async function replaceDependencies(db: Db, initiativeId: string, dependsOnIds: string[]) {
  await db
    .delete(initiativeDependencies)
    .where(eq(initiativeDependencies.initiativeId, initiativeId));
  if (dependsOnIds.length)
    await db
      .insert(initiativeDependencies)
      .values(dependsOnIds.map((dependsOnId) => ({ initiativeId, dependsOnId })));
}
