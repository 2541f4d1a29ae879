import type { RatingMatrix } from './matrix.ts';

/** Two principal components of the vote matrix and the centre they are taken around. */
export interface Pca {
  /** Mean vote per statement over the participants who voted on it (0 for zeroed/unvoted). */
  center: Float64Array;
  /** Unit vectors, one weight per statement. */
  comps: [Float64Array, Float64Array];
  /** Power-iteration steps used per component. */
  iterations: [number, number];
}

/** Options of the power iteration. */
export interface PcaOptions {
  /** Start vectors (warm start when updating); default all ones. */
  start?: readonly [Float64Array, Float64Array] | undefined;
  /** Stop when no weight moves more than this between steps. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Column means over observed votes. Zeroed (moderated-out or meta) columns have mean 0, like
 * every cell in them; so do statements nobody voted on.
 */
export function columnCenter(m: RatingMatrix, zeroed: Uint8Array): Float64Array {
  const sum = new Float64Array(m.nCols);
  const count = new Float64Array(m.nCols);
  for (let k = 0; k < m.col.length; k++) {
    const c = m.col[k]!;
    sum[c]! += m.val[k]!;
    count[c]!++;
  }
  const center = new Float64Array(m.nCols);
  for (let c = 0; c < m.nCols; c++) {
    if (zeroed[c] !== 1 && count[c]! > 0) center[c] = sum[c]! / count[c]!;
  }
  return center;
}

/**
 * Centred values aligned with `m.col`: x − μ for observed votes, 0 in zeroed columns. Missing cells
 * are filled with the column mean, so after centring they are 0 and need no storage.
 */
export function centredValues(m: RatingMatrix, center: Float64Array, zeroed: Uint8Array) {
  const xc = new Float64Array(m.col.length);
  for (let k = 0; k < m.col.length; k++) {
    const c = m.col[k]!;
    xc[k] = zeroed[c] === 1 ? 0 : m.val[k]! - center[c]!;
  }
  return xc;
}

/** out = XᵀX v for the centred sparse matrix; `y` is scratch of length nRows. O(votes). */
function gram(
  m: RatingMatrix,
  xc: Float64Array,
  v: Float64Array,
  y: Float64Array,
  out: Float64Array,
) {
  const { rowPtr, col } = m;
  out.fill(0);
  for (let r = 0; r < m.nRows; r++) {
    const a = rowPtr[r]!;
    const b = rowPtr[r + 1]!;
    let s = 0;
    for (let k = a; k < b; k++) s += xc[k]! * v[col[k]!]!;
    y[r] = s;
    if (s !== 0) for (let k = a; k < b; k++) out[col[k]!]! += xc[k]! * s;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * One component by power iteration on XᵀX, with earlier components deflated away
 * (X ← X − (X p) pᵀ for each earlier unit component p).
 */
function component(
  m: RatingMatrix,
  xc: Float64Array,
  start: Float64Array | undefined,
  deflate: Float64Array[],
  tolerance: number,
  maxIterations: number,
): [Float64Array, number] {
  const n = m.nCols;
  let v = new Float64Array(n);
  if (start && start.length > 0) v.set(start.subarray(0, Math.min(n, start.length)));
  if (!start || dot(v, v) === 0) v.fill(1);
  const y = new Float64Array(m.nRows);
  let z = new Float64Array(n);
  let it = 0;
  while (it < maxIterations) {
    it++;
    for (const p of deflate) {
      const d = dot(p, v);
      for (let c = 0; c < n; c++) v[c]! -= d * p[c]!;
    }
    gram(m, xc, v, y, z);
    for (const p of deflate) {
      const d = dot(p, z);
      for (let c = 0; c < n; c++) z[c]! -= d * p[c]!;
    }
    const norm = Math.sqrt(dot(z, z));
    if (norm === 0 || !Number.isFinite(norm)) return [new Float64Array(n), it];
    let move = 0;
    for (let c = 0; c < n; c++) {
      const w = z[c]! / norm;
      const d = Math.abs(w - v[c]!);
      if (d > move) move = d;
      z[c] = w;
    }
    [v, z] = [z, v];
    if (move < tolerance) break;
  }
  return [v, it];
}

/**
 * Two principal components by power iteration (the second after deflating the first), as in
 * Polis. O(votes) per step.
 */
export function pca(
  m: RatingMatrix,
  zeroed: Uint8Array,
  options: PcaOptions = {},
): Pca & { xc: Float64Array } {
  const tolerance = options.tolerance ?? 1e-11;
  const maxIterations = options.maxIterations ?? 2000;
  const center = columnCenter(m, zeroed);
  const xc = centredValues(m, center, zeroed);
  const [c1, i1] = component(m, xc, options.start?.[0], [], tolerance, maxIterations);
  const [c2, i2] = component(m, xc, options.start?.[1], [c1], tolerance, maxIterations);
  return { center, comps: [c1, c2], iterations: [i1, i2], xc };
}

/**
 * Sparsity-aware projection of every participant:
 * p_u = sqrt(M / max(|V_u|, 1)) · Σ_{c∈V_u} (x_uc − μ_c)·(pc1_c, pc2_c), where M counts the
 * statements with votes and zeroed columns count as voted by everyone.
 * @returns interleaved x, y per participant
 */
export function projectParticipants(
  m: RatingMatrix,
  xc: Float64Array,
  comps: readonly [Float64Array, Float64Array],
  zeroed: Uint8Array,
  nVoted: number,
  nZeroedVoted: number,
): Float64Array {
  const [p1, p2] = comps;
  const out = new Float64Array(2 * m.nRows);
  for (let r = 0; r < m.nRows; r++) {
    let s1 = 0;
    let s2 = 0;
    let n = nZeroedVoted;
    for (let k = m.rowPtr[r]!; k < m.rowPtr[r + 1]!; k++) {
      const c = m.col[k]!;
      if (zeroed[c] === 1) continue;
      n++;
      s1 += xc[k]! * p1[c]!;
      s2 += xc[k]! * p2[c]!;
    }
    const scale = Math.sqrt(nVoted / Math.max(n, 1));
    out[2 * r] = scale * s1;
    out[2 * r + 1] = scale * s2;
  }
  return out;
}

/**
 * Position of each statement: the projection of a participant who agreed with it alone,
 * sqrt(M)·(1 − μ_c)·(pc1_c, pc2_c); extremity is that position's distance from the origin.
 */
export function statementPositions(
  center: Float64Array,
  comps: readonly [Float64Array, Float64Array],
  nVoted: number,
): { positions: Float64Array; extremity: Float64Array } {
  const n = center.length;
  const positions = new Float64Array(2 * n);
  const extremity = new Float64Array(n);
  const s = Math.sqrt(nVoted);
  for (let c = 0; c < n; c++) {
    const x = s * (1 - center[c]!) * comps[0][c]!;
    const y = s * (1 - center[c]!) * comps[1][c]!;
    positions[2 * c] = x;
    positions[2 * c + 1] = y;
    extremity[c] = Math.sqrt(x * x + y * y);
  }
  return { positions, extremity };
}
