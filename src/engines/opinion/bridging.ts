import type { RatingMatrix } from './matrix.ts';

/** Regularisation of intercepts (and the global mean) and of factors, as in Community Notes. */
export const LAMBDA_INTERCEPT = 0.15;
export const LAMBDA_FACTOR = 0.03;
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
  tolerance?: number;
  maxSweeps?: number;
}

function transpose(m: RatingMatrix, skip: Uint8Array) {
  const colPtr = new Int32Array(m.nCols + 1);
  for (let k = 0; k < m.col.length; k++) if (skip[m.col[k]!] !== 1) colPtr[m.col[k]! + 1]!++;
  for (let c = 0; c < m.nCols; c++) colPtr[c + 1]! += colPtr[c]!;
  const row = new Int32Array(colPtr[m.nCols]!);
  const r01 = new Float64Array(row.length);
  const fill = colPtr.slice(0, m.nCols);
  for (let r = 0; r < m.nRows; r++) {
    for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) {
      const c = m.col[k]!;
      if (skip[c] === 1) continue;
      const at = fill[c]!++;
      row[at] = r;
      r01[at] = (m.val[k]! + 1) / 2;
    }
  }
  return { colPtr, row, r01 };
}

/** Solves the 2×2 ridge system for one (intercept, factor) pair. */
function solve(n: number, sf: number, sff: number, se: number, sef: number): [number, number] {
  const a = n + LAMBDA_INTERCEPT;
  const d = sff + LAMBDA_FACTOR;
  const det = a * d - sf * sf;
  return [(d * se - sf * sef) / det, (a * sef - sf * se) / det];
}

/**
 * Fits the one-dimensional matrix factorisation of Community Notes by alternating least squares:
 * minimise Σ (r − μ − i_u − i_s − f_u·f_s)² + 0.15·(i_u² + i_s² + μ²) + 0.03·(f_u² + f_s²)
 * over the votes r = (vote + 1)/2 on statements not in `skip`. Each sweep solves every
 * participant's and every statement's pair exactly given the rest; O(votes) per sweep.
 */
export function fitBridging(m: RatingMatrix, skip: Uint8Array, options: BridgingOptions = {}) {
  const tolerance = options.tolerance ?? 1e-7;
  const maxSweeps = options.maxSweeps ?? 200;
  const t = transpose(m, skip);
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
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweeps++;
    for (let r = 0; r < m.nRows; r++) {
      let n = 0;
      let sf = 0;
      let sff = 0;
      let se = 0;
      let sef = 0;
      for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) {
        const c = m.col[k]!;
        if (skip[c] === 1) continue;
        const f = fs[c]!;
        const e = (m.val[k]! + 1) / 2 - mu - is[c]!;
        n++;
        sf += f;
        sff += f * f;
        se += e;
        sef += e * f;
      }
      [iu[r], fu[r]] = n === 0 ? [0, 0] : solve(n, sf, sff, se, sef);
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
        const e = t.r01[k]! - mu - iu[r]!;
        sf += f;
        sff += f * f;
        se += e;
        sef += e * f;
      }
      const [i, f] = b === a ? [0, 0] : solve(b - a, sf, sff, se, sef);
      move = Math.max(move, Math.abs(i - is[c]!));
      is[c] = i;
      fs[c] = f;
      for (let k = a; k < b; k++) {
        const r = t.row[k]!;
        total += t.r01[k]! - iu[r]! - i - fu[r]! * f;
      }
      count += b - a;
    }
    const nextMu = total / (count + LAMBDA_INTERCEPT);
    move = Math.max(move, Math.abs(nextMu - mu));
    mu = nextMu;
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
