import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canConfigureSteering } from '../../steering/steering.policy.ts';
import {
  capabilityNameTaken,
  getCapability,
  insertCapability,
  renameCapability,
} from '../systems.queries.ts';
import type { CapabilityInput } from './inputs.ts';

type Failure = 'forbidden' | 'not-found' | 'invalid';

/**
 * An admin adds a capability (`capabilityId` undefined) or renames one of the municipality's.
 * Names are unique per municipality, case ignored.
 */
export async function saveCapability(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: CapabilityInput,
  capabilityId?: string,
): Promise<Result<{ id: string }, Failure>> {
  if (!canConfigureSteering(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const existing =
      capabilityId === undefined
        ? undefined
        : await getCapability(tx.db, municipalityId, capabilityId);
    if (capabilityId !== undefined && !existing) return fail('not-found');
    if (await capabilityNameTaken(tx.db, municipalityId, input.name, existing?.id)) {
      return fail('invalid', { name: 'roadmap.systems.error.capabilityTaken' });
    }
    if (existing) {
      await renameCapability(tx.db, existing.id, input.name);
      await audit(tx, actor, {
        municipalityId,
        action: 'capability.rename',
        target: `capability:${existing.id}`,
        details: { from: existing.name, to: input.name },
      });
      return ok({ id: existing.id });
    }
    const created = await insertCapability(tx.db, { municipalityId, name: input.name });
    await audit(tx, actor, {
      municipalityId,
      action: 'capability.create',
      target: `capability:${created.id}`,
      details: { name: input.name },
    });
    return ok({ id: created.id });
  });
}
