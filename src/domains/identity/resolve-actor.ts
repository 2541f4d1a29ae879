import type { CommandContext } from '../../lib/context.ts';
import { sha256 } from '../../lib/secrets.ts';
import { type Actor, anonymous, type Grant } from '../../vocabulary/actor.ts';
import {
  findLiveTokenWithGrants,
  findSessionUserWithGrants,
  findUserById,
  grantsOf,
  touchToken,
} from './identity.queries.ts';
import type { SessionActors } from './session-actors.ts';

type ActorUser = { id: string; email: string; name: string };

/** The actor of a user and their live grants; a token's municipality limits what they count for. */
function userActor(user: ActorUser, grants: Grant[], tokenMunicipalityId?: string): Actor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    grants,
    tokenMunicipalityId,
  };
}

/** The actor of a session cookie value; anonymous when the session is unknown or expired. */
export async function actorFromSession(
  ctx: CommandContext,
  token: string,
  kept: SessionActors,
): Promise<Actor> {
  const idHash = sha256(token);
  const now = ctx.now();
  const actor = await kept.lookup(idHash, now, async () => {
    const found = await findSessionUserWithGrants(ctx.db, idHash, now);
    return found && { actor: userActor(found.user, found.grants), expiresAt: found.expiresAt };
  });
  return actor ?? anonymous;
}

/** A token's "last used" is written at most this often: a script's every call need not write. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/** A token without an expiry date never ends on its own (revoking it is a change that is heard). */

/**
 * The actor of an API token, limited to the token's municipality; undefined when the token is not
 * live. Kept like a session's actor; "last used" is written only when the token is looked up in
 * the database and is a minute old, and that write does not make anyone forget the actor.
 */
export async function actorFromApiToken(
  ctx: CommandContext,
  token: string,
  kept: SessionActors,
): Promise<Actor | undefined> {
  const tokenHash = sha256(token);
  const now = ctx.now();
  return kept.lookup(`token:${tokenHash}`, now, async () => {
    const found = await findLiveTokenWithGrants(ctx.db, tokenHash, now);
    if (!found) return undefined;
    const last = found.token.lastUsedAt?.getTime();
    if (last === undefined || now.getTime() - last >= TOKEN_TOUCH_INTERVAL_MS) {
      await touchToken(ctx.db, found.token.id, now);
    }
    return {
      actor: userActor(found.user, found.grants, found.token.municipalityId),
      expiresAt: found.token.expiresAt,
    };
  });
}

/** The full actor of a user (all their roles), e.g. the owner of a token being created. */
export async function resolveActorOfUser(ctx: CommandContext, userId: string): Promise<Actor> {
  const user = await findUserById(ctx.db, userId);
  return user ? userActor(user, await grantsOf(ctx.db, user.id)) : anonymous;
}
