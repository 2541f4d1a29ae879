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
 * Counts the final votes of each group's members per statement.
 * @param groupOf group index per participant, −1 for none
 */
export function countByGroup(m: RatingMatrix, groupOf: Int32Array, nGroups: number): GroupCounts {
  const n = nGroups * m.nCols;
  const agree = new Int32Array(n);
  const disagree = new Int32Array(n);
  const seen = new Int32Array(n);
  const { rowStart, rowEnd, col, val } = m;
  for (let r = 0; r < m.nRows; r++) {
    const g = groupOf[r]!;
    if (g < 0) continue;
    const base = g * m.nCols;
    for (let k = rowStart[r]!; k < rowEnd[r]!; k++) {
      const i = base + col[k]!;
      const v = val[k]!;
      seen[i]!++;
      if (v === 1) agree[i]!++;
      else if (v === -1) disagree[i]!++;
    }
  }
  return { nGroups, nCols: m.nCols, agree, disagree, seen };
}

/** Everyone's agree, disagree and seen counts per statement (one group), in one pass. */
export function columnTotals(m: RatingMatrix): GroupCounts {
  const agree = new Int32Array(m.nCols);
  const disagree = new Int32Array(m.nCols);
  const seen = new Int32Array(m.nCols);
  const { rowStart, rowEnd, col, val } = m;
  for (let r = 0; r < m.nRows; r++) {
    for (let k = rowStart[r]!; k < rowEnd[r]!; k++) {
      const c = col[k]!;
      const v = val[k]!;
      seen[c]!++;
      if (v === 1) agree[c]!++;
      else if (v === -1) disagree[c]!++;
    }
  }
  return { nGroups: 1, nCols: m.nCols, agree, disagree, seen };
}
