import { boundedKmeans } from './kmeans-bounded.ts';
import type { Cluster } from './types.ts';

/** A cluster centre to start from. */
export interface Seed {
  id: number;
  center: [number, number];
}

/**
 * The first `k` distinct points, in the given order, as initial centres with ids 0..k−1.
 * @param points interleaved x, y
 * @param order indices of the points to consider, in order
 */
export function firstDistinct(points: Float64Array, order: ArrayLike<number>, k: number): Seed[] {
  const seen = new Set<string>();
  const seeds: Seed[] = [];
  for (let i = 0; i < order.length && seeds.length < k; i++) {
    const p = order[i]!;
    const x = points[2 * p]!;
    const y = points[2 * p + 1]!;
    const key = `${x},${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    seeds.push({ id: seeds.length, center: [x, y] });
  }
  return seeds;
}

/**
 * An order of points that depends only on their positions (not on input order or ids), spread
 * across the plane: a hash of the rounded coordinates, ties by coordinates.
 */
export function canonicalOrder(points: Float64Array, indices: readonly number[]): number[] {
  const key = (p: number): number => {
    const x = Math.round(points[2 * p]! * 1e9);
    const y = Math.round(points[2 * p + 1]! * 1e9);
    let h = 0x811c9dc5;
    for (const v of [
      x % 0x7fffffff,
      Math.floor(x / 0x7fffffff),
      y % 0x7fffffff,
      Math.floor(y / 0x7fffffff),
    ]) {
      h = Math.imul(h ^ (v | 0), 0x01000193);
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
    }
    return h >>> 0;
  };
  const keys = new Map<number, number>();
  for (const p of indices) keys.set(p, key(p));
  return [...indices].sort(
    (a, b) =>
      keys.get(a)! - keys.get(b)! ||
      points[2 * a]! - points[2 * b]! ||
      points[2 * a + 1]! - points[2 * b + 1]!,
  );
}

/** One step: every point to its nearest centre (ties to the last), empty clusters dropped, re-centred. */
function step(
  points: Float64Array,
  idx: readonly number[],
  centres: readonly Seed[],
  weights: Float64Array | undefined,
): Cluster[] {
  const k = centres.length;
  const cx = new Float64Array(k);
  const cy = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    cx[j] = centres[j]!.center[0];
    cy[j] = centres[j]!.center[1];
  }
  const members: number[][] = centres.map(() => []);
  for (const p of idx) {
    const x = points[2 * p]!;
    const y = points[2 * p + 1]!;
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let j = 0; j < k; j++) {
      const dx = x - cx[j]!;
      const dy = y - cy[j]!;
      const d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = j;
      }
    }
    members[best]!.push(p);
  }
  const out: Cluster[] = [];
  for (let j = 0; j < k; j++) {
    const ms = members[j]!;
    if (ms.length === 0) continue;
    let sx = 0;
    let sy = 0;
    let sw = 0;
    for (const p of ms) {
      const w = weights ? weights[p]! : 1;
      sx += w * points[2 * p]!;
      sy += w * points[2 * p + 1]!;
      sw += w;
    }
    out.push({ id: centres[j]!.id, members: ms, center: [sx / sw, sy / sw] });
  }
  return out;
}

/** Polis's convergence test: sorted centres pairwise closer than the threshold. */
function same(a: readonly Seed[], b: readonly Seed[], threshold: number): boolean {
  const sorted = (s: readonly Seed[]) =>
    s.map((c) => c.center).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const sa = sorted(a);
  const sb = sorted(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (Math.hypot(sa[i]![0] - sb[i]![0], sa[i]![1] - sb[i]![1]) >= threshold) return false;
  }
  return true;
}

/**
 * Weighted k-means as in Polis: from `seeds`, repeat assignment and re-centring until every
 * (sorted) centre moves less than 0.01 or `maxIterations` steps have been taken after the first.
 * Clusters that lose all members disappear; the result is sorted by id.
 * @param points interleaved x, y
 * @param idx the points to cluster, in order
 * @param weights optional weight per point (by point index)
 * @param hint optional seed position per point of `idx`, a likely nearest seed (speed only)
 * @param bounds distance bounds carried between updates (speed only; see `boundedKmeans`)
 */
export function kmeans(
  points: Float64Array,
  idx: readonly number[],
  seeds: readonly Seed[],
  maxIterations: number,
  weights?: Float64Array,
  hint?: Int32Array,
  bounds?: { lower?: Float64Array },
): Cluster[] {
  if (idx.length === 0 || seeds.length === 0) return [];
  if (!weights && idx.length * seeds.length > 50_000) {
    const same01 = (a: readonly Seed[], b: readonly Seed[]) => same(a, b, 0.01);
    return boundedKmeans(points, idx, seeds, maxIterations, same01, hint, bounds);
  }
  let clusters: readonly Seed[] = seeds;
  for (let iter = maxIterations; ; iter--) {
    const next = step(points, idx, clusters, weights);
    if (iter <= 0 || same(clusters, next, 0.01)) return next.sort((a, b) => a.id - b.id);
    clusters = next;
  }
}
