import type { RatingMatrix } from './matrix.ts';

/** Doubles per column in the scratch table of `gram2` (one 64-byte cache line). */
const STRIDE = 8;

/**
 * (o1, o2) = XᵀX (v1, v2) for the centred matrix X, in one pass over the votes. Missing cells
 * are filled with the column mean, so they are 0 once centred; zeroed columns have μ = 0 and a
 * weight of 0 in every vector that reaches this function, so they contribute nothing.
 * `table`: scratch of 8·nCols; per column its mean, both weights and both sums side by side,
 * so that each vote touches one cache line in both loops.
 */
function gram2(
  m: RatingMatrix,
  center: Float64Array,
  v1: Float64Array,
  v2: Float64Array,
  o1: Float64Array,
  o2: Float64Array,
  table: Float64Array,
) {
  const { rowStart, rowEnd, col, val } = m;
  for (let c = 0; c < m.nCols; c++) {
    const t = c * STRIDE;
    table[t] = center[c]!;
    table[t + 1] = v1[c]!;
    table[t + 2] = v2[c]!;
    table[t + 3] = 0;
    table[t + 4] = 0;
  }
  for (let r = 0; r < m.nRows; r++) {
    const a = rowStart[r]!;
    const b = rowEnd[r]!;
    let s1 = 0;
    let s2 = 0;
    for (let k = a; k < b; k++) {
      const t = col[k]! << 3;
      const x = val[k]! - table[t]!;
      s1 += x * table[t + 1]!;
      s2 += x * table[t + 2]!;
    }
    if (s1 === 0 && s2 === 0) continue;
    for (let k = a; k < b; k++) {
      const t = col[k]! << 3;
      const x = val[k]! - table[t]!;
      table[t + 3]! += x * s1;
      table[t + 4]! += x * s2;
    }
  }
  for (let c = 0; c < m.nCols; c++) {
    o1[c] = table[c * STRIDE + 3]!;
    o2[c] = table[c * STRIDE + 4]!;
  }
}

/**
 * Further start vectors: the centred votes of the heaviest voters (ties by first vote), at most
 * 20, which depend neither on the order of statements nor on how participants are numbered.
 */
function* restartVectors(m: RatingMatrix, center: Float64Array): Generator<Float64Array> {
  const rows = Array.from({ length: m.nRows }, (_, r) => r)
    .filter((r) => m.rowEnd[r]! > m.rowStart[r]!)
    .sort(
      (a, b) =>
        m.rowEnd[b]! - m.rowStart[b]! - (m.rowEnd[a]! - m.rowStart[a]!) ||
        m.firstVote[a]! - m.firstVote[b]! ||
        a - b,
    )
    .slice(0, 20);
  for (const r of rows) {
    const v = new Float64Array(m.nCols);
    for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++)
      v[m.col[k]!] = m.val[k]! - center[m.col[k]!]!;
    yield v;
  }
}

function columnVotes(m: RatingMatrix): Float64Array {
  const out = new Float64Array(m.nCols);
  for (let r = 0; r < m.nRows; r++)
    for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) out[m.col[k]!]!++;
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Gram–Schmidt in place: a unit, b unit and orthogonal to a; a vanishing vector becomes 0. */
function orthonormalize(a: Float64Array, b: Float64Array): void {
  const na = Math.sqrt(dot(a, a));
  if (na > 1e-300) for (let i = 0; i < a.length; i++) a[i]! /= na;
  else a.fill(0);
  const d = dot(a, b);
  for (let i = 0; i < b.length; i++) b[i]! -= d * a[i]!;
  const nb = Math.sqrt(dot(b, b));
  if (nb > 1e-12 * Math.max(na, 1e-300) && nb > 1e-300)
    for (let i = 0; i < b.length; i++) b[i]! /= nb;
  else b.fill(0);
}

