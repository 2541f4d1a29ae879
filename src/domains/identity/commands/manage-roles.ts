import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { getDepartment } from '../../tenancy/tenancy.queries.ts';
import type { GrantRoleInput } from '../identity.inputs.ts';
import { canManageRoles } from '../identity.policy.ts';
import {
  findUserByEmail,
  insertGrant,
  lockLiveAdminGrants,
  revokeGrant,
} from '../identity.queries.ts';

type GrantFailure =
  | 'forbidden'
  | 'unknownUser'
  | 'departmentRequired'
  | 'unknownDepartment'
  | 'alreadyHeld';

/** An admin grants a municipal role; managers need a department of the same municipality. */
export async function grantRole(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: GrantRoleInput,
): Promise<Result<{ grantId: string }, GrantFailure>> {
  if (actor.kind !== 'user' || !canManageRoles(actor, municipalityId)) return fail('forbidden');
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) return fail('unknownUser', { email: 'identity.error.unknownUser' });
  let departmentId: string | null = null;
  if (input.role === 'manager') {
    if (!input.departmentId)
      return fail('departmentRequired', { departmentId: 'identity.error.departmentRequired' });
    const department = await getDepartment(ctx.db, municipalityId, input.departmentId);
    if (!department)
      return fail('unknownDepartment', { departmentId: 'identity.error.department' });
    departmentId = department.id;
  }
  return inTransaction(ctx, async (tx) => {
    const grantId = await insertGrant(tx.db, {
      userId: user.id,
      role: input.role,
      municipalityId,
      departmentId,
      countyId: null,
      grantedBy: actor.userId,
    });
    if (!grantId) return fail('alreadyHeld', { role: 'identity.error.alreadyHeld' });
    await audit(tx, actor, {
      municipalityId,
      action: 'role.grant',
      target: `user:${user.id}`,
      details: { role: input.role, departmentId, grantId },
    });
    return ok({ grantId });
  });
}

/**
 * An admin revokes a role in their own municipality; a grant of another municipality is not found.
 * The last admin grant of a municipality stays: without it nobody could manage its roles again.
 */
export async function revokeRole(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  grantId: string,
): Promise<Result<null, 'forbidden' | 'notFound' | 'lastAdmin'>> {
  if (actor.kind !== 'user' || !canManageRoles(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    // Locked, so two admins revoking each other at once cannot both succeed.
    const admins = await lockLiveAdminGrants(tx.db, municipalityId);
    if (admins.length === 1 && admins[0] === grantId) return fail('lastAdmin');
    const revoked = await revokeGrant(tx.db, grantId, municipalityId, actor.userId);
    if (!revoked) return fail('notFound');
    await audit(tx, actor, { municipalityId, action: 'role.revoke', target: `grant:${grantId}` });
    return ok(null);
  });
}
