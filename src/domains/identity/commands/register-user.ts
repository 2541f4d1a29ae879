import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { audit } from '../../audit/record.ts';
import { getMunicipality } from '../../tenancy/tenancy.queries.ts';
import type { RegisterInput } from '../identity.inputs.ts';
import { insertGrant, insertUser } from '../identity.queries.ts';
import { weakPasswordReason } from '../password-strength.ts';
import { hashPassword } from '../passwords.ts';

/** Creates an account with a password and makes it a resident of the chosen municipality. */
export async function registerUser(
  ctx: CommandContext,
  input: RegisterInput,
): Promise<Result<{ userId: string }, 'emailTaken' | 'unknownMunicipality' | 'weakPassword'>> {
  const weak = await weakPasswordReason(input.password);
  if (weak) return fail('weakPassword', { password: weak });
  const municipality = await getMunicipality(ctx.db, input.municipalityId);
  if (!municipality)
    return fail('unknownMunicipality', { municipalityId: 'identity.error.municipality' });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const user = await insertUser(tx.db, { email: input.email, name: input.name, passwordHash });
    if (!user) return fail('emailTaken', { email: 'identity.error.emailTaken' });
    await insertGrant(tx.db, {
      userId: user.id,
      role: 'resident',
      municipalityId: municipality.id,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
    await audit(
      tx,
      { kind: 'system', label: `registration:${user.email}` },
      {
        municipalityId: municipality.id,
        action: 'user.register',
        target: `user:${user.id}`,
      },
    );
    return ok({ userId: user.id });
  });
}
