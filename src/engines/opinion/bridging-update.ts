import { type BridgingModel, LAMBDA_FACTOR, LAMBDA_INTERCEPT } from './bridging.ts';
import { type CellChange, NO_VOTE, type RatingMatrix } from './matrix.ts';

/**
 * Per statement, over all its votes: count, Σf_u, Σf_u², Σe and Σe·f_u with e = r − μ − i_u.
 * Enough to re-solve a statement without visiting its votes.
 */
export interface ColumnSums {
  n: Float64Array;
  sf: Float64Array;
  sff: Float64Array;
  se: Float64Array;
  sef: Float64Array;
}

function grow(a: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  out.set(a.subarray(0, Math.min(n, a.length)));
  return out;
}

/** Column sums of a fitted model over every vote of `m` (one pass). */
export function columnSums(m: RatingMatrix, model: BridgingModel): ColumnSums {
  const s = {
    n: new Float64Array(m.nCols),
    sf: new Float64Array(m.nCols),
    sff: new Float64Array(m.nCols),
    se: new Float64Array(m.nCols),
    sef: new Float64Array(m.nCols),
  };
  for (let r = 0; r < m.nRows; r++) {
    for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) {
      contribute(
        s,
        m.col[k]!,
        m.val[k]!,
        model.mu,
        model.userIntercept[r]!,
        model.userFactor[r]!,
        1,
      );
    }
  }
  return s;
}

function contribute(
  s: ColumnSums,
  c: number,
  v: number,
  mu: number,
  i: number,
  f: number,
  sign: 1 | -1,
) {
  const e = 0.5 * (v + 1) - mu - i;
  s.n[c]! += sign;
  s.sf[c]! += sign * f;
  s.sff[c]! += sign * f * f;
  s.se[c]! += sign * e;
  s.sef[c]! += sign * e * f;
}

/**
 * Incremental bridging after new votes: re-solves only the participants and statements whose
 * votes changed (alternating, `sweeps` times), keeping μ and everyone else's fit. Statements are
 * solved from running column sums, so the cost is O(votes of the touched participants).
 */
export function refitBridging(
  m: RatingMatrix,
  skip: Uint8Array,
  prev: BridgingModel & { sums: ColumnSums },
  changes: CellChange,
  sweeps = 2,
): BridgingModel & { sums: ColumnSums } {
  const iu = grow(prev.userIntercept, m.nRows);
  const fu = grow(prev.userFactor, m.nRows);
  const is = grow(prev.statementIntercept, m.nCols);
  const fs = grow(prev.statementFactor, m.nCols);
  const sums: ColumnSums = {
    n: grow(prev.sums.n, m.nCols),
    sf: grow(prev.sums.sf, m.nCols),
    sff: grow(prev.sums.sff, m.nCols),
    se: grow(prev.sums.se, m.nCols),
    sef: grow(prev.sums.sef, m.nCols),
  };
  const mu = prev.mu;
  // The value each changed cell had before this update (the first change of a cell tells).
  const original = new Map<number, Map<number, number>>();
  for (let i = 0; i < changes.row.length; i++) {
    const r = changes.row[i]!;
    const cells = original.get(r) ?? new Map<number, number>();
    if (!cells.has(changes.col[i]!)) cells.set(changes.col[i]!, changes.before[i]!);
    original.set(r, cells);
  }
  const rows = [...original.keys()];
  const cols = [...new Set(changes.col)];
  const each = (r: number, fn: (c: number, v: number) => void) => {
    for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) fn(m.col[k]!, m.val[k]!);
  };
  // Replace each touched participant's old votes by the new ones in the sums (old parameters).
  for (const r of rows) {
    const cells = original.get(r)!;
    const [i, f] = [iu[r]!, fu[r]!];
    each(r, (c, v) => {
      const before = cells.has(c) ? cells.get(c)! : v;
      if (before !== NO_VOTE) contribute(sums, c, before, mu, i, f, -1);
      contribute(sums, c, v, mu, i, f, 1);
    });
  }
  for (let s = 0; s < sweeps; s++) {
    for (const r of rows) {
      each(r, (c, v) => contribute(sums, c, v, mu, iu[r]!, fu[r]!, -1));
      let n = 0;
      let sf = 0;
      let sff = 0;
      let se = 0;
      let sef = 0;
      each(r, (c, v) => {
        if (skip[c] === 1) return;
        const e = 0.5 * (v + 1) - mu - is[c]!;
        n++;
        sf += fs[c]!;
        sff += fs[c]! * fs[c]!;
        se += e;
        sef += e * fs[c]!;
      });
      if (n > 0) {
        const d0 = n + LAMBDA_INTERCEPT;
        const d1 = sff + LAMBDA_FACTOR;
        const det = d0 * d1 - sf * sf;
        iu[r] = (d1 * se - sf * sef) / det;
        fu[r] = (d0 * sef - sf * se) / det;
      }
      each(r, (c, v) => contribute(sums, c, v, mu, iu[r]!, fu[r]!, 1));
    }
    for (const c of cols) {
      if (skip[c] === 1 || sums.n[c]! <= 0) continue;
      const d0 = sums.n[c]! + LAMBDA_INTERCEPT;
      const d1 = sums.sff[c]! + LAMBDA_FACTOR;
      const det = d0 * d1 - sums.sf[c]! * sums.sf[c]!;
      is[c] = (d1 * sums.se[c]! - sums.sf[c]! * sums.sef[c]!) / det;
      fs[c] = (d0 * sums.sef[c]! - sums.sf[c]! * sums.se[c]!) / det;
    }
  }
  return {
    mu,
    userIntercept: iu,
    userFactor: fu,
    statementIntercept: is,
    statementFactor: fs,
    sweeps,
    sums,
  };
}
