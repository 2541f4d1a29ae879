import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { getDepartment } from '../../../tenancy/tenancy.queries.ts';
import type { ProposeInput } from '../initiative.inputs.ts';
import { canProposeInitiative } from '../portfolio.policy.ts';
import { insertInitiative } from '../portfolio.queries.ts';

/**
 * Staff, managers and admins propose an initiative for one of the municipality's departments. It
 * starts as an idea with no requirement met, non-public unless `isPublic` (an initiative that
 * answers a public proposal); the proposal is audited (who, when, which department, whether public).
 */
export async function proposeInitiative(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: ProposeInput,
  options: { isPublic?: boolean } = {},
): Promise<Result<{ id: string; stage: string }, 'forbidden' | 'invalid'>> {
  if (actor.kind !== 'user' || !canProposeInitiative(actor, municipalityId))
    return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    if (!(await getDepartment(tx.db, municipalityId, input.departmentId))) {
      return fail('invalid', { departmentId: 'identity.error.department' });
    }
    const row = await insertInitiative(tx.db, {
      municipalityId,
      departmentId: input.departmentId,
      title: input.title,
      problem: input.problem,
      idea: input.idea,
      createdBy: actor.userId,
      at: ctx.now(),
      isPublic: options.isPublic ?? false,
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'initiative.create',
      target: `initiative:${row.id}`,
      details: {
        title: row.title,
        departmentId: row.departmentId,
        stage: row.stage,
        isPublic: row.isPublic,
      },
    });
    return ok({ id: row.id, stage: row.stage });
  });
}
