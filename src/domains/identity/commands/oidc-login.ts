import type { CommandContext } from '../../../lib/context.ts';
import { ok, type Result } from '../../../lib/result.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import { audit } from '../../audit/record.ts';
import {
  findExternalIdentity,
  findUserByEmail,
  insertExternalIdentity,
  insertGrant,
  insertUser,
} from '../identity.queries.ts';
import type { VerifiedClaims } from '../oidc/oidc-client.ts';

/**
 * Finds or creates the account of a person the municipality's provider vouched for. An existing
 * account is linked by e-mail only when the provider says the address is verified; otherwise a
 * new account is made, so an unverified claim can never take over someone else's account.
 */
export async function completeOidcLogin(
  ctx: CommandContext,
  municipalityId: string,
  claims: VerifiedClaims,
): Promise<Result<{ userId: string }>> {
  return inTransaction(ctx, async (tx) => {
    const linked = await findExternalIdentity(tx.db, claims.issuer, claims.subject);
    if (linked) return ok({ userId: linked.userId });
    const verifiedEmail = claims.emailVerified ? claims.email : undefined;
    const placeholder = `${sha256(`${claims.issuer}\n${claims.subject}`).slice(0, 20)}@oidc.invalid`;
    const user =
      (verifiedEmail ? await findUserByEmail(tx.db, verifiedEmail) : undefined) ??
      (await insertUser(tx.db, {
        email: verifiedEmail ?? placeholder,
        name: claims.name ?? claims.email ?? claims.subject,
        passwordHash: null,
      }));
    if (!user) throw new Error('Could not create an account for an OpenID Connect login');
    await insertExternalIdentity(tx.db, {
      userId: user.id,
      issuer: claims.issuer,
      subject: claims.subject,
    });
    await insertGrant(tx.db, {
      userId: user.id,
      role: 'resident',
      municipalityId,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
    await audit(
      tx,
      { kind: 'system', label: `oidc:${claims.issuer}` },
      {
        municipalityId,
        action: 'user.oidc-link',
        target: `user:${user.id}`,
        details: { issuer: claims.issuer, subject: claims.subject },
      },
    );
    return ok({ userId: user.id });
  });
}
