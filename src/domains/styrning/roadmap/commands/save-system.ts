import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canConfigureSteering } from '../../steering/steering.policy.ts';
import {
  getCapability,
  getSystem,
  insertSystem,
  systemNameTaken,
  updateSystem,
} from '../systems.queries.ts';
import type { SystemInput } from './inputs.ts';

type Failure = 'forbidden' | 'not-found' | 'invalid';

/**
 * An admin adds a system (`systemId` undefined) or changes one: name, vendor and capability. The
 * capability must be the municipality's own; names are unique per municipality, case ignored.
 */
export async function saveSystem(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: SystemInput,
  systemId?: string,
): Promise<Result<{ id: string }, Failure>> {
  if (!canConfigureSteering(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const existing =
      systemId === undefined ? undefined : await getSystem(tx.db, municipalityId, systemId);
    if (systemId !== undefined && !existing) return fail('not-found');
    const fields: Record<string, string> = {};
    let capabilityId: string | null = null;
    if (input.capabilityId) {
      const capability = await getCapability(tx.db, municipalityId, input.capabilityId);
      if (capability) capabilityId = capability.id;
      else fields.capabilityId = 'roadmap.systems.error.capability';
    }
    if (await systemNameTaken(tx.db, municipalityId, input.name, existing?.id)) {
      fields.name = 'roadmap.systems.error.systemTaken';
    }
    if (Object.keys(fields).length > 0) return fail('invalid', fields);
    const values = { name: input.name, vendor: input.vendor, capabilityId };
    if (existing) {
      await updateSystem(tx.db, existing.id, values);
      await audit(tx, actor, {
        municipalityId,
        action: 'system.update',
        target: `system:${existing.id}`,
        details: { ...values, previousName: existing.name },
      });
      return ok({ id: existing.id });
    }
    const created = await insertSystem(tx.db, { municipalityId, ...values });
    await audit(tx, actor, {
      municipalityId,
      action: 'system.create',
      target: `system:${created.id}`,
      details: values,
    });
    return ok({ id: created.id });
  });
}
