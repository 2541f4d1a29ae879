import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import type { OidcConfigInput } from '../identity.inputs.ts';
import { canConfigureLogin } from '../identity.policy.ts';
import { findOidcProvider, upsertOidcProvider } from '../oidc/oidc.queries.ts';
import { discoverIssuer, type IssuerPolicy } from '../oidc/oidc-client.ts';

const issuerErrors = {
  notHttps: 'identity.error.issuerNotHttps',
  privateAddress: 'identity.error.issuerPrivate',
  unreachable: 'identity.error.issuerUnreachable',
} as const;

/**
 * An admin sets the municipality's OpenID Connect provider; an empty secret keeps the stored one.
 * The issuer's discovery document is read now, through the address check, and kept: an enabled
 * provider must answer; a disabled one may be saved before it is reachable, but never pointing at
 * this machine or a private network.
 */
export async function configureOidc(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: OidcConfigInput,
  policy: IssuerPolicy,
): Promise<Result<null, 'forbidden' | 'secretRequired' | 'issuerRefused'>> {
  if (!canConfigureLogin(actor, municipalityId)) return fail('forbidden');
  // Outside the transaction: a slow provider must not hold database locks.
  const check = await discoverIssuer(input.issuer, input.clientId, policy);
  if (!check.ok && (input.enabled || check.reason !== 'unreachable'))
    return fail('issuerRefused', { issuer: issuerErrors[check.reason] });
  return inTransaction(ctx, async (tx) => {
    const existing = await findOidcProvider(tx.db, municipalityId);
    const clientSecret = input.clientSecret?.trim() || existing?.clientSecret;
    if (!clientSecret) return fail('secretRequired', { clientSecret: 'error.required' });
    await upsertOidcProvider(tx.db, {
      municipalityId,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecret,
      enabled: input.enabled,
      metadata: check.ok ? check.metadata : null,
    });
    // The secret itself never goes into the audit log.
    await audit(tx, actor, {
      municipalityId,
      action: 'oidc.configure',
      target: `municipality:${municipalityId}`,
      details: { issuer: input.issuer, clientId: input.clientId, enabled: input.enabled },
    });
    return ok(null);
  });
}
