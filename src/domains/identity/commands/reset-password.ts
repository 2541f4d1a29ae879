import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { type Lang, translator } from '../../../web/i18n/index.ts';
import { audit } from '../../audit/record.ts';
import { enqueueMail } from '../../mail/commands/enqueue-mail.ts';
import { findUserById, grantsOf, setPasswordHash } from '../identity.queries.ts';
import {
  deleteSessionsOf,
  findPasswordReset,
  usePasswordResetsOf,
} from '../password-reset.queries.ts';
import {
  type PasswordResetLinkStatus,
  passwordChangedMail,
  passwordResetLinkStatus,
} from '../password-reset.ts';
import { weakPasswordReason } from '../password-strength.ts';
import { hashPassword } from '../passwords.ts';
import { forgetLoginFailures } from './log-in.ts';

export type ResetPasswordRefusal = Exclude<PasswordResetLinkStatus, 'valid'> | 'weakPassword';

/**
 * Follows a password reset link with a new password: sets it, uses up this link and every other
 * unused one of the account, ends every session of the account, forgets the wrong passwords
 * tried for its address, audits it (without the password)
 * and mails the account that its password was changed, all in one transaction. A link that is
 * unknown, used or expired changes nothing; nor does a weak password (`fields` says why).
 */
export async function resetPassword(
  ctx: CommandContext,
  input: { token: string; password: string },
  opts: { lang: Lang; baseUrl: string },
): Promise<Result<{ userId: string }, ResetPasswordRefusal>> {
  const tokenHash = sha256(input.token);
  // The link first, so that a dead link is answered as such whatever the password; the password
  // is hashed outside the transaction, which holds a lock on the link.
  const before = passwordResetLinkStatus(await findPasswordReset(ctx.db, tokenHash), ctx.now());
  if (before !== 'valid') return fail(before);
  const weak = await weakPasswordReason(input.password);
  if (weak) return fail('weakPassword', { password: weak });
  const passwordHash = await hashPassword(input.password);
  const t = translator(opts.lang);
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const reset = await findPasswordReset(tx.db, tokenHash, { forUpdate: true });
    const status = passwordResetLinkStatus(reset, now);
    if (status !== 'valid' || !reset) return fail(status === 'valid' ? 'unknown' : status);
    const user = await findUserById(tx.db, reset.userId);
    if (!user) return fail('unknown');
    await setPasswordHash(tx.db, user.id, passwordHash);
    await usePasswordResetsOf(tx.db, user.id, now);
    await deleteSessionsOf(tx.db, user.id);
    // The wrong passwords tried before (likely the owner's own guesses) no longer hold the login up.
    await forgetLoginFailures(tx, user.email);
    // Seen in every municipality the account holds a role in (the network's log for a
    // coordinator's, or an account without roles).
    const where = new Set<string | null>(
      (await grantsOf(tx.db, user.id)).map((g) =>
        g.role === 'coordinator' ? null : g.municipalityId,
      ),
    );
    for (const municipalityId of where.size ? where : [null])
      await audit(
        tx,
        { kind: 'system', label: `password-reset:${user.email}` },
        { municipalityId, action: 'user.password-reset', target: `user:${user.id}` },
      );
    // Past the mails an address may get in an hour the notice is left out; the change stands.
    await enqueueMail(
      tx,
      passwordChangedMail(t, user.email, { link: `${opts.baseUrl}/${t.lang}/password-reset` }),
    );
    return ok({ userId: user.id });
  });
}
