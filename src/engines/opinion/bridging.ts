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
  tolerance?: number | undefined;
  maxSweeps?: number | undefined;
}

/** The votes to fit (statements not skipped), by row and by column. */
function layout(m: RatingMatrix, skip: Uint8Array) {
  let any = false;
  for (let c = 0; c < m.nCols; c++) if (skip[c] === 1) any = true;
  let rows: { rowPtr: Int32Array; col: Int32Array; val: Int8Array } = m;
  if (any) {
    const rowPtr = new Int32Array(m.nRows + 1);
    let w = 0;
    for (let r = 0; r < m.nRows; r++) {
      for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) if (skip[m.col[k]!] !== 1) w++;
      rowPtr[r + 1] = w;
    }
    const col = new Int32Array(w);
    const val = new Int8Array(w);
    w = 0;
    for (let k = 0; k < m.col.length; k++) {
      if (skip[m.col[k]!] === 1) continue;
      col[w] = m.col[k]!;
      val[w++] = m.val[k]!;
    }
    rows = { rowPtr, col, val };
  }
  const colPtr = new Int32Array(m.nCols + 1);
  for (let k = 0; k < rows.col.length; k++) colPtr[rows.col[k]! + 1]!++;
  for (let c = 0; c < m.nCols; c++) colPtr[c + 1]! += colPtr[c]!;
  const row = new Int32Array(rows.col.length);
  const val = new Int8Array(rows.col.length);
  const fill = colPtr.slice(0, m.nCols);
  for (let r = 0; r < m.nRows; r++) {
    for (let k = rows.rowPtr[r]!; k < rows.rowPtr[r + 1]!; k++) {
      const at = fill[rows.col[k]!]!++;
      row[at] = r;
      val[at] = rows.val[k]!;
    }
  }
  return { rows, cols: { colPtr, row, val } };
}

function sums(x: Float64Array, y: Float64Array | null, active: Uint8Array) {
  let n = 0;
  let sx = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    if (active[i] !== 1) continue;
    n++;
    sx += x[i]!;
    sxx += x[i]! * x[i]!;
    if (y) sxy += x[i]! * y[i]!;
  }
  return { n, sx, sxx, sxy };
}

/**
 * Moves along the directions that leave every prediction unchanged (shifting intercepts between
 * μ, participants and statements; rescaling the factors; trading a constant in one side's factors
 * against the other side's intercepts) to the point of least penalty. Alternating least squares
 * alone crawls along these directions; this step is exact and keeps the objective decreasing.
 * @returns the new μ (the arrays are updated in place)
 */
function rebalance(
  mu: number,
  iu: Float64Array,
  fu: Float64Array,
  is: Float64Array,
  fs: Float64Array,
  au: Uint8Array,
  as: Uint8Array,
): number {
  const shift = (x: Float64Array, active: Uint8Array, d: number) => {
    for (let i = 0; i < x.length; i++) if (active[i] === 1) x[i]! += d;
  };
  const trade = (
    f: Float64Array,
    fa: Uint8Array,
    i: Float64Array,
    g: Float64Array,
    ia: Uint8Array,
  ) => {
    // f ← f + d, i ← i − d·g: the penalty λf·Σ(f+d)² + λi·Σ(i − d·g)² is least at:
    const sf = sums(f, null, fa);
    const sig = sums(i, g, ia);
    const sg = sums(g, null, ia);
    const d =
      (LAMBDA_INTERCEPT * sig.sxy - LAMBDA_FACTOR * sf.sx) /
      (LAMBDA_FACTOR * sf.n + LAMBDA_INTERCEPT * sg.sxx);
    if (!Number.isFinite(d)) return;
    shift(f, fa, d);
    for (let k = 0; k < i.length; k++) if (ia[k] === 1) i[k]! -= d * g[k]!;
  };
  trade(fs, as, iu, fu, au);
  trade(fu, au, is, fs, as);
  const su = sums(iu, null, au);
  const ss = sums(is, null, as);
  if (su.n > 0 && ss.n > 0) {
    // μ + p, i_u + q, i_s + t with p + q + t = 0 and least Σ of squares.
    const half = (mu + su.sx / su.n + ss.sx / ss.n) / (1 + 1 / su.n + 1 / ss.n);
    shift(iu, au, half / su.n - su.sx / su.n);
    shift(is, as, half / ss.n - ss.sx / ss.n);
    mu = half;
  }
  const fu2 = sums(fu, null, au).sxx;
  const fs2 = sums(fs, null, as).sxx;
  if (fu2 > 0 && fs2 > 0) {
    const scale = Math.sqrt(Math.sqrt(fs2 / fu2));
    for (let i = 0; i < fu.length; i++) fu[i]! *= scale;
    for (let i = 0; i < fs.length; i++) fs[i]! /= scale;
  }
  return mu;
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
  for (let r = 0; r < m.nRows; r++) activeUser[r] = rows.rowPtr[r + 1]! > rows.rowPtr[r]! ? 1 : 0;
  const activeStatement = new Uint8Array(m.nCols);
  for (let c = 0; c < m.nCols; c++) activeStatement[c] = t.colPtr[c + 1]! > t.colPtr[c]! ? 1 : 0;
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweeps++;
    for (let r = 0; r < m.nRows; r++) {
      const a = rows.rowPtr[r]!;
      const b = rows.rowPtr[r + 1]!;
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
