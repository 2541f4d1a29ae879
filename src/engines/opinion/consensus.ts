import { type GroupCounts, propTest, Z90 } from './stats.ts';
import type { ConsensusStat } from './types.ts';

/** Consensus statements per direction. */
export const MAX_CONSENSUS = 5;
/** Priority of a meta statement (7, squared). */
export const META_PRIORITY = 49;

/**
 * Consensus over everyone: statements with (1+n)/(2+s) > 0.5 and prop-test > 1.2816, ranked by
 * the product of the two, top 5, for agree and for disagree separately.
 * @param all counts with a single group holding every participant
 * @param eligible statements that may be listed (voted on, not moderated out, not meta)
 * @param stable break ties by counts instead of statement order
 */
export function consensus(
  all: GroupCounts,
  eligible: readonly number[],
  stable = false,
): { agree: ConsensusStat[]; disagree: ConsensusStat[] } {
  // Equal scores keep statement order (Polis); with `stable`, they are ordered by their counts.
  const cmp = (a: ConsensusStat, b: ConsensusStat) =>
    b.pSuccess * b.pTest - a.pSuccess * a.pTest ||
    (stable ? b.nSuccess - a.nSuccess || b.nTrials - a.nTrials : 0);
  // The top 5 in the order of a stable sort, kept by insertion (candidates can be thousands).
  const pick = (succ: Int32Array): ConsensusStat[] => {
    const found: ConsensusStat[] = [];
    for (const c of eligible) {
      const n = succ[c]!;
      const s = all.seen[c]!;
      const pSuccess = (1 + n) / (2 + s);
      const pTest = propTest(n, s);
      if (!(pSuccess > 0.5 && pTest > Z90)) continue;
      const stat = { statement: c, nSuccess: n, nTrials: s, pSuccess, pTest };
      let at = found.length;
      while (at > 0 && cmp(stat, found[at - 1]!) < 0) at--;
      if (at >= MAX_CONSENSUS) continue;
      found.splice(at, 0, stat);
      found.length = Math.min(found.length, MAX_CONSENSUS);
    }
    return found;
  };
  return { agree: pick(all.agree), disagree: pick(all.disagree) };
}

/**
 * Group-aware consensus: GAC_c = Π_groups (A_gc + 1)/(S_gc + 2), S counting passes. High when
 * every group tends to agree.
 */
export function groupAwareConsensus(counts: GroupCounts): Float64Array {
  const out = new Float64Array(counts.nCols).fill(1);
  for (let g = 0; g < counts.nGroups; g++) {
    for (let c = 0; c < counts.nCols; c++) {
      const i = g * counts.nCols + c;
      out[c]! *= (counts.agree[i]! + 1) / (counts.seen[i]! + 2);
    }
  }
  return out;
}

/**
 * Which statement to show next: with A, D, S summed over the groups, P = S − A − D and
 * extremity E, importance = (1 − (P+1)/(S+2))·(E+1)·(A+1)/(S+2) and
 * priority = (importance·(1 + 8·2^(−S/5)))²; meta statements get 49.
 */
export function priorities(
  counts: GroupCounts,
  extremity: Float64Array,
  meta: Uint8Array,
): Float64Array {
  const out = new Float64Array(counts.nCols);
  for (let c = 0; c < counts.nCols; c++) {
    if (meta[c] === 1) {
      out[c] = META_PRIORITY;
      continue;
    }
    let a = 0;
    let d = 0;
    let s = 0;
    for (let g = 0; g < counts.nGroups; g++) {
      const i = g * counts.nCols + c;
      a += counts.agree[i]!;
      d += counts.disagree[i]!;
      s += counts.seen[i]!;
    }
    const p = s - a - d;
    const importance = (1 - (p + 1) / (s + 2)) * (extremity[c]! + 1) * ((a + 1) / (s + 2));
    out[c] = (importance * (1 + 8 * 2 ** (-s / 5))) ** 2;
  }
  return out;
}
