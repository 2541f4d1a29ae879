import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { getCounty } from '../../tenancy/tenancy.queries.ts';
import { canGrantCoordinator } from '../identity.policy.ts';
import { findUserByEmail, insertGrant, revokeCoordinatorGrant } from '../identity.queries.ts';

export type CoordinatorInput = { email: string; countyId?: string | undefined };

/** A whole-network coordinator appoints a coordinator of one county, or of the whole network. */
export async function grantCoordinator(
  ctx: CommandContext,
  actor: Actor,
  input: CoordinatorInput,
): Promise<
  Result<{ grantId: string }, 'forbidden' | 'unknownUser' | 'unknownCounty' | 'alreadyHeld'>
> {
  if (actor.kind !== 'user' || !canGrantCoordinator(actor)) return fail('forbidden');
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) return fail('unknownUser', { email: 'identity.error.unknownUser' });
  const county = input.countyId ? await getCounty(ctx.db, input.countyId) : undefined;
  if (input.countyId && !county)
    return fail('unknownCounty', { countyId: 'identity.error.county' });
  return inTransaction(ctx, async (tx) => {
    const grantId = await insertGrant(tx.db, {
      userId: user.id,
      role: 'coordinator',
      municipalityId: null,
      departmentId: null,
      countyId: county?.id ?? null,
      grantedBy: actor.userId,
    });
    if (!grantId) return fail('alreadyHeld', { email: 'identity.error.alreadyHeld' });
    await audit(tx, actor, {
      municipalityId: null,
      action: 'coordinator.grant',
      target: `user:${user.id}`,
      details: { countyId: county?.id ?? null, grantId },
    });
    return ok({ grantId });
  });
}

export async function revokeCoordinator(
  ctx: CommandContext,
  actor: Actor,
  grantId: string,
): Promise<Result<null, 'forbidden' | 'notFound'>> {
  if (actor.kind !== 'user' || !canGrantCoordinator(actor)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    if (!(await revokeCoordinatorGrant(tx.db, grantId, actor.userId))) return fail('notFound');
    await audit(tx, actor, {
      municipalityId: null,
      action: 'coordinator.revoke',
      target: `grant:${grantId}`,
    });
    return ok(null);
  });
}
