import type { Conversation } from '../../../engines/opinion/types.ts';

/** A statement as the map needs it: its number, whether it is shown, and whether it is meta. */
export type MapStatement = { number: number; status: string; isMeta: boolean };
/** One vote of the log, in the order cast: the participant's and the statement's numbers. */
export type MapVote = { participant: number; statement: number; value: number };

/**
 * A dialogue as the opinion engine reads it, exactly as `samskap opinion analyze` reads the
 * dialogue's open data (cli/opinion/load.ts): statements in number order (a rejected one moderated
 * out, a meta one kept out of the math), participants who voted in number order, votes in the
 * order cast. Ids are the numbers as text, as in the export; so the map computed here and the one
 * anyone computes from the export are the same.
 */
export function conversationOf(
  statements: readonly MapStatement[],
  votes: readonly MapVote[],
): Conversation {
  const ordered = [...statements].sort((a, b) => a.number - b.number);
  const column = new Map(ordered.map((s, i) => [s.number, i]));
  const voters = [...new Set(votes.map((v) => v.participant))].sort((a, b) => a - b);
  const row = new Map(voters.map((p, i) => [p, i]));
  const participant = new Int32Array(votes.length);
  const statement = new Int32Array(votes.length);
  const value = new Int8Array(votes.length);
  votes.forEach((v, i) => {
    const c = column.get(v.statement);
    if (c === undefined) throw new Error(`vote on unknown statement ${v.statement}`);
    participant[i] = row.get(v.participant) ?? 0;
    statement[i] = c;
    value[i] = v.value;
  });
  return {
    participantIds: voters.map(String),
    statements: ordered.map((s) => ({
      id: String(s.number),
      moderatedOut: s.status === 'rejected',
      meta: s.isMeta,
    })),
    votes: { participant, statement, value },
  };
}
