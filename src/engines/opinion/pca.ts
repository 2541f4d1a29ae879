import type { RatingMatrix } from './matrix.ts';
import { components } from './power-iteration.ts';
import type { GroupCounts } from './stats.ts';

/** Two principal components of the vote matrix and the centre they are taken around. */
export interface Pca {
  /** Mean vote per statement over the participants who voted on it (0 for zeroed/unvoted). */
  center: Float64Array;
  /** Unit vectors, one weight per statement. */
  comps: [Float64Array, Float64Array];
  /** Power-iteration steps used. */
  iterations: number;
  /** Whether each component's sign was fixed by statement statistics (false: still free). */
  signed?: [boolean, boolean];
}

/** Options of the power iteration. */
export interface PcaOptions {
  /** Start vectors (warm start when updating); default all ones. */
  start?: readonly [Float64Array, Float64Array] | undefined;
  /** Stop when no weight moves more than this between steps. */
  tolerance?: number | undefined;
  maxIterations?: number | undefined;
}

/**
 * Column means over observed votes. Zeroed (moderated-out or meta) columns have mean 0, like
 * every cell in them; so do statements nobody voted on.
 */
export function columnCenter(totals: GroupCounts, zeroed: Uint8Array): Float64Array {
  const center = new Float64Array(totals.nCols);
  for (let c = 0; c < totals.nCols; c++) {
    const n = totals.seen[c]!;
    if (zeroed[c] !== 1 && n > 0) center[c] = (totals.agree[c]! - totals.disagree[c]!) / n;
  }
  return center;
}

/**
 * Two principal components of the centred vote matrix by power iteration (see `components`).
 * O(votes) per step. `totals` are everyone's counts per statement (for the column means).
 */
export function pca(
  m: RatingMatrix,
  totals: GroupCounts,
  zeroed: Uint8Array,
  options: PcaOptions = {},
): Pca {
  const tolerance = options.tolerance ?? 1e-11;
  const maxIterations = options.maxIterations ?? 1000;
  const center = columnCenter(totals, zeroed);
  const [comps, iterations] = components(
    m,
    center,
    zeroed,
    options.start,
    tolerance,
    maxIterations,
  );
  // A component's sign is arbitrary; without a warm start (which keeps the previous sign) fix it
  // by statistics that do not depend on the order of statements or participants.
  const signed: [boolean, boolean] = [true, true];
  if (!options.start)
    comps.forEach((v, k) => {
      signed[k] = canonicalSign(v, totals.seen, center);
    });
  return { center, comps, iterations, signed };
}

/**
 * Flips `v` so that the first clearly non-zero of Σv³, Σv·votes, Σv·mean is positive.
 * @returns false when all three vanish (the sign is then left to the caller)
 */
function canonicalSign(v: Float64Array, votes: Int32Array, center: Float64Array): boolean {
  let cube = 0;
  let byVotes = 0;
  let byMean = 0;
  let scale = 0;
  for (let c = 0; c < v.length; c++) {
    cube += v[c]! ** 3;
    byVotes += v[c]! * votes[c]!;
    byMean += v[c]! * center[c]!;
    scale += votes[c]!;
  }
  const decide = [cube, byVotes / Math.max(1, scale), byMean].find((x) => Math.abs(x) > 1e-9);
  if (decide !== undefined && decide < 0) for (let c = 0; c < v.length; c++) v[c] = -v[c]!;
  return decide !== undefined;
}

/**
 * Sparsity-aware projection of every participant:
 * p_u = sqrt(M / max(|V_u|, 1)) · Σ_{c∈V_u} (x_uc − μ_c)·(pc1_c, pc2_c), where M counts the
 * statements with votes and zeroed columns count as voted by everyone.
 * @returns interleaved x, y per participant
 */
export function projectParticipants(
  m: RatingMatrix,
  center: Float64Array,
  comps: readonly [Float64Array, Float64Array],
  zeroed: Uint8Array,
  nVoted: number,
  nZeroedVoted: number,
): Float64Array {
  const [p1, p2] = comps;
  const out = new Float64Array(2 * m.nRows);
  // Mean and weights of a column side by side, four doubles per column: one cache line per
  // vote. A zeroed column gets mean and weights 0, so its cells add exactly nothing (a sum that
  // starts at +0 is never −0, so adding ±0 leaves it unchanged); they count as voted.
  const table = new Float64Array(4 * m.nCols);
  let anyZeroed = false;
  for (let c = 0; c < m.nCols; c++) {
    if (zeroed[c] === 1) {
      anyZeroed = true;
      continue;
    }
    table[4 * c] = center[c]!;
    table[4 * c + 1] = p1[c]!;
    table[4 * c + 2] = p2[c]!;
  }
  // Per row: |V_u| = the row's votes on columns that are not zeroed, plus every zeroed column.
  const counted = new Int32Array(m.nRows);
  for (let r = 0; r < m.nRows; r++) counted[r] = m.rowEnd[r]! - m.rowStart[r]! + nZeroedVoted;
  if (anyZeroed) {
    for (let r = 0; r < m.nRows; r++)
      for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) counted[r]! -= zeroed[m.col[k]!]!;
  }
  projectRows(m, table, counted, nVoted, out);
  return out;
}

/** out_u = sqrt(M / max(n_u, 1)) · Σ_row (val − table_mean)·(table_w1, table_w2). */
function projectRows(
  m: RatingMatrix,
  table: Float64Array,
  counted: Int32Array,
  nVoted: number,
  out: Float64Array,
) {
  const { rowStart, rowEnd, col, val } = m;
  for (let r = 0; r < m.nRows; r++) {
    let s1 = 0;
    let s2 = 0;
    const b = rowEnd[r]!;
    for (let k = rowStart[r]!; k < b; k++) {
      const t = col[k]! << 2;
      const x = val[k]! - table[t]!;
      s1 += x * table[t + 1]!;
      s2 += x * table[t + 2]!;
    }
    const scale = Math.sqrt(nVoted / Math.max(counted[r]!, 1));
    out[2 * r] = scale * s1;
    out[2 * r + 1] = scale * s2;
  }
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

/**
 * A sign the statements leave open (mirror-symmetric data) is fixed by the participants'
 * positions: their third moment along the axis is made positive. Flips `proj` and the
 * component in place.
 */
export function fixOpenSigns(p: Pca, proj: Float64Array): void {
  const nRows = proj.length / 2;
  p.signed?.forEach((fixed, k) => {
    if (fixed) return;
    let m3 = 0;
    let scale = 0;
    for (let u = 0; u < nRows; u++) {
      m3 += proj[2 * u + k]! ** 3;
      scale += Math.abs(proj[2 * u + k]!) ** 3;
    }
    if (m3 < -1e-9 * scale) {
      for (let u = 0; u < nRows; u++) proj[2 * u + k] = -proj[2 * u + k]!;
      p.comps[k as 0 | 1].forEach((x, c) => {
        p.comps[k as 0 | 1][c] = -x;
      });
    }
  });
}
