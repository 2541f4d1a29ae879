import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canConfigureSteering } from '../../steering/steering.policy.ts';
import {
  capabilityInUse,
  deleteCapability,
  deleteSystem,
  getCapability,
  getSystem,
  systemInUse,
} from '../systems.queries.ts';

type Failure = 'forbidden' | 'not-found' | 'in-use';

/** An admin removes a capability that no system provides; one in use is refused. */
export async function removeCapability(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  capabilityId: string,
): Promise<Result<null, Failure>> {
  if (!canConfigureSteering(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const capability = await getCapability(tx.db, municipalityId, capabilityId);
    if (!capability) return fail('not-found');
    if (await capabilityInUse(tx.db, capability.id)) return fail('in-use');
    await deleteCapability(tx.db, capability.id);
    await audit(tx, actor, {
      municipalityId,
      action: 'capability.delete',
      target: `capability:${capability.id}`,
      details: { name: capability.name },
    });
    return ok(null);
  });
}

/** An admin removes a system no department uses and no initiative touches; one in use is refused. */
export async function removeSystem(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  systemId: string,
): Promise<Result<null, Failure>> {
  if (!canConfigureSteering(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const system = await getSystem(tx.db, municipalityId, systemId);
    if (!system) return fail('not-found');
    if (await systemInUse(tx.db, system.id)) return fail('in-use');
    await deleteSystem(tx.db, system.id);
    await audit(tx, actor, {
      municipalityId,
      action: 'system.delete',
      target: `system:${system.id}`,
      details: { name: system.name, vendor: system.vendor },
    });
    return ok(null);
  });
}
