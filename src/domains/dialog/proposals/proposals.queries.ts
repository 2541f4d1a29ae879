import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  type ProposalRule,
  type ProposalState,
  publicStates,
  type RulePreset,
  type SupportWay,
} from '../../../engines/proposal-rules/index.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { initiatives, stageTransitions } from '../../styrning/portfolio/portfolio.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import {
  proposalPaperSignatures,
  proposalRules,
  proposalSupports,
  proposals,
} from './proposals.schema.ts';

export type ProposalRow = typeof proposals.$inferSelect & { state: ProposalState };

/** The municipality's stored rule, or undefined when it uses its country's default. */
export async function storedRule(
  db: Db,
  municipalityId: string,
): Promise<ProposalRule | undefined> {
  const [row] = await db
    .select()
    .from(proposalRules)
    .where(eq(proposalRules.municipalityId, municipalityId));
  return (
    row && { ...row, preset: row.preset as RulePreset, supportBy: row.supportBy as SupportWay }
  );
}

export async function saveRule(db: Db, municipalityId: string, rule: ProposalRule, at: Date) {
  const values = { ...rule, municipalityId, updatedAt: at };
  await db
    .insert(proposalRules)
    .values(values)
    .onConflictDoUpdate({ target: proposalRules.municipalityId, set: values });
}

/**
 * The inhabitants a rule counts: the municipality's, or for a fylke the sum over its county's
 * municipalities. Null when the registry has no figure.
 */
export async function inhabitantsOf(db: Db, municipalityId: string, wholeCounty: boolean) {
  const result = (await db.execute(sql`
    select ${wholeCounty ? sql`sum(c.inhabitants)::int` : sql`m.inhabitants`} as n
    from ${municipalities} m
    join ${municipalities} c on ${wholeCounty ? sql`c.county_id = m.county_id` : sql`c.id = m.id`}
    where m.id = ${municipalityId}
    group by m.inhabitants`)) as unknown as { rows: { n: number | null }[] };
  return result.rows[0]?.n ?? null;
}

export async function insertProposal(db: Db, row: typeof proposals.$inferInsert) {
  const [created] = await db.insert(proposals).values(row).returning();
  if (!created) throw new Error('proposal insert returned no row');
  return created as ProposalRow;
}

/** A proposal of the municipality, locked for the change about to be made to it. */
export async function lockProposal(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), eq(proposals.municipalityId, municipalityId)))
    .for('update');
  return row as ProposalRow | undefined;
}

/**
 * A proposal of the municipality held while a support is added: `for key share` lets other
 * people's supports go on at once, but keeps the worker (which takes `for update`) from moving
 * it until the support is counted, and waits for a move already under way, then reads its result.
 */
export async function lockForSupport(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), eq(proposals.municipalityId, municipalityId)))
    .for('key share');
  return row as ProposalRow | undefined;
}

export async function getProposal(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), eq(proposals.municipalityId, municipalityId)));
  return row as ProposalRow | undefined;
}

export async function updateProposal(
  db: Db,
  id: string,
  set: Partial<typeof proposals.$inferInsert>,
) {
  await db.update(proposals).set(set).where(eq(proposals.id, id));
}

/**
 * Up to `limit` proposals of the municipality like the text (trigram similarity), among those
 * anyone may see (`publicStates`): the earlier one with the same content, answered or withdrawn,
 * is what a proposer most needs to see. One in screening or refused is its proposer's and staff's
 * alone, so it is never offered to someone else.
 */
export async function similarProposals(db: Db, municipalityId: string, text: string, limit = 5) {
  const doc = sql`(${proposals.title} || ' ' || ${proposals.body})`;
  const similarity = sql<number>`similarity(${doc}, ${text})`;
  return db
    .select({
      id: proposals.id,
      title: proposals.title,
      state: proposals.state,
      createdAt: proposals.createdAt,
    })
    .from(proposals)
    .where(
      and(
        eq(proposals.municipalityId, municipalityId),
        inArray(proposals.state, [...publicStates]),
        sql`${doc} % ${text}`,
      ),
    )
    .orderBy(desc(similarity), desc(proposals.createdAt))
    .limit(limit) as Promise<
    { id: string; title: string; state: ProposalState; createdAt: Date }[]
  >;
}

