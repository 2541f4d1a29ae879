import { type BridgingModel, LAMBDA_FACTOR, LAMBDA_INTERCEPT } from './bridging.ts';
import type { RatingMatrix } from './matrix.ts';

function grow(a: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  out.set(a.subarray(0, Math.min(n, a.length)));
  return out;
}

/**
 * Incremental bridging after new votes: re-solves only the participants and statements that
 * received votes (a few alternating sweeps), keeping μ and everyone else's fit. Costs
 * O(votes of the touched rows and columns) plus one scan to collect the touched columns.
 */
export function refitBridging(
  m: RatingMatrix,
  skip: Uint8Array,
  prev: BridgingModel,
  rows: readonly number[],
  cols: readonly number[],
  sweeps = 2,
): BridgingModel {
  const iu = grow(prev.userIntercept, m.nRows);
  const fu = grow(prev.userFactor, m.nRows);
  const is = grow(prev.statementIntercept, m.nCols);
  const fs = grow(prev.statementFactor, m.nCols);
  const mu = prev.mu;
  const slot = new Int32Array(m.nCols).fill(-1);
  const live = cols.filter((c) => skip[c] !== 1);
  live.forEach((c, i) => {
    slot[c] = i;
  });
  const ptr = new Int32Array(live.length + 1);
  for (let k = 0; k < m.col.length; k++) if (slot[m.col[k]!]! >= 0) ptr[slot[m.col[k]!]! + 1]!++;
  for (let i = 0; i < live.length; i++) ptr[i + 1]! += ptr[i]!;
  const who = new Int32Array(ptr[live.length]!);
  const what = new Int8Array(who.length);
  const fill = ptr.slice(0, live.length);
  for (let r = 0; r < m.nRows; r++) {
    for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) {
      const i = slot[m.col[k]!]!;
      if (i < 0) continue;
      const at = fill[i]!++;
      who[at] = r;
      what[at] = m.val[k]!;
    }
  }
  for (let s = 0; s < sweeps; s++) {
    for (const r of rows) {
      let n = 0;
      let sf = 0;
      let sff = 0;
      let se = 0;
      let sef = 0;
      for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) {
        const c = m.col[k]!;
        if (skip[c] === 1) continue;
        const f = fs[c]!;
        const e = 0.5 * (m.val[k]! + 1) - mu - is[c]!;
        n++;
        sf += f;
        sff += f * f;
        se += e;
        sef += e * f;
      }
      if (n === 0) continue;
      const d0 = n + LAMBDA_INTERCEPT;
      const d1 = sff + LAMBDA_FACTOR;
      const det = d0 * d1 - sf * sf;
      iu[r] = (d1 * se - sf * sef) / det;
      fu[r] = (d0 * sef - sf * se) / det;
    }
    live.forEach((c, i) => {
      let sf = 0;
      let sff = 0;
      let se = 0;
      let sef = 0;
      for (let k = ptr[i]!; k < ptr[i + 1]!; k++) {
        const r = who[k]!;
        const f = fu[r]!;
        const e = 0.5 * (what[k]! + 1) - mu - iu[r]!;
        sf += f;
        sff += f * f;
        se += e;
        sef += e * f;
      }
      const n = ptr[i + 1]! - ptr[i]!;
      const d0 = n + LAMBDA_INTERCEPT;
      const d1 = sff + LAMBDA_FACTOR;
      const det = d0 * d1 - sf * sf;
      is[c] = (d1 * se - sf * sef) / det;
      fs[c] = (d0 * sef - sf * se) / det;
    });
  }
  return {
    mu,
    userIntercept: iu,
    userFactor: fu,
    statementIntercept: is,
    statementFactor: fs,
    sweeps,
  };
}
