import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { type Lang, translator } from '../../../web/i18n/index.ts';
import { enqueueMail } from '../../mail/commands/enqueue-mail.ts';
import { getMunicipality } from '../../tenancy/tenancy.queries.ts';
import type { RegisterInput } from '../identity.inputs.ts';
import { findUserByEmail } from '../identity.queries.ts';
import { weakPasswordReason } from '../password-strength.ts';
import { hashPassword } from '../passwords.ts';
import { insertPendingRegistration } from '../registration.queries.ts';
import { accountExistsMail, confirmationMail, REGISTRATION_LINK_HOURS } from '../registration.ts';

/**
 * Starts a registration: mails the address a link that creates the account (kept as a pending
 * registration until then), or, when the address already has an account, a mail saying so with the
 * way to log in. Both end the same for the caller and cost about the same (the password is hashed
 * either way), so the answer tells nobody whether an address has an account. Only what the input
 * itself gets wrong (a weak password, an unknown municipality) is refused.
 */
export async function requestRegistration(
  ctx: CommandContext,
  input: RegisterInput,
  opts: { lang: Lang; baseUrl: string },
): Promise<Result<{ email: string }, 'unknownMunicipality' | 'weakPassword'>> {
  const weak = await weakPasswordReason(input.password);
  if (weak) return fail('weakPassword', { password: weak });
  const municipality = await getMunicipality(ctx.db, input.municipalityId);
  if (!municipality)
    return fail('unknownMunicipality', { municipalityId: 'identity.error.municipality' });
  const passwordHash = await hashPassword(input.password);
  const t = translator(opts.lang);
  const email = input.email.toLowerCase();
  // An address that has had its share of mails this hour gets none (enqueueMail says `tooMany`),
  // and then no pending registration either; the answer stays the same.
  await inTransaction(ctx, async (tx) => {
    if (await findUserByEmail(tx.db, email)) {
      await enqueueMail(
        tx,
        accountExistsMail(t, email, { link: `${opts.baseUrl}/${t.lang}/login` }),
      );
      return;
    }
    const token = randomSecret();
    const queued = await enqueueMail(
      tx,
      confirmationMail(t, email, {
        municipality: municipality.name,
        link: `${opts.baseUrl}/${t.lang}/register/confirm?token=${token}`,
      }),
    );
    if (!queued.ok) return;
    const now = ctx.now();
    await insertPendingRegistration(tx.db, {
      tokenHash: sha256(token),
      email,
      name: input.name,
      municipalityId: municipality.id,
      passwordHash,
      lang: t.lang,
      createdAt: now,
      expiresAt: new Date(now.getTime() + REGISTRATION_LINK_HOURS * 3_600_000),
    });
  });
  return ok({ email });
}
