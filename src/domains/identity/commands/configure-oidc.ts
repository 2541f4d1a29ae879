import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import type { OidcConfigInput } from '../identity.inputs.ts';
import { canConfigureLogin } from '../identity.policy.ts';
import { findOidcProvider, upsertOidcProvider } from '../oidc/oidc.queries.ts';

/** An admin sets the municipality's OpenID Connect provider; an empty secret keeps the stored one. */
export async function configureOidc(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: OidcConfigInput,
): Promise<Result<null, 'forbidden' | 'secretRequired'>> {
  if (!canConfigureLogin(actor, municipalityId)) return fail('forbidden');
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