/**
 * The two leading eigenvectors of XᵀX by power iteration on both vectors at once: each step
 * multiplies by XᵀX, rotates within the 2-D span to the Rayleigh–Ritz eigenvectors (largest
 * first), then deflates the first from the second (Gram–Schmidt). The limit is the same pair as
 * Polis's one-at-a-time power iteration with deflation; convergence goes with λ3/λ2 instead of
 * λ2/λ1, which matters when two opinion axes are about equally strong.
 */
export function components(
  m: RatingMatrix,
  center: Float64Array,
  zeroed: Uint8Array,
  start: readonly [Float64Array, Float64Array] | undefined,
  tolerance: number,
  maxIterations: number,
): [[Float64Array, Float64Array], number] {
  const n = m.nCols;
  let v1 = new Float64Array(n);
  let v2 = new Float64Array(n);
  if (start) {
    v1.set(start[0].subarray(0, Math.min(n, start[0].length)));
    v2.set(start[1].subarray(0, Math.min(n, start[1].length)));
  }
  // Default start as in Polis: all ones. The second start must differ from the first and, like
  // it, must not depend on the order of statements: the column means, else the vote counts.
  if (dot(v1, v1) === 0) v1.fill(1);
  const fallbacks = [
    () => center,
    () => columnVotes(m),
    () => Float64Array.from({ length: n }, (_, c) => (c % 2) * 2 - 1),
  ];
  if (dot(v2, v2) === 0) v2.set(center);
  orthonormalize(v1, v2);
  for (const f of fallbacks) {
    if (dot(v2, v2) !== 0) break;
    v2.set(f());
    orthonormalize(v1, v2);
  }
  let w1 = new Float64Array(n);
  // Zeroed columns are all 0 after centring: keep their weights at 0.
  const clear = (v: Float64Array) => {
    for (let c = 0; c < n; c++) if (zeroed[c] === 1) v[c] = 0;
  };
  let w2 = new Float64Array(n);
  const table = new Float64Array(STRIDE * n);
  const restarts = restartVectors(m, center);
  let it = 0;
  while (it < maxIterations) {
    it++;
    clear(v1);
    clear(v2);
    gram2(m, center, v1, v2, w1, w2, table);
    clear(w1);
    clear(w2);
    // A start exactly orthogonal to every participant's votes (possible with balanced, made-up
    // data) would stay at 0: start that vector again from a participant's votes.
    if (dot(w1, w1) === 0 || dot(w2, w2) === 0) {
      const next = restarts.next();
      if (!next.done) {
        if (dot(w1, w1) === 0) v1.set(next.value);
        else v2.set(next.value);
        orthonormalize(v1, v2);
        continue;
      }
    }
    // Rayleigh–Ritz on span(v1, v2): H = Vᵀ XᵀX V, rotate so that the columns are H's eigenvectors.
    const h11 = dot(v1, w1);
    const h12 = dot(v1, w2);
    const h22 = dot(v2, w2);
    // When the two leading eigenvalues are (numerically) equal any rotation is as good, and
    // rounding would pick one at random: then keep the plain power-iteration vectors.
    const degenerate =
      Math.abs(h11 - h22) + 2 * Math.abs(h12) <= 1e-9 * (Math.abs(h11) + Math.abs(h22));
    const theta = degenerate ? 0 : 0.5 * Math.atan2(2 * h12, h11 - h22);
    const cs = Math.cos(theta);
    const sn = Math.sin(theta);
    for (let c = 0; c < n; c++) {
      const a = w1[c]!;
      const b = w2[c]!;
      w1[c] = cs * a + sn * b;
      w2[c] = -sn * a + cs * b;
    }
    orthonormalize(w1, w2);
    // Keep each vector's sign from the previous step so that convergence can be measured.
    let move = 0;
    for (const [w, v] of [
      [w1, v1],
      [w2, v2],
    ] as const) {
      const s = dot(w, v) < 0 ? -1 : 1;
      for (let c = 0; c < n; c++) {
        w[c]! *= s;
        const d = Math.abs(w[c]! - v[c]!);
        if (d > move) move = d;
      }
    }
    [v1, w1] = [w1, v1];
    [v2, w2] = [w2, v2];
    if (move < tolerance) break;
  }
  return [[v1, v2], it];
}
