import type { RatingMatrix } from './matrix.ts';

/** Regularisation of intercepts (and the global mean) and of factors, as in Community Notes. */
export const LAMBDA_INTERCEPT = 0.15;
export const LAMBDA_FACTOR = 0.03;

/** Votes by row: those of row r are `col[rowStart[r] .. rowEnd[r])`, values in `val`. */
interface Rows {
  rowStart: Int32Array;
  rowEnd: Int32Array;
  col: Int32Array;
  val: Int8Array;
}

/** The votes to fit (statements not skipped), by row and by column. */
export function layout(m: RatingMatrix, skip: Uint8Array) {
  let any = false;
  for (let c = 0; c < m.nCols; c++) if (skip[c] === 1) any = true;
  let rows: Rows = m;
  let nVotes = m.nVotes;
  if (any) {
    const rowPtr = new Int32Array(m.nRows + 1);
    let w = 0;
    for (let r = 0; r < m.nRows; r++) {
      for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) if (skip[m.col[k]!] !== 1) w++;
      rowPtr[r + 1] = w;
    }
    const col = new Int32Array(w);
    const val = new Int8Array(w);
    w = 0;
    for (let r = 0; r < m.nRows; r++) {
      for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) {
        if (skip[m.col[k]!] === 1) continue;
        col[w] = m.col[k]!;
        val[w++] = m.val[k]!;
      }
    }
    rows = { rowStart: rowPtr.subarray(0, m.nRows), rowEnd: rowPtr.subarray(1), col, val };
    nVotes = w;
  }
  const colPtr = new Int32Array(m.nCols + 1);
  for (let r = 0; r < m.nRows; r++)
    for (let k = rows.rowStart[r]!; k < rows.rowEnd[r]!; k++) colPtr[rows.col[k]! + 1]!++;
  for (let c = 0; c < m.nCols; c++) colPtr[c + 1]! += colPtr[c]!;
  const row = new Int32Array(nVotes);
  const val = new Int8Array(nVotes);
  const fill = colPtr.slice(0, m.nCols);
  for (let r = 0; r < m.nRows; r++) {
    for (let k = rows.rowStart[r]!; k < rows.rowEnd[r]!; k++) {
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
export function rebalance(
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
