import type { Criterion } from '../../../../engines/prioritisation/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canConfigureSteering } from '../../steering/steering.policy.ts';
import { steeringSettingsOf } from '../../steering/steering.queries.ts';
import { upsertSteeringSettings } from '../prioritisation.queries.ts';
import { DEFAULT_WEIGHTS } from '../problem.ts';

/** Saves the municipality's criteria weights and discount rate (a fraction, 0–0.3); audited. */
export async function saveSteeringSettings(
  ctx: CommandContext,
  actor: Actor,
  municipality: { id: string; country: string },
  input: { weights: Record<Criterion, number>; discountRate: number },
): Promise<Result<true, 'forbidden'>> {
  if (actor.kind !== 'user' || !canConfigureSteering(actor, municipality.id)) {
    return fail('forbidden');
  }
  return inTransaction(ctx, async (tx) => {
    const before = await steeringSettingsOf(tx.db, municipality, DEFAULT_WEIGHTS);
    await upsertSteeringSettings(tx.db, {
      municipalityId: municipality.id,
      discountRate: input.discountRate,
      currency: before.currency,
      weights: input.weights,
      at: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: municipality.id,
      action: 'steering.settings',
      target: `municipality:${municipality.id}`,
      details: { weights: input.weights, discountRate: input.discountRate },
    });
    return ok(true);
  });
}
