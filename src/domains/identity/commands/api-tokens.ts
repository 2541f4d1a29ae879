import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { randomSecret, sha256 } from '../../../lib/secrets.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import type { TokenNameInput } from '../identity.inputs.ts';
import { canCreateTokenFor, municipalitiesOf } from '../identity.policy.ts';
import { insertApiToken, revokeToken } from '../identity.queries.ts';

export const tokenPrefix = 'samskap_';

/** Creates a personal API token; the secret is returned once and only its hash is stored. */
export async function createApiToken(
  ctx: CommandContext,
  actor: Actor,
  input: TokenNameInput,
): Promise<Result<{ token: string; id: string; expiresAt: Date }, 'forbidden'>> {
  if (actor.kind !== 'user' || !canCreateTokenFor(actor, input.municipalityId)) {
    return fail('forbidden', { municipalityId: 'identity.error.tokenMunicipality' });
  }
  const token = randomSecret(tokenPrefix);
  const expiresAt = new Date(ctx.now().getTime() + input.expiresInDays * 86_400_000);
  return inTransaction(ctx, async (tx) => {
    const id = await insertApiToken(tx.db, {
      userId: actor.userId,
      municipalityId: input.municipalityId,
      name: input.name,
      tokenHash: sha256(token),
      expiresAt,
    });
    await audit(tx, actor, {
      municipalityId: input.municipalityId,
      action: 'token.create',
      target: `token:${id}`,
      details: { name: input.name, expiresAt: expiresAt.toISOString() },
    });
    return ok({ token, id, expiresAt });
  });
}

/** Picks the municipality for a token asked for with a password: the given one, or the only one. */
export function tokenMunicipality(
  actor: Actor,
  requested: string | undefined,
): Result<string, 'municipalityRequired' | 'forbidden'> {
  if (requested) return canCreateTokenFor(actor, requested) ? ok(requested) : fail('forbidden');
  const mine = municipalitiesOf(actor);
  if (mine.length === 1 && mine[0]) return ok(mine[0]);
  return fail('municipalityRequired');
}

export async function revokeApiToken(
  ctx: CommandContext,
  actor: Actor,
  tokenId: string,
): Promise<Result<null, 'forbidden' | 'notFound'>> {
  if (actor.kind !== 'user' || actor.tokenMunicipalityId) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const municipalityId = await revokeToken(tx.db, actor.userId, tokenId);
    if (!municipalityId) return fail('notFound');
    await audit(tx, actor, { municipalityId, action: 'token.revoke', target: `token:${tokenId}` });
    return ok(null);
  });
}
