import { randomBytes } from 'node:crypto';
import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Grant } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { mayLinkProviderOf } from '../identity.policy.ts';
import {
  findExternalIdentity,
  findUserByEmail,
  grantsOf,
  insertExternalIdentity,
  insertGrant,
  insertUser,
} from '../identity.queries.ts';
import type { VerifiedClaims } from '../oidc/oidc-client.ts';

export type OidcLoginRefusal =
  /** The provider vouched for an address that already has an account: its owner must link it. */
  | 'accountExists'
  /** The account holds roles outside the provider's municipality. */
  | 'rolesElsewhere'
  /** The subject is linked to another account than the signed-in one that asked to link. */
  | 'linkedToOther';

/**
 * Signs a person in through a municipality's provider, or links it to the signed-in account that
 * asked for it (`linkUserId`).
 *
 * A provider is configured by one municipality's admin, who could point it at an issuer of their
 * own that vouches for any address. So what it says counts in that municipality only: an identity
 * is keyed by (municipality, issuer, hash of the subject), never found by e-mail; an existing account is
 * linked only at its own signed-in request; and the provider can never sign in as, or be linked
 * to, an account that holds roles anywhere else. A refusal is audited in every municipality the
 * account holds roles in, so the attempt is seen where it was aimed.
 */
export async function completeOidcLogin(
  ctx: CommandContext,
  municipalityId: string,
  claims: VerifiedClaims,
  linkUserId?: string,
): Promise<Result<{ userId: string; linked: boolean }, OidcLoginRefusal>> {
  return inTransaction(ctx, async (tx) => {
    const system = { kind: 'system', label: `oidc:${claims.issuer}` } as const;
    // The subject (often an identity number) never goes into the log: the issuer and the
    // provider say which login service it was, the target says which account.
    const provider = { issuer: claims.issuer, provider: municipalityId };
    const refuse = async (
      reason: OidcLoginRefusal,
      userId: string,
      grants: readonly Grant[],
    ): Promise<Result<never, OidcLoginRefusal>> => {
      for (const where of municipalitiesOf(grants, municipalityId))
        await audit(tx, system, {
          municipalityId: where,
          action: 'user.oidc-refused',
          target: `user:${userId}`,
          details: { ...provider, reason },
        });
      return fail(reason);
    };

    const linked = await findExternalIdentity(tx.db, municipalityId, claims.issuer, claims.subject);
    if (linked) {
      if (linkUserId && linked.userId !== linkUserId)
        return refuse('linkedToOther', linkUserId, await grantsOf(tx.db, linkUserId));
      const grants = await grantsOf(tx.db, linked.userId);
      if (!mayLinkProviderOf(grants, municipalityId))
        return refuse('rolesElsewhere', linked.userId, grants);
      return ok({ userId: linked.userId, linked: false });
    }

    let userId: string;
    let grants: Grant[] = [];
    if (linkUserId) {
      userId = linkUserId;
      grants = await grantsOf(tx.db, userId);
      if (!mayLinkProviderOf(grants, municipalityId))
        return refuse('rolesElsewhere', userId, grants);
    } else {
      const verifiedEmail = claims.emailVerified ? claims.email : undefined;
      const owner = verifiedEmail ? await findUserByEmail(tx.db, verifiedEmail) : undefined;
      if (owner) return refuse('accountExists', owner.id, await grantsOf(tx.db, owner.id));
      // An unverified address is not taken over: the account gets an address nobody can receive,
      // random rather than derived from the subject, and a name that is not the subject either.
      const placeholder = `${randomBytes(10).toString('hex')}@oidc.invalid`;
      const user = await insertUser(tx.db, {
        email: verifiedEmail ?? placeholder,
        name: claims.name ?? claims.email ?? 'e-ID',
        passwordHash: null,
      });
      if (!user) throw new Error('Could not create an account for an OpenID Connect login');
      userId = user.id;
    }

    await insertExternalIdentity(tx.db, {
      userId,
      municipalityId,
      issuer: claims.issuer,
      subject: claims.subject,
    });
    await insertGrant(tx.db, {
      userId,
      role: 'resident',
      municipalityId,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
    for (const where of municipalitiesOf(grants, municipalityId))
      await audit(tx, system, {
        municipalityId: where,
        action: 'user.oidc-link',
        target: `user:${userId}`,
        details: provider,
      });
    return ok({ userId, linked: true });
  });
}

/**
 * The provider's municipality and every municipality the account holds a role in; `null` (the
 * network's own log) when it coordinates a county or the network.
 */
function municipalitiesOf(
  grants: readonly Grant[],
  providerMunicipality: string,
): (string | null)[] {
  const ids = new Set<string | null>([providerMunicipality]);
  for (const g of grants) ids.add(g.role === 'coordinator' ? null : g.municipalityId);
  return [...ids];
}
