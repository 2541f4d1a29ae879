import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok } from '../../../../lib/result.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { checkMove } from '../../steering/stages.ts';
import type { StageInput } from '../initiative.inputs.ts';
import { recordStageTransition } from '../portfolio.queries.ts';
import { editInitiative } from './edit-common.ts';

/**
 * Moves an initiative to another stage with a reason, recorded with who and when. The allowed
 * moves are `checkMove`'s; pilot → scaling is refused as the scale gate's (field error
 * `portfolio.initiative.error.gate`).
 */
export function changeStage(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; initiativeId: string },
  input: StageInput,
) {
  return editInitiative(ctx, actor, { ...where, action: 'initiative.stage' }, async (tx, i) => {
    const move = checkMove(i.stage, input.toStage);
    if (!move.ok)
      return fail('invalid', { toStage: `portfolio.initiative.error.move.${move.reason}` });
    await recordStageTransition(tx.db, {
      initiativeId: i.id,
      fromStage: i.stage,
      toStage: input.toStage,
      reason: input.reason,
      actorId: actor.kind === 'user' ? actor.userId : null,
      at: tx.now(),
    });
    return ok({ from: i.stage, to: input.toStage, reason: input.reason });
  });
}
