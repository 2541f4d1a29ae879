import type { Db } from '../../db/client.ts';
import { sha256 } from '../../lib/secrets.ts';
import { findPasswordReset } from './password-reset.queries.ts';
import { type PasswordResetLinkStatus, passwordResetLinkStatus } from './password-reset.ts';

/** Whether a password reset link's page can show its form, or why not. */
export async function loadPasswordResetLink(
  db: Db,
  token: string,
  now: Date,
): Promise<PasswordResetLinkStatus> {
  return passwordResetLinkStatus(await findPasswordReset(db, sha256(token)), now);
}
