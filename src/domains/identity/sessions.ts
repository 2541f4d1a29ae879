import type { CommandContext } from '../../lib/context.ts';
import { randomSecret, sha256 } from '../../lib/secrets.ts';
import { deleteSession, insertSession } from './identity.queries.ts';

/** Starts a new session (a fresh id at every login: no fixation); returns the cookie value. */
export async function startSession(
  ctx: CommandContext,
  userId: string,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomSecret();
  const expiresAt = new Date(ctx.now().getTime() + days * 86_400_000);
  await insertSession(ctx.db, sha256(token), userId, expiresAt);
  return { token, expiresAt };
}

export async function endSession(ctx: CommandContext, token: string): Promise<void> {
  await deleteSession(ctx.db, sha256(token));
}
