import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decisionBodies, decisionCheckpoints, decisions } from './decisions.schema.ts';

export type DecisionRow = typeof decisions.$inferSelect;
export type CheckpointRow = typeof decisionCheckpoints.$inferSelect;

export async function listBodies(db: Db, municipalityId: string) {
  return db
    .select()
    .from(decisionBodies)
    .where(eq(decisionBodies.municipalityId, municipalityId))
    .orderBy(asc(decisionBodies.name));
}

/** A body of this municipality; another municipality's body is not found. */
export async function getBody(db: Db, municipalityId: string, bodyId: string) {
  const [row] = await db
    .select()
    .from(decisionBodies)
    .where(and(eq(decisionBodies.municipalityId, municipalityId), eq(decisionBodies.id, bodyId)));
  return row;
}

export async function insertBody(
  db: Db,
  row: { municipalityId: string; name: string; kind: string },
) {
  const [created] = await db.insert(decisionBodies).values(row).returning();
  if (!created) throw new Error('decision body insert returned no row');
  return created;
}

/**
 * Takes the municipality's decision lock for the rest of the transaction, so two decisions recorded
 * at once are chained one after the other instead of both after the same predecessor.
 */
export async function lockDecisionChain(db: Db, municipalityId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`decisions:${municipalityId}`}))`);
}

export async function lastDecision(
  db: Db,
  municipalityId: string,
): Promise<DecisionRow | undefined> {
  const [row] = await db
    .select()
    .from(decisions)
    .where(eq(decisions.municipalityId, municipalityId))
    .orderBy(desc(decisions.sequence))
    .limit(1);
  return row;
}

export async function insertDecision(
  db: Db,
  row: typeof decisions.$inferInsert,
): Promise<DecisionRow> {
  const [created] = await db.insert(decisions).values(row).returning();
  if (!created) throw new Error('decision insert returned no row');
  return created;
}

/** Every decision of a municipality in chain order, with its body's name. */
export async function decisionsOf(db: Db, municipalityId: string) {
  return db
    .select({ decision: decisions, bodyName: decisionBodies.name })
    .from(decisions)
    .innerJoin(decisionBodies, eq(decisionBodies.id, decisions.bodyId))
    .where(eq(decisions.municipalityId, municipalityId))
    .orderBy(asc(decisions.sequence));
}

/**
 * The signed checkpoints of a municipality's chain, in the order of the count they sign: every
 * one, or those from `fromCount` on.
 */
export async function checkpointsOf(
  db: Db,
  municipalityId: string,
  fromCount = 1,
): Promise<CheckpointRow[]> {
  return db
    .select()
    .from(decisionCheckpoints)
    .where(
      and(
        eq(decisionCheckpoints.municipalityId, municipalityId),
        gte(decisionCheckpoints.count, fromCount),
      ),
    )
    .orderBy(asc(decisionCheckpoints.count));
}

/** The municipality's latest decisions with their body's name, newest first. */
export async function latestDecisionRows(db: Db, municipalityId: string, limit: number) {
  return db
    .select({ decision: decisions, bodyName: decisionBodies.name })
    .from(decisions)
    .innerJoin(decisionBodies, eq(decisionBodies.id, decisions.bodyId))
    .where(eq(decisions.municipalityId, municipalityId))
    .orderBy(desc(decisions.sequence))
    .limit(limit);
}

/** Stores signed checkpoints; one already there for the same count is kept (a repeated seed). */
export async function insertCheckpoints(
  db: Db,
  rows: (typeof decisionCheckpoints.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(decisionCheckpoints).values(rows).onConflictDoNothing();
}

/** The municipality's latest decisions, newest first, with their body's name. */
export async function latestDecisions(db: Db, municipalityId: string, limit: number) {
  return db
    .select({
      id: decisions.id,
      sequence: decisions.sequence,
      decidedOn: decisions.decidedOn,
      text: decisions.text,
      bodyName: decisionBodies.name,
    })
    .from(decisions)
    .innerJoin(decisionBodies, eq(decisionBodies.id, decisions.bodyId))
    .where(eq(decisions.municipalityId, municipalityId))
    .orderBy(desc(decisions.sequence))
    .limit(limit);
}
