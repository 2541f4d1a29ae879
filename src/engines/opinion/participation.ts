/** Minimum number of votes to take part in the map, capped by the number of statements. */
export const MIN_VOTES = 7;
/** Fewer in-conversation participants than this are topped up with the heaviest voters. */
export const GREEDY_N = 15;

/**
 * Which participants are "in the conversation" (placed on the map and clustered): those with at
 * least min(7, statements with votes) votes, passes included; if fewer than 15 qualify, the
 * heaviest voters are added until there are 15 (ties: earliest first vote, then participant
 * order). Once in, a
 * participant stays in: pass the previous set as `previous` when updating.
 * Participants without any vote are never in.
 * @param counts votes per participant
 * @param nVotedStatements statements with at least one vote
 * @returns 1 for in, 0 for out, per participant
 */
export function inConversation(
  counts: Int32Array,
  nVotedStatements: number,
  previous?: Uint8Array,
  firstVote?: Float64Array,
): Uint8Array {
  const n = counts.length;
  const inConv = new Uint8Array(n);
  const threshold = Math.max(1, Math.min(MIN_VOTES, nVotedStatements));
  let total = 0;
  for (let u = 0; u < n; u++) {
    if (
      (previous !== undefined && u < previous.length && previous[u] === 1) ||
      counts[u]! >= threshold
    ) {
      inConv[u] = 1;
      total++;
    }
  }
  if (total < GREEDY_N) {
    const rest: number[] = [];
    for (let u = 0; u < n; u++) if (inConv[u] === 0 && counts[u]! > 0) rest.push(u);
    const first = (u: number) => firstVote?.[u] ?? u;
    rest.sort((a, b) => counts[b]! - counts[a]! || first(a) - first(b) || a - b);
    for (const u of rest.slice(0, GREEDY_N - total)) inConv[u] = 1;
  }
  return inConv;
}
