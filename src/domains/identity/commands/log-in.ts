import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import type { LoginInput } from '../identity.inputs.ts';
import { findUserByEmail } from '../identity.queries.ts';
import { decoyPasswordHash, verifyPassword } from '../passwords.ts';

/**
 * Checks e-mail and password. Unknown e-mail and wrong password take the same time and give the
 * same answer, so the form does not reveal which accounts exist.
 */
export async function checkPassword(
  ctx: CommandContext,
  input: LoginInput,
): Promise<Result<{ userId: string; email: string }, 'badCredentials'>> {
  const user = await findUserByEmail(ctx.db, input.email);
  const stored = user?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(stored, input.password);
  if (!user?.passwordHash || !matches) return fail('badCredentials');
  return ok({ userId: user.id, email: user.email });
}
