import type { MapVote } from './conversation.ts';

/**
 * How far back each read looks again. A vote's id is handed out when it is inserted, not when it
 * commits, so a vote can become visible after one with a higher id; a vote still uncommitted this
 * long after a later one was read is taken to be rolled back. The log is read in full again now
 * and then (map-worker.ts), which would find such a vote anyway.
 */
const LOOK_BACK_MS = 5_000;

/** One vote of the log with its id. */
export type LoggedVote = MapVote & { id: number };

/**
 * A dialogue's vote log, kept in memory by the process that holds the claim on its map, so that a
 * refresh reads only the votes cast since the last one instead of the whole log. Kept in id order,
 * the order the open data lists the votes in, so the map is computed from the very same log.
 */
export class HeldLog {
  private readonly votes: LoggedVote[] = [];
  /** Ids a read may return again, with nothing else to tell them from new ones. */
  private readonly recent = new Set<number>();
  /** The highest id held after each read, and when it was read. */
  private readonly marks: { at: number; maxId: number }[] = [];
  private maxId = 0;

  /** How many votes are held. */
  get size(): number {
    return this.votes.length;
  }

  /** The highest id held: the last vote a map of this log includes. */
  get lastId(): number {
    return this.maxId;
  }

  /** The next read asks for the votes after this id: the highest held LOOK_BACK_MS ago. */
  readAfter(nowMs: number): number {
    let after = this.marks[0]?.maxId ?? 0;
    for (const m of this.marks) if (m.at <= nowMs - LOOK_BACK_MS) after = m.maxId;
    return after;
  }

  /**
   * Adds the votes of a read (those after `readAfter`), skipping the ones already held.
   * @returns how many were new
   */
  add(read: readonly LoggedVote[], nowMs: number): number {
    let added = 0;
    let late = false;
    for (const v of read) {
      if (this.recent.has(v.id)) continue;
      if (v.id < this.maxId) late = true;
      this.votes.push(v);
      this.recent.add(v.id);
      this.maxId = Math.max(this.maxId, v.id);
      added++;
    }
    // A late vote goes where its id puts it, as in the open data.
    if (late) this.votes.sort((a, b) => a.id - b.id);
    this.marks.push({ at: nowMs, maxId: this.maxId });
    while (this.marks.length > 1 && (this.marks[1]?.at ?? nowMs) <= nowMs - LOOK_BACK_MS) {
      this.marks.shift();
    }
    const after = this.readAfter(nowMs);
    for (const id of this.recent) if (id <= after) this.recent.delete(id);
    return added;
  }

  /** The held log, in id order. */
  all(): readonly LoggedVote[] {
    return this.votes;
  }
}
