import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { clearFailures, failuresOf, recordFailure } from '../../platform/platform.queries.ts';
import type { LoginInput } from '../identity.inputs.ts';
import { findUserByEmail } from '../identity.queries.ts';
import { decoyPasswordHash, verifyPassword } from '../passwords.ts';

/** Wrong passwords in a row for one address before each further try must wait. */
export const FREE_LOGIN_FAILURES = 5;
/** The longest wait: the delay grows, but never into a lock-out an attacker could impose. */
export const MAX_LOGIN_DELAY_SECONDS = 60;

/** Seconds to wait after the last failure: 1, 2, 4, … from the 5th failure in a row, at most 60. */
export function loginDelaySeconds(failuresInARow: number): number {
  if (failuresInARow < FREE_LOGIN_FAILURES) return 0;
  return Math.min(MAX_LOGIN_DELAY_SECONDS, 2 ** (failuresInARow - FREE_LOGIN_FAILURES));
}

const failureKey = (email: string) => `login-failures:${email.toLowerCase()}`;

/**
 * How many seconds a login for this address must still wait (0: none). Counted per address,
 * whether or not an account has it, so the answer reveals nothing about which accounts exist.
 */
export async function loginWaitSeconds(ctx: CommandContext, email: string): Promise<number> {
  const failures = await failuresOf(ctx.db, failureKey(email));
  if (!failures) return 0;
  const until = failures.lastAt.getTime() + loginDelaySeconds(failures.count) * 1000;
  return Math.max(0, Math.ceil((until - ctx.now().getTime()) / 1000));
}

/**
 * Checks e-mail and password. Unknown e-mail and wrong password take the same time and give the
 * same answer, so the form does not reveal which accounts exist. Failures in a row are counted
 * per address; a success forgets them.
 */
export async function checkPassword(
  ctx: CommandContext,
  input: LoginInput,
): Promise<Result<{ userId: string; email: string }, 'badCredentials'>> {
  const user = await findUserByEmail(ctx.db, input.email);
  const stored = user?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(stored, input.password);
  if (!user?.passwordHash || !matches) {
    await recordFailure(ctx.db, failureKey(input.email), ctx.now());
    return fail('badCredentials');
  }
  await clearFailures(ctx.db, failureKey(input.email));
  return ok({ userId: user.id, email: user.email });
}

/**
 * Forgets the wrong passwords counted for an address: its account is being deleted, or its
 * password was reset.
 */
export async function forgetLoginFailures(ctx: CommandContext, email: string): Promise<void> {
  await clearFailures(ctx.db, failureKey(email));
}