/**
 * Adds one person's support and counts it on the proposal, in the caller's transaction. The
 * primary key makes a second support of the same person a no-op, however it arrives; false then.
 */
export async function addSupport(
  db: Db,
  proposalId: string,
  userId: string,
  support: { verified: boolean; tellMe: boolean; declaredResident: boolean },
) {
  const { verified } = support;
  const added = await db
    .insert(proposalSupports)
    .values({ proposalId, userId, ...support })
    .onConflictDoNothing()
    .returning({ userId: proposalSupports.userId });
  if (added.length === 0) return false;
  await db
    .update(proposals)
    .set(
      verified
        ? { supportVerified: sql`${proposals.supportVerified} + 1` }
        : { supportUnverified: sql`${proposals.supportUnverified} + 1` },
    )
    .where(eq(proposals.id, proposalId));
  return true;
}

export async function hasSupported(db: Db, proposalId: string, userId: string) {
  const [row] = await db
    .select({ userId: proposalSupports.userId })
    .from(proposalSupports)
    .where(and(eq(proposalSupports.proposalId, proposalId), eq(proposalSupports.userId, userId)));
  return row !== undefined;
}

export async function addPaperSignatures(db: Db, row: typeof proposalPaperSignatures.$inferInsert) {
  await db.insert(proposalPaperSignatures).values(row);
  await db
    .update(proposals)
    .set({ supportPaper: sql`${proposals.supportPaper} + ${row.count}` })
    .where(eq(proposals.id, row.proposalId));
}

export async function paperSignaturesOf(db: Db, proposalId: string) {
  return db
    .select()
    .from(proposalPaperSignatures)
    .where(eq(proposalPaperSignatures.proposalId, proposalId))
    .orderBy(asc(proposalPaperSignatures.signedOn), asc(proposalPaperSignatures.registeredAt));
}

/**
 * The ids of collecting proposals due to move: those whose support reached the threshold, and
 * those whose window ended without it. Read without a lock; `moveDue` re-checks under one.
 */
export async function dueProposals(db: Db, now: Date) {
  const rows = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(
      and(
        eq(proposals.state, 'collecting'),
        sql`(${proposals.supportTotal} >= ${proposals.threshold} or ${proposals.expiresAt} <= ${now})`,
      ),
    )
    .limit(500);
  return rows.map((r) => r.id);
}

/**
 * Moves the given collecting proposals, skipping any another process holds: past the threshold
 * to `thresholdReached` (even when the window has just ended: the support came in time), else
 * to `expired`. One statement, conditions re-checked on the locked rows, so two processes never
 * move one proposal twice. A support in progress holds its proposal (`lockForSupport`), so it
 * is skipped until that support is counted. Returns what moved.
 */
export async function moveDue(db: Db, ids: string[], now: Date) {
  const result = (await db.execute(sql`
    with due as (
      select ${proposals.id} as id, ${proposals.supportTotal} >= ${proposals.threshold} as reached
      from ${proposals}
      where ${proposals.id} in ${ids} and ${proposals.state} = 'collecting'
        and (${proposals.supportTotal} >= ${proposals.threshold} or ${proposals.expiresAt} <= ${now})
      for update skip locked
    )
    update proposals p set
      state = case when due.reached then 'thresholdReached' else 'expired' end,
      threshold_reached_at = case when due.reached then ${now}::timestamptz else null end
    from due where p.id = due.id
    returning p.id, p.municipality_id as "municipalityId", p.state`)) as unknown as {
    rows: { id: string; municipalityId: string; state: ProposalState }[];
  };
  return result.rows;
}

/**
 * Proposals with the body and the day it must decide by. Which are overdue is for the caller to
 * say with its clock: a deadline passing writes nothing, so a kept list stays right.
 */
export async function proposalsWithBody(db: Db, municipalityId: string) {
  return db
    .select({ id: proposals.id, title: proposals.title, bodyDeadline: proposals.bodyDeadline })
    .from(proposals)
    .where(and(eq(proposals.municipalityId, municipalityId), eq(proposals.state, 'withBody')))
    .orderBy(asc(proposals.bodyDeadline));
}

