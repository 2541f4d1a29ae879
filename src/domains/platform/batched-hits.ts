import type { Db } from '../../db/client.ts';
import { hitRateLimit } from './platform.queries.ts';

type Tally = {
  windowStart: number;
  /** The count in the database as of this process's last addition to it. */
  shared: number;
  /** Hits here not yet added to the database. */
  unsent: number;
  /** When this process last added to the database (its clock, ms). */
  sentAt: number;
};

/** A process keeps the tallies of at most this many keys; older windows' go first. */
const MAX_KEYS = 10_000;

/**
 * Hits on a rate limit counted in this process and added to the shared count in the database at
 * most once per `intervalMs` for each key. Without it, every write from one address updates one
 * row: a school's network, or a thousand votes a second, queue on that row's lock. Several
 * processes still share one count; each sees the others' hits as of its last addition, so a key
 * may pass its limit by what the other processes took in the last interval, and no more.
 */
export class BatchedHits {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly intervalMs = 1_000) {}

  /** Counts one hit; returns the hits in the window as this process knows them, this one included. */
  async hit(db: Db, key: string, windowStart: Date, nowMs: number): Promise<number> {
    const start = windowStart.getTime();
    let tally = this.tallies.get(key);
    if (!tally || tally.windowStart !== start) {
      if (!tally && this.tallies.size >= MAX_KEYS) this.forgetBefore(start);
      tally = { windowStart: start, shared: 0, unsent: 0, sentAt: Number.NEGATIVE_INFINITY };
      this.tallies.set(key, tally);
    }
    tally.unsent++;
    if (nowMs - tally.sentAt < this.intervalMs) return tally.shared + tally.unsent;
    // Taken before the await, so the hits that arrive meanwhile wait for the next addition.
    const sending = tally.unsent;
    tally.unsent = 0;
    tally.sentAt = nowMs;
    try {
      tally.shared = await hitRateLimit(db, key, windowStart, sending);
    } catch (error) {
      tally.unsent += sending;
      tally.sentAt = Number.NEGATIVE_INFINITY;
      throw error;
    }
    return tally.shared + tally.unsent;
  }

  /** Forgets the tallies of windows before `start`, and the oldest kept if that frees nothing. */
  private forgetBefore(start: number): void {
    for (const [key, tally] of this.tallies)
      if (tally.windowStart < start) this.tallies.delete(key);
    const oldest = this.tallies.keys().next().value;
    if (this.tallies.size >= MAX_KEYS && oldest !== undefined) this.tallies.delete(oldest);
  }
}
