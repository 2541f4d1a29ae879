import type { PrioritisationFailure } from '../../../../engines/prioritisation/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canRunScenarios } from '../../steering/steering.policy.ts';
import type { ScenarioInput } from '../prioritisation.inputs.ts';
import { insertScenario } from '../prioritisation.queries.ts';
import { selectFor } from './select.ts';

/**
 * Runs a scenario (exact selection on the current portfolio) and saves it with its weights,
 * budget, year and result. A problem the engine refuses is returned as `refused` with the
 * engine's failure and nothing is saved.
 */
export async function runScenario(
  ctx: CommandContext,
  actor: Actor,
  municipality: { id: string; country: string },
  input: ScenarioInput,
): Promise<
  | Result<{ id: string }, 'forbidden'>
  | { ok: false; reason: 'refused'; failure: PrioritisationFailure }
> {
  if (actor.kind !== 'user' || !canRunScenarios(actor, municipality.id)) return fail('forbidden');
  const selected = await selectFor(ctx.db, municipality, input);
  if (!selected.ok) return { ok: false, reason: 'refused', failure: selected };
  const record = selected.value;
  return inTransaction(ctx, async (tx) => {
    const row = await insertScenario(tx.db, {
      municipalityId: municipality.id,
      name: input.name,
      year: input.year,
      budget: input.budget,
      weights: input.weights,
      result: record as unknown as Record<string, unknown>,
      createdBy: actor.userId,
      createdAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: municipality.id,
      action: 'scenario.run',
      target: `scenario:${row.id}`,
      details: {
        year: input.year,
        budget: input.budget,
        selected: record.selection.selected.length,
        objective: record.selection.objective,
      },
    });
    return ok({ id: row.id });
  });
}
