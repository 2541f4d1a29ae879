import { type CellChange, NO_VOTE, type RatingMatrix } from './matrix.ts';
import type { GroupCounts } from './stats.ts';

/** A copy of `counts` widened to `nCols` statements (new statements start at 0). */
export function widen(counts: GroupCounts, nCols: number): GroupCounts {
  const n = counts.nGroups * nCols;
  const out = {
    nGroups: counts.nGroups,
    nCols,
    agree: new Int32Array(n),
    disagree: new Int32Array(n),
    seen: new Int32Array(n),
  };
  for (let g = 0; g < counts.nGroups; g++) {
    const from = g * counts.nCols;
    const to = g * nCols;
    out.agree.set(counts.agree.subarray(from, from + counts.nCols), to);
    out.disagree.set(counts.disagree.subarray(from, from + counts.nCols), to);
    out.seen.set(counts.seen.subarray(from, from + counts.nCols), to);
  }
  return out;
}

function add(counts: GroupCounts, i: number, v: number, sign: 1 | -1) {
  if (v === NO_VOTE) return;
  counts.seen[i]! += sign;
  if (v === 1) counts.agree[i]! += sign;
  else if (v === -1) counts.disagree[i]! += sign;
}

/**
 * Applies cell changes to counts in place: each change moves one vote of the row's group (by
 * `groupOf`, rows beyond it or with −1 are in no group) from its old value to its new one.
 */
export function applyChanges(
  counts: GroupCounts,
  changes: CellChange,
  groupOf: (r: number) => number,
) {
  for (let i = 0; i < changes.row.length; i++) {
    const g = groupOf(changes.row[i]!);
    if (g < 0) continue;
    const at = g * counts.nCols + changes.col[i]!;
    add(counts, at, changes.before[i]!, -1);
    add(counts, at, changes.after[i]!, 1);
  }
}

/** Moves every vote of row `r` from group `from` to group `to` (either may be −1) in place. */
export function moveRow(counts: GroupCounts, m: RatingMatrix, r: number, from: number, to: number) {
  for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) {
    if (from >= 0) add(counts, from * counts.nCols + m.col[k]!, m.val[k]!, -1);
    if (to >= 0) add(counts, to * counts.nCols + m.col[k]!, m.val[k]!, 1);
  }
}
