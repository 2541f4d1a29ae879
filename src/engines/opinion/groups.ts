import { firstDistinct, kmeans, type Seed } from './kmeans.ts';
import type { Cluster, KSmoother } from './types.ts';

/** Largest number of groups tried. */
export const MAX_GROUPS = 5;
/** Steps of the group-level k-means. */
export const GROUP_ITERATIONS = 20;
/** A new best k is adopted after being seen this many updates in a row. */
export const K_BUFFER = 4;

/**
 * Mean silhouette over the clustered points (unweighted). A point alone in its cluster scores 0;
 * so does a point when there is no other cluster.
 * @param points interleaved x, y
 */
export function silhouette(points: Float64Array, clusters: readonly Cluster[]): number {
  const dist = (i: number, j: number) =>
    Math.hypot(points[2 * i]! - points[2 * j]!, points[2 * i + 1]! - points[2 * j + 1]!);
  let total = 0;
  let n = 0;
  for (const own of clusters) {
    for (const i of own.members) {
      n++;
      if (own.members.length === 1) continue;
      let a = 0;
      for (const j of own.members) if (j !== i) a += dist(i, j);
      a /= own.members.length - 1;
      let b = Number.POSITIVE_INFINITY;
      for (const other of clusters) {
        if (other === own) continue;
        let s = 0;
        for (const j of other.members) s += dist(i, j);
        b = Math.min(b, s / other.members.length);
      }
      const m = Math.max(a, b);
      if (Number.isFinite(b) && m > 0) total += (b - a) / m;
    }
  }
  return n === 0 ? 0 : total / n;
}

/** Weighted within-cluster sum of squared distances. */
export function inertia(points: Float64Array, weights: Float64Array, clusters: readonly Cluster[]) {
  let s = 0;
  for (const c of clusters) {
    for (const p of c.members) {
      s +=
        weights[p]! *
        ((points[2 * p]! - c.center[0]) ** 2 + (points[2 * p + 1]! - c.center[1]) ** 2);
    }
  }
  return s;
}

/**
 * Farthest-first seeds: the first point, then repeatedly the point farthest from the seeds chosen
 * so far (first of equals).
 */
export function farthestFirst(points: Float64Array, idx: readonly number[], k: number): Seed[] {
  if (idx.length === 0) return [];
  const first = idx[0]!;
  const seeds: Seed[] = [{ id: 0, center: [points[2 * first]!, points[2 * first + 1]!] }];
  const near = idx.map((p) =>
    Math.hypot(points[2 * p]! - seeds[0]!.center[0], points[2 * p + 1]! - seeds[0]!.center[1]),
  );
  while (seeds.length < k) {
    let best = -1;
    for (let i = 0; i < idx.length; i++)
      if (near[i]! > 0 && (best < 0 || near[i]! > near[best]!)) best = i;
    if (best < 0) break;
    const p = idx[best]!;
    const c: [number, number] = [points[2 * p]!, points[2 * p + 1]!];
    seeds.push({ id: seeds.length, center: c });
    idx.forEach((q, i) => {
      near[i] = Math.min(near[i]!, Math.hypot(points[2 * q]! - c[0], points[2 * q + 1]! - c[1]));
    });
  }
  return seeds;
}

/** Result of grouping the base clusters. */
export interface Grouping {
  /** Clusterings tried, by k; members are base-cluster positions. */
  clusterings: Map<number, Cluster[]>;
  silhouettes: Map<number, number>;
  smoother: KSmoother;
  /** The clustering of the smoothed k. */
  groups: Cluster[];
}

/**
 * Groups from base clusters, as in Polis: weighted k-means on the base-cluster centres (weight =
 * members) for k = 2 … min(5, 2 + ⌊bases/12⌋), 20 steps, starting from the first k distinct
 * centres or from the previous clustering of that k; k chosen by silhouette (last of equal scores
 * wins), changed only after the same new best k has been seen 4 updates in a row. With
 * `spread`, a farthest-first start is tried as well and the tighter result kept.
 * @param centers interleaved x, y per base cluster, in base-cluster id order
 * @param weights members per base cluster
 */
export function groupBaseClusters(
  centers: Float64Array,
  weights: Float64Array,
  previous?: { clusterings: Map<number, Seed[]>; smoother: KSmoother },
  spread = false,
): Grouping {
  const nBase = weights.length;
  const idx = Array.from({ length: nBase }, (_, i) => i);
  const maxK = Math.min(MAX_GROUPS, 2 + Math.floor(nBase / 12));
  const clusterings = new Map<number, Cluster[]>();
  const silhouettes = new Map<number, number>();
  let thisK = 2;
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 2; k <= maxK; k++) {
    const prev = previous?.clusterings.get(k);
    let clustering: Cluster[];
    if (prev && prev.length > 0) {
      clustering = kmeans(centers, idx, prev, GROUP_ITERATIONS, weights);
    } else {
      clustering = kmeans(centers, idx, firstDistinct(centers, idx, k), GROUP_ITERATIONS, weights);
      if (spread) {
        // Polis's start (first k distinct centres) can put two seeds in one opinion group; keep
        // the spread-out start's result when it is clearly tighter.
        const other = kmeans(
          centers,
          idx,
          farthestFirst(centers, idx, k),
          GROUP_ITERATIONS,
          weights,
        );
        if (inertia(centers, weights, other) < (1 - 1e-9) * inertia(centers, weights, clustering)) {
          clustering = other;
        }
      }
    }
    clusterings.set(k, clustering);
    const s = silhouette(centers, clustering);
    silhouettes.set(k, s);
    if (s >= best) {
      best = s;
      thisK = k;
    }
  }
  const last = previous?.smoother;
  const count = last && last.lastK === thisK ? last.lastKCount + 1 : 1;
  const smoothedK = count >= K_BUFFER || !last ? thisK : last.smoothedK;
  const smoother = { lastK: thisK, lastKCount: count, smoothedK };
  const groups = clusterings.get(smoothedK) ?? clusterings.get(thisK) ?? [];
  return { clusterings, silhouettes, smoother, groups };
}

/** The centres of each clustering by k, to start the next update's group k-means from. */
export function seedsOf(clusterings: ReadonlyMap<number, readonly Cluster[]>): Map<number, Seed[]> {
  const out = new Map<number, Seed[]>();
  for (const [k, cl] of clusterings)
    out.set(
      k,
      cl.map((c) => ({ id: c.id, center: c.center })),
    );
  return out;
}