/**
 * The addresses of the proposal's supporters who asked to be told. An account's address was
 * confirmed by mail when it was made; a deleted account is told nothing.
 */
export async function supportersToTell(db: Db, proposalId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(proposalSupports)
    .innerJoin(users, eq(users.id, proposalSupports.userId))
    .where(
      and(
        eq(proposalSupports.proposalId, proposalId),
        eq(proposalSupports.tellMe, true),
        sql`${users.deletedAt} is null`,
      ),
    )
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}

/**
 * Proposals whose initiative has moved to a stage their supporters were not told of, locked
 * (skipping any another process holds) so each change is told once. `isPublic` says whether the
 * initiative may be told of: staff may have made it non-public since.
 */
export async function lockUntoldStageChanges(db: Db, limit = 100) {
  return db
    .select({
      id: proposals.id,
      title: proposals.title,
      municipalityId: proposals.municipalityId,
      country: municipalities.country,
      stage: initiatives.stage,
      isPublic: initiatives.isPublic,
    })
    .from(proposals)
    .innerJoin(initiatives, eq(initiatives.id, proposals.initiativeId))
    .innerJoin(municipalities, eq(municipalities.id, proposals.municipalityId))
    .where(sql`${proposals.toldStage} is distinct from ${initiatives.stage}`)
    .limit(limit)
    .for('update', { of: proposals, skipLocked: true });
}

/**
 * The initiative a proposal became, while it is public: its stage, and its moves from stage to
 * stage, oldest first, each with the decision that made it when a body decided it. Undefined once staff have made it non-public.
 */
export async function initiativeOfProposal(db: Db, initiativeId: string) {
  const [initiative] = await db
    .select({ id: initiatives.id, title: initiatives.title, stage: initiatives.stage })
    .from(initiatives)
    .where(and(eq(initiatives.id, initiativeId), eq(initiatives.isPublic, true)));
  if (!initiative) return undefined;
  // A move a body decided (a scale gate overridden) names its decision, for the timeline's link.
  const moves = await db
    .select({
      fromStage: stageTransitions.fromStage,
      toStage: stageTransitions.toStage,
      reason: stageTransitions.reason,
      at: stageTransitions.at,
      decision: {
        id: decisions.id,
        paragraph: decisions.paragraph,
        decidedOn: decisions.decidedOn,
      },
    })
    .from(stageTransitions)
    .leftJoin(decisions, eq(decisions.id, stageTransitions.decisionId))
    .where(eq(stageTransitions.initiativeId, initiativeId))
    .orderBy(asc(stageTransitions.at));
  return { ...initiative, moves };
}

/**
 * The answered proposal an initiative came from (the answer creates the initiative, so the
 * proposal is public by then): none for an initiative that came from elsewhere.
 */
export async function answeredProposalsOfInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
) {
  if (!isUuid(initiativeId)) return [];
  return db
    .select({ id: proposals.id, title: proposals.title })
    .from(proposals)
    .where(
      and(
        eq(proposals.initiativeId, initiativeId),
        eq(proposals.municipalityId, municipalityId),
        eq(proposals.state, 'answered'),
      ),
    );
}

/** Answered proposals whose supporters' identities are due for deletion and not yet deleted. */
export async function proposalsWithSupportersToForget(db: Db, now: Date) {
  return db
    .select({ id: proposals.id, municipalityId: proposals.municipalityId })
    .from(proposals)
    .where(
      and(
        lte(proposals.forgetSupportersAt, now),
        sql`exists (select 1 from ${proposalSupports} where ${proposalSupports.proposalId} = ${proposals.id})`,
      ),
    );
}

/** Deletes who supported a proposal; the counts on the proposal stay. @returns how many were deleted */
export async function deleteSupportersOf(db: Db, proposalId: string): Promise<number> {
  const gone = await db
    .delete(proposalSupports)
    .where(eq(proposalSupports.proposalId, proposalId))
    .returning({ userId: proposalSupports.userId });
  return gone.length;
}
