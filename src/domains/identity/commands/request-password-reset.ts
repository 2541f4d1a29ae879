import type { CommandContext } from '../../../lib/context.ts';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { type Lang, translator } from '../../../web/i18n/index.ts';
import { enqueueMail } from '../../mail/commands/enqueue-mail.ts';
import { countMailTo } from '../../mail/mail.queries.ts';
import { findUserByEmail } from '../identity.queries.ts';
import { insertPasswordReset } from '../password-reset.queries.ts';
import {
  canReceiveMail,
  noPasswordMail,
  PASSWORD_RESET_LINK_HOURS,
  passwordResetMail,
} from '../password-reset.ts';

/**
 * Asks for a link that sets a new password. An account with a password is mailed the link (valid
 * for an hour, once); an account that logs in only through a municipality's login service is
 * mailed that it has no password to reset; an address without an account gets nothing. Whatever
 * happened, the caller gets nothing back: the answer must not tell whether an address has an
 * account, so each branch does about the same work (a token is drawn and the address's mails this
 * hour counted either way).
 *
 * Why no password for an account without one: its address was vouched for by a login service that
 * a municipality's admin configured, not confirmed by Samskap. A password set through a mail would
 * hand whoever holds the address an account that service can still log into, and would leave a
 * way in for someone their municipality has shut out at its login service.
 */
export async function requestPasswordReset(
  ctx: CommandContext,
  input: { email: string },
  opts: { lang: Lang; baseUrl: string },
): Promise<void> {
  const t = translator(opts.lang);
  const email = input.email.toLowerCase();
  const token = randomSecret();
  const tokenHash = sha256(token);
  await inTransaction(ctx, async (tx) => {
    const user = await findUserByEmail(tx.db, email);
    if (!user || !canReceiveMail(user.email)) {
      await countMailTo(tx.db, email, new Date(ctx.now().getTime() - 3_600_000));
      return;
    }
    if (!user.passwordHash) {
      await enqueueMail(
        tx,
        noPasswordMail(t, user.email, { link: `${opts.baseUrl}/${t.lang}/municipalities` }),
      );
      return;
    }
    const queued = await enqueueMail(
      tx,
      passwordResetMail(t, user.email, {
        link: `${opts.baseUrl}/${t.lang}/password-reset/${token}`,
      }),
    );
    // Past the mails an address may get in an hour, no link is made either, and the answer stays the same.
    if (!queued.ok) return;
    const now = ctx.now();
    await insertPasswordReset(tx.db, {
      tokenHash,
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_LINK_HOURS * 3_600_000),
    });
  });
}
