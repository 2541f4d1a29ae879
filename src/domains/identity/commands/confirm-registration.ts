import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { audit } from '../../audit/record.ts';
import { findUserByEmail, insertGrant, insertUser } from '../identity.queries.ts';
import { findPendingRegistration, markRegistrationConfirmed } from '../registration.queries.ts';
import { type RegistrationLinkStatus, registrationLinkStatus } from '../registration.ts';

/**
 * Follows a registration link: creates the account with the name, password and municipality given
 * at registration, makes it a resident there, and uses the link up. Fails with what the link's
 * state is when it cannot (unknown, used, expired, or the address got an account meanwhile).
 */
export async function confirmRegistration(
  ctx: CommandContext,
  token: string,
): Promise<
  Result<{ userId: string; municipalityId: string }, Exclude<RegistrationLinkStatus, 'valid'>>
> {
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const pending = await findPendingRegistration(tx.db, sha256(token), { forUpdate: true });
    const taken = pending ? Boolean(await findUserByEmail(tx.db, pending.email)) : false;
    const status = registrationLinkStatus(pending, taken, now);
    if (status !== 'valid') return fail(status);
    if (!pending?.passwordHash) return fail('expired');
    const user = await insertUser(tx.db, {
      email: pending.email,
      name: pending.name,
      passwordHash: pending.passwordHash,
    });
    // Another link for the address won in the moment between the check and the insert.
    if (!user) return fail('accountExists');
    await insertGrant(tx.db, {
      userId: user.id,
      role: 'resident',
      municipalityId: pending.municipalityId,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
    await markRegistrationConfirmed(tx.db, pending.id, now);
    await audit(
      tx,
      { kind: 'system', label: `registration:${user.email}` },
      {
        municipalityId: pending.municipalityId,
        action: 'user.register',
        target: `user:${user.id}`,
      },
    );
    return ok({ userId: user.id, municipalityId: pending.municipalityId });
  });
}
