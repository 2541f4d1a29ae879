import { NotifiedCache } from '../../db/notified-cache.ts';
import type { Actor } from '../../vocabulary/actor.ts';

/** The channel sessions, users, role grants and API tokens announce their changes on. */
export const IDENTITY_CHANNEL = 'samskap_identity';

/** What a session lookup found: its user's actor and when the session ends. */
export type SessionActor = { actor: Actor; expiresAt: Date };

/**
 * The actors of signed-in sessions and API tokens, kept in memory so that a signed-in page or an
 * API call costs no query to find out who asks; forgotten whenever sessions, users, role grants
 * or tokens change (NotifiedCache). Unknown ones are not kept (random cookies cannot fill
 * memory), and a session's or token's own end is checked on every use against the caller's clock.
 */
export class SessionActors extends NotifiedCache<SessionActor | undefined> {
  constructor(maxEntries = 10_000, maxAgeMs = 60_000, clock?: () => number) {
    super(IDENTITY_CHANNEL, maxEntries, maxAgeMs, clock);
  }

  /** The actor of the session whose id hashes to `idHash`, from memory or from `load`. */
  async lookup(
    idHash: string,
    now: Date,
    load: () => Promise<SessionActor | undefined>,
  ): Promise<Actor | undefined> {
    const found = await this.get(idHash, async () => frozen(await load()), {
      keep: (f) => f !== undefined,
      stillGood: (f) => (f?.expiresAt.getTime() ?? 0) > now.getTime(),
    });
    return found?.actor;
  }
}

/** The same actor serves many requests: nothing may change it. */
function frozen(found: SessionActor | undefined): SessionActor | undefined {
  if (found?.actor.kind === 'user') {
    for (const grant of found.actor.grants) Object.freeze(grant);
    Object.freeze(found.actor.grants);
  }
  if (found) Object.freeze(found.actor);
  return found;
}

declare module '../../web/env.ts' {
  interface AppServices {
    sessionActors: SessionActors;
  }
}
