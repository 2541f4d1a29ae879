import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type DecisionInput, recordDecision } from '../../../decisions/commands/record-decision.ts';
import {
  getDepartment,
  getGoal,
  insertGoal,
  listGoals,
  lockGoals,
  markGoalsAdopted,
  updateGoal,
} from '../goals.queries.ts';
import type { GoalEditInput, GoalInput } from '../strategy.inputs.ts';
import { canAdoptStrategy, canEditGoal } from '../strategy.policy.ts';

type Failure = 'forbidden' | 'invalid';

/**
 * Creates a goal. Without a department it is a strategic goal (admins; no parent). With a
 * department it is that department's goal under one of the municipality's strategic goals
 * (its managers, or admins). Another municipality's parent or department is refused as invalid.
 */
export async function createGoal(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: GoalInput,
): Promise<Result<{ id: string }, Failure>> {
  if (input.departmentId === null && input.parentId !== null) {
    return fail('invalid', { departmentId: 'strategy.error.departmentForParent' });
  }
  return inTransaction(ctx, async (tx) => {
    if (input.departmentId !== null) {
      if (!(await getDepartment(tx.db, municipalityId, input.departmentId))) {
        return fail('invalid', { departmentId: 'identity.error.department' });
      }
      const parent = input.parentId ? await getGoal(tx.db, municipalityId, input.parentId) : null;
      if (!parent || parent.departmentId !== null) {
        return fail('invalid', { parentId: 'strategy.error.parent' });
      }
    }
    if (!canEditGoal(actor, { municipalityId, departmentId: input.departmentId })) {
      return fail('forbidden');
    }
    const position = (await listGoals(tx.db, municipalityId)).length;
    const row = await insertGoal(tx.db, {
      municipalityId,
      parentId: input.parentId,
      departmentId: input.departmentId,
      title: input.title,
      description: input.description,
      position,
      createdAt: ctx.now(),
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'goal.create',
      target: `goal:${row.id}`,
      details: { title: row.title, departmentId: row.departmentId, parentId: row.parentId },
    });
    return ok({ id: row.id });
  });
}

/** Edits a draft goal's title and description; an adopted goal stays as it was adopted. */
export async function editGoal(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  goalId: string,
  input: GoalEditInput,
): Promise<Result<{ id: string }, Failure | 'not-found' | 'adopted'>> {
  return inTransaction(ctx, async (tx) => {
    const goal = await getGoal(tx.db, municipalityId, goalId);
    if (!goal) return fail('not-found');
    if (!canEditGoal(actor, goal)) return fail('forbidden');
    if (goal.status === 'adopted') return fail('adopted', { _: 'strategy.error.goalAdopted' });
    await updateGoal(tx.db, goal.id, input);
    await audit(tx, actor, {
      municipalityId,
      action: 'goal.edit',
      target: `goal:${goal.id}`,
      details: { title: input.title },
    });
    return ok({ id: goal.id });
  });
}

/**
 * A politician or admin adopts every draft goal at once, as the municipality's goal set, by a
 * recorded decision that lists each goal it adopts (`goal-set`, goal id). One transaction: the
 * decision and the goals' change to adopted commit together or not at all.
 */
export async function adoptGoalSet(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: DecisionInput,
): Promise<Result<{ decisionId: string; adopted: number }, Failure | 'nothing'>> {
  if (!canAdoptStrategy(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    await lockGoals(tx.db, municipalityId);
    const rows = await listGoals(tx.db, municipalityId);
    const adopted = new Set(rows.filter((r) => r.goal.status === 'adopted').map((r) => r.goal.id));
    // A department goal whose strategic goal stays a draft cannot be adopted alone; since every
    // draft is adopted together, the parent is either adopted already or adopted now.
    const drafts = rows.filter((r) => r.goal.status === 'draft').map((r) => r.goal.id);
    if (drafts.length === 0) return fail('nothing', { _: 'strategy.error.noDraftGoals' });
    const decision = await recordDecision(
      tx,
      actor,
      municipalityId,
      input,
      drafts.map((id) => ({ kind: 'goal-set' as const, id })),
    );
    if (!decision.ok) return decision;
    const changed = await markGoalsAdopted(tx.db, drafts, decision.value.id);
    if (changed.length !== drafts.length) throw new Error('draft goals changed during adoption');
    await audit(tx, actor, {
      municipalityId,
      action: 'goal.adopt-set',
      target: `decision:${decision.value.id}`,
      details: { goals: drafts.length, alreadyAdopted: adopted.size },
    });
    return ok({ decisionId: decision.value.id, adopted: drafts.length });
  });
}
