import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type DecisionInput, recordDecision } from '../../../decisions/commands/record-decision.ts';
import { recordStageTransition } from '../../portfolio/portfolio.queries.ts';
import { canAdoptByDecision } from '../../steering/steering.policy.ts';
import { assessedAmong, getScenario, scenarioAdoptions } from '../prioritisation.queries.ts';
import type { SelectionRecord } from './select.ts';

type Failure = 'forbidden' | 'notFound' | 'alreadyAdopted' | 'invalid';

/**
 * Adopts a saved scenario by a recorded decision (adopts `portfolio-scenario`). With `promote`,
 * the scenario's chosen initiatives that are still 'assessed' move to 'prioritised', each
 * transition naming the decision, its reason worded by `promotedReason` (in the language of the
 * one who adopts). Decision, transitions and audit entries commit together.
 */
export async function adoptScenario(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  scenarioId: string,
  input: DecisionInput & {
    promote: boolean;
    promotedReason: (scenarioName: string, decisionNumber: number) => string;
  },
): Promise<Result<{ decisionId: string; promoted: number }, Failure>> {
  if (actor.kind !== 'user' || !canAdoptByDecision(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const scenario = await getScenario(tx.db, municipalityId, scenarioId);
    if (!scenario) return fail('notFound');
    if ((await scenarioAdoptions(tx.db, municipalityId)).has(scenario.id)) {
      return fail('alreadyAdopted');
    }
    const decision = await recordDecision(tx, actor, municipalityId, input, [
      { kind: 'portfolio-scenario', id: scenario.id },
    ]);
    if (!decision.ok) {
      if (decision.reason === 'forbidden') return fail('forbidden');
      return fail('invalid', decision.fields);
    }
    let promoted = 0;
    if (input.promote) {
      const chosen = (scenario.result as unknown as SelectionRecord).selection.selected;
      const assessed = await assessedAmong(tx.db, municipalityId, chosen);
      for (const id of assessed) {
        await recordStageTransition(tx.db, {
          initiativeId: id,
          fromStage: 'assessed',
          toStage: 'prioritised',
          reason: input.promotedReason(scenario.name, decision.value.sequence),
          decisionId: decision.value.id,
          actorId: actor.userId,
          at: tx.now(),
        });
        await audit(tx, actor, {
          municipalityId,
          action: 'scenario.promote',
          target: `initiative:${id}`,
          details: { from: 'assessed', to: 'prioritised', decisionId: decision.value.id },
        });
        promoted++;
      }
    }
    await audit(tx, actor, {
      municipalityId,
      action: 'scenario.adopt',
      target: `scenario:${scenario.id}`,
      details: { decisionId: decision.value.id, promoted },
    });
    return ok({ decisionId: decision.value.id, promoted });
  });
}
