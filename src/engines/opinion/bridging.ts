import { LAMBDA_FACTOR, LAMBDA_INTERCEPT, layout, rebalance } from './bridging-steps.ts';

export { LAMBDA_FACTOR, LAMBDA_INTERCEPT } from './bridging-steps.ts';

import type { RatingMatrix } from './matrix.ts';

/** Statements with fewer votes get no bridging score. */
export const MIN_BRIDGING_VOTES = 5;

/** Fitted model r̂_us = μ + i_u + i_s + f_u·f_s. */
export interface BridgingModel {
  mu: number;
  userIntercept: Float64Array;
  userFactor: Float64Array;
  statementIntercept: Float64Array;
  statementFactor: Float64Array;
  sweeps: number;
}

/** Options: starting factors (e.g. the PCA axis, or the previous fit) and stopping rule. */
export interface BridgingOptions {
  start?: BridgingModel | undefined;
  userFactor?: Float64Array | undefined;
  statementFactor?: Float64Array | undefined;
  tolerance?: number | undefined;
  maxSweeps?: number | undefined;
}

/**
 * Fits the one-dimensional matrix factorisation of Community Notes by alternating least squares:
 * minimise Σ (r − μ − i_u − i_s − f_u·f_s)² + 0.15·(i_u² + i_s² + μ²) + 0.03·(f_u² + f_s²)
 * over the votes r = (vote + 1)/2 on statements not in `skip`. Each sweep solves every
 * participant's and every statement's pair exactly given the rest; O(votes) per sweep.
 */
export function fitBridging(m: RatingMatrix, skip: Uint8Array, options: BridgingOptions = {}) {
  const tolerance = options.tolerance ?? 1e-6;
  const maxSweeps = options.maxSweeps ?? 500;
  const { rows, cols: t } = layout(m, skip);
  const iu = new Float64Array(m.nRows);
  const fu = new Float64Array(m.nRows);
  const is = new Float64Array(m.nCols);
  const fs = new Float64Array(m.nCols);
  let mu = 0;
  const st = options.start;
  if (st) {
    mu = st.mu;
    iu.set(st.userIntercept.subarray(0, Math.min(m.nRows, st.userIntercept.length)));
    fu.set(st.userFactor.subarray(0, Math.min(m.nRows, st.userFactor.length)));
    is.set(st.statementIntercept.subarray(0, Math.min(m.nCols, st.statementIntercept.length)));
    fs.set(st.statementFactor.subarray(0, Math.min(m.nCols, st.statementFactor.length)));
  } else {
    if (options.userFactor) fu.set(options.userFactor.subarray(0, m.nRows));
    if (options.statementFactor) fs.set(options.statementFactor.subarray(0, m.nCols));
  }
  const activeUser = new Uint8Array(m.nRows);
  for (let r = 0; r < m.nRows; r++) activeUser[r] = rows.rowEnd[r]! > rows.rowStart[r]! ? 1 : 0;
  const activeStatement = new Uint8Array(m.nCols);
  for (let c = 0; c < m.nCols; c++) activeStatement[c] = t.colPtr[c + 1]! > t.colPtr[c]! ? 1 : 0;
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweeps++;
    for (let r = 0; r < m.nRows; r++) {
      const a = rows.rowStart[r]!;
      const b = rows.rowEnd[r]!;
      let sf = 0;
      let sff = 0;
      let se = 0;
      let sef = 0;
      for (let k = a; k < b; k++) {
        const c = rows.col[k]!;
        const f = fs[c]!;
        const e = 0.5 * (rows.val[k]! + 1) - mu - is[c]!;
        sf += f;
        sff += f * f;
        se += e;
        sef += e * f;
      }
      if (b === a) continue;
      // Ridge solution of the 2×2 normal equations for (i_u, f_u).
      const d0 = b - a + LAMBDA_INTERCEPT;
      const d1 = sff + LAMBDA_FACTOR;
      const det = d0 * d1 - sf * sf;
      iu[r] = (d1 * se - sf * sef) / det;
      fu[r] = (d0 * sef - sf * se) / det;
    }
    let move = 0;
    let total = 0;
    let count = 0;
    for (let c = 0; c < m.nCols; c++) {
      const a = t.colPtr[c]!;
      const b = t.colPtr[c + 1]!;
      let sf = 0;
      let sff = 0;
      let se = 0;
      let sef = 0;
      for (let k = a; k < b; k++) {
        const r = t.row[k]!;
        const f = fu[r]!;
        const e = 0.5 * (t.val[k]! + 1) - mu - iu[r]!;
        sf += f;
        sff += f * f;
        se += e;
        sef += e * f;
      }
      const n = b - a;
      if (n === 0) continue;
      const d0 = n + LAMBDA_INTERCEPT;
      const d1 = sff + LAMBDA_FACTOR;
      const det = d0 * d1 - sf * sf;
      const i = (d1 * se - sf * sef) / det;
      const f = (d0 * sef - sf * se) / det;
      move = Math.max(move, Math.abs(i - is[c]!));
      is[c] = i;
      fs[c] = f;
      // Σ over the column of r − i_u − i − f_u·f, from the sums above.
      total += se + n * mu - n * i - f * sf;
      count += n;
    }
    const nextMu = total / (count + LAMBDA_INTERCEPT);
    move = Math.max(move, Math.abs(nextMu - mu));
    mu = nextMu;
    mu = rebalance(mu, iu, fu, is, fs, activeUser, activeStatement);
    if (move < tolerance) break;
  }
  const model: BridgingModel = {
    mu,
    userIntercept: iu,
    userFactor: fu,
    statementIntercept: is,
    statementFactor: fs,
    sweeps,
  };
  return model;
}
