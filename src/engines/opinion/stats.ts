import type { RatingMatrix } from './matrix.ts';

/** One-sided 90% significance threshold of a z statistic, as used by Polis. */
export const Z90 = 1.2816;

/** Proportion test with a +1 prior on both counts: 2·sqrt(n+1)·((s+1)/(n+1) − 1/2). */
export function propTest(succ: number, n: number): number {
  return 2 * Math.sqrt(n + 1) * ((succ + 1) / (n + 1) - 0.5);
}

/** Two-proportion z-test of group 1 against group 2, with 1 added to every count. */
export function twoPropTest(succ1: number, succ2: number, n1: number, n2: number): number {
  const s1 = succ1 + 1;
  const s2 = succ2 + 1;
  const m1 = n1 + 1;
  const m2 = n2 + 1;
  const pHat = (s1 + s2) / (m1 + m2);
  if (pHat >= 1) return 0;
  return (s1 / m1 - s2 / m2) / Math.sqrt(pHat * (1 - pHat) * (1 / m1 + 1 / m2));
}

/** Agree, disagree and seen (passes included) counts per group and statement, row-major by group. */
export interface GroupCounts {
  nGroups: number;
  nCols: number;
  agree: Int32Array;
  disagree: Int32Array;
  seen: Int32Array;
}

/**
 * Counts the final votes of each group's members per statement, and (as one extra group at index
 * `nGroups`, when `withTotal`) of everyone.
 * @param groupOf group index per participant, −1 for none
 */
export function countByGroup(
  m: RatingMatrix,
  groupOf: Int32Array,
  nGroups: number,
  withTotal = false,
): GroupCounts {
  const n = (nGroups + (withTotal ? 1 : 0)) * m.nCols;
  const total = nGroups * m.nCols;
  const agree = new Int32Array(n);
  const disagree = new Int32Array(n);
  const seen = new Int32Array(n);
  for (let r = 0; r < m.nRows; r++) {
    const g = groupOf[r]!;
    if (g < 0 && !withTotal) continue;
    const base = g * m.nCols;
    for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) {
      const c = m.col[k]!;
      const v = m.val[k]!;
      if (withTotal) {
        seen[total + c]!++;
        if (v > 0) agree[total + c]!++;
        else if (v < 0) disagree[total + c]!++;
      }
      if (g < 0) continue;
      seen[base + c]!++;
      if (v > 0) agree[base + c]!++;
      else if (v < 0) disagree[base + c]!++;
    }
  }
  return { nGroups, nCols: m.nCols, agree, disagree, seen };
}
