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

/** Current votes on a statement. */
export type Counts = { agree: number; disagree: number; pass: number };

/** A participant's cell on a statement, as one number (statement numbers stay below 2^21). */
const cell = (v: MapVote) => v.participant * 2 ** 21 + v.statement;

function tally(counts: Counts, value: number, by: 1 | -1) {
  if (value > 0) counts.agree += by;
  else if (value < 0) counts.disagree += by;
  else counts.pass += by;
}

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
  /** Every participant's current vote on every statement (the vote of the highest id). */
  private readonly current = new Map<number, { id: number; value: number }>();
  private readonly counts = new Map<number, Counts>();

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
      this.count(v);
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

  /** The current votes on a statement, by its number: what the log gives this moment. */
  countsOf(statement: number): Counts {
    return { ...(this.counts.get(statement) ?? { agree: 0, disagree: 0, pass: 0 }) };
  }

  private count(v: LoggedVote) {
    const before = this.current.get(cell(v));
    if (before && before.id > v.id) return;
    let counts = this.counts.get(v.statement);
    if (!counts) {
      counts = { agree: 0, disagree: 0, pass: 0 };
      this.counts.set(v.statement, counts);
    }
    if (before) tally(counts, before.value, -1);
    tally(counts, v.value, 1);
    this.current.set(cell(v), { id: v.id, value: v.value });
  }
}
