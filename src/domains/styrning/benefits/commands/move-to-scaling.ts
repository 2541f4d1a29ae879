import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type DecisionInput, recordDecision } from '../../../decisions/commands/record-decision.ts';
import { canEditInitiative } from '../../portfolio/portfolio.policy.ts';
import { type InitiativeRow, recordStageTransition } from '../../portfolio/portfolio.queries.ts';
import { initiatives } from '../../portfolio/portfolio.schema.ts';
import { canAdoptByDecision } from '../../steering/steering.policy.ts';
import { gateOf } from '../benefit-tracks.ts';
import { benefitsOf, measurementsOf } from '../benefits.queries.ts';

type GateFailure = 'forbidden' | 'not-pilot' | 'gate-closed' | 'gate-open' | 'invalid';

/**
 * Reads the initiative's stage and gate inside the transaction, with the initiative's row locked,
 * so two requests cannot both move the same pilot, and the verdict acted on is the current one.
 */
async function lockedGate(db: CommandContext['db'], initiativeId: string) {
  const [row] = await db
    .select({ stage: initiatives.stage })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .for('update');
  const benefits = await benefitsOf(db, initiativeId);
  const gate = gateOf(
    benefits,
    await measurementsOf(
      db,
      benefits.map((b) => b.id),
    ),
  );
  return { stage: row?.stage, passes: gate?.passes === true };
}

/**
 * Moves a pilot whose gate benefits have all reached their targets to scaling, recording the
 * transition and its audit entry in one transaction. Managers of the department and admins.
 */
export async function scaleByGate(
  ctx: CommandContext,
  actor: Actor,
  initiative: InitiativeRow,
  reason: string,
): Promise<Result<null, GateFailure>> {
  if (actor.kind !== 'user' || !canEditInitiative(actor, initiative)) return fail('forbidden');
  const why = reason.trim();
  if (why === '') return fail('invalid', { reason: 'error.required' });
  if (why.length > 2000) return fail('invalid', { reason: 'error.tooLong' });
  return inTransaction(ctx, async (tx) => {
    const { stage, passes } = await lockedGate(tx.db, initiative.id);
    if (stage !== 'pilot') return fail('not-pilot');
    if (!passes) return fail('gate-closed');
    await recordStageTransition(tx.db, {
      initiativeId: initiative.id,
      fromStage: 'pilot',
      toStage: 'scaling',
      reason: why,
      actorId: actor.userId,
      at: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: initiative.municipalityId,
      action: 'initiative.scale',
      target: `initiative:${initiative.id}`,
      details: { from: 'pilot', to: 'scaling' },
    });
    return ok(null);
  });
}

/**
 * Overrides a closed scale gate by a recorded decision (politicians and admins): the decision
 * adopts `{ kind: 'gate-override', id }` and its text says why; the transition to scaling then
 * names the decision.
 *
 * Atomicity: recordDecision opens its own transaction, and it is called here with this
 * transaction's context, so Drizzle runs it as a savepoint inside ours. The decision, the
 * transition and both audit entries therefore commit together or not at all — a decision that
 * overrides a gate without the stage change (or the reverse) can never remain. The decision
 * chain's advisory lock is transaction-scoped, so it is held until our commit.
 */
export async function overrideGate(
  ctx: CommandContext,
  actor: Actor,
  initiative: InitiativeRow,
  input: DecisionInput,
): Promise<Result<{ decisionId: string }, GateFailure>> {
  if (actor.kind !== 'user' || !canAdoptByDecision(actor, initiative.municipalityId)) {
    return fail('forbidden');
  }
  return inTransaction(ctx, async (tx) => {
    const { stage, passes } = await lockedGate(tx.db, initiative.id);
    if (stage !== 'pilot') return fail('not-pilot');
    if (passes) return fail('gate-open');
    const decision = await recordDecision(tx, actor, initiative.municipalityId, input, [
      { kind: 'gate-override', id: initiative.id },
    ]);
    // A refused decision wrote nothing (it fails before its insert), so returning is enough.
    if (!decision.ok) return decision;
    await recordStageTransition(tx.db, {
      initiativeId: initiative.id,
      fromStage: 'pilot',
      toStage: 'scaling',
      reason: input.text,
      decisionId: decision.value.id,
      actorId: actor.userId,
      at: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: initiative.municipalityId,
      action: 'initiative.gate-override',
      target: `initiative:${initiative.id}`,
      details: { decisionId: decision.value.id, from: 'pilot', to: 'scaling' },
    });
    return ok({ decisionId: decision.value.id });
  });
}
