import type { Subscription } from '../../db/notifications.ts';
import type { Actor } from './identity.policy.ts';

/** The channel the identity tables announce their changes on (migration 0004_identity_change_notify). */
export const IDENTITY_CHANNEL = 'samskap_identity';

type Entry = { actor: Actor; sessionExpiresAt: number; keptAt: number };

/** What a session lookup found: its user's actor and when the session ends. */
export type SessionActor = { actor: Actor; expiresAt: Date };

/**
 * The actors of signed-in sessions, kept in memory so that a signed-in page costs no query to
 * find out who asks. Correct because the database says when to forget: a trigger on sessions,
 * users and role grants notifies IDENTITY_CHANNEL when the writing transaction commits, to every
 * process, and every notification forgets every kept actor. A lookup that began before a
 * notification is not kept (the generation moved on), so a read from before a commit never
 * outlives it. While the subscription is not live (not yet attached, or its connection is lost),
 * nothing is kept or served. A session's own end is checked on every use; `maxAgeMs` bounds
 * everything else in case a write bypasses the triggers.
 */
export class SessionActors {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private subscription: Subscription | undefined;

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 60_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Starts keeping actors, on the strength of this subscription to IDENTITY_CHANNEL. */
  attach(subscription: Subscription): void {
    this.subscription = subscription;
    this.forget();
  }

  /** Forgets every kept actor; lookups under way are not kept either. */
  forget(): void {
    this.generation++;
    this.entries.clear();
  }

  /** How often everything was forgotten so far (it only grows). */
  get forgotten(): number {
    return this.generation;
  }

  /** Whether actors are being kept now. */
  get listening(): boolean {
    return this.subscription?.live() ?? false;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The actor of the session whose id hashes to `idHash`, from memory or from `load`. */
  async lookup(
    idHash: string,
    now: Date,
    load: () => Promise<SessionActor | undefined>,
  ): Promise<Actor | undefined> {
    if (!this.listening) {
      if (this.entries.size > 0) this.forget();
      return (await load())?.actor;
    }
    const hit = this.entries.get(idHash);
    if (hit) {
      if (hit.sessionExpiresAt > now.getTime() && this.clock() - hit.keptAt < this.maxAgeMs) {
        return hit.actor;
      }
      this.entries.delete(idHash);
    }
    const generation = this.generation;
    const found = await load();
    if (found && generation === this.generation && this.listening) {
      this.keep(idHash, found);
    }
    return found?.actor;
  }

  private keep(idHash: string, found: SessionActor): void {
    // The same object serves many requests: nothing may change it.
    if (found.actor.kind === 'user') {
      for (const grant of found.actor.grants) Object.freeze(grant);
      Object.freeze(found.actor.grants);
    }
    this.entries.set(idHash, {
      actor: Object.freeze(found.actor),
      sessionExpiresAt: found.expiresAt.getTime(),
      keptAt: this.clock(),
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
