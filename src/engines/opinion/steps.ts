import type { AnalyzeOptions } from './analysis-types.ts';
import { canonicalOrder, firstDistinct, kmeans, type Seed } from './kmeans.ts';
import type { Cluster } from './types.ts';

/** Number of base clusters. */
export const BASE_K = 100;
/** Steps of the base k-means. */
export const BASE_ITERATIONS = 100;

/**
 * Base clusters of the in-conversation participants: given ones (re-centred on `proj`), or
 * k-means with k = 100 from the previous centres or the first distinct positions.
 * @param out receives, per participant, a lower bound on the distance to every base centre
 *   other than its own (0 where unknown), which the next update starts from (speed only)
 */
export function baseClustersOf(
  proj: Float64Array,
  inIdx: number[],
  options: AnalyzeOptions,
  out: { lower: Float64Array } = { lower: new Float64Array(0) },
): Cluster[] {
  if (options.baseClusters) {
    return options.baseClusters.map((b) => {
      let x = 0;
      let y = 0;
      for (const p of b.members) {
        x += proj[2 * p]!;
        y += proj[2 * p + 1]!;
      }
      const n = Math.max(1, b.members.length);
      return { id: b.id, members: [...b.members], center: [x / n, y / n] };
    });
  }
  if (inIdx.length < 2) return [];
  const prev = options.previous?.baseSeeds;
  const seeds =
    prev && prev.length > 0
      ? prev
      : firstDistinct(
          proj,
          options.mode === 'stable' ? canonicalOrder(proj, inIdx) : inIdx,
          BASE_K,
        );
  // Each participant's previous base cluster is a likely nearest centre, and the previous lower
  // bound on the other centres' distances still holds, less the distance the participant moved.
  let hint: Int32Array | undefined;
  // One object shape for every call keeps the k-means code monomorphic.
  const bounds: { lower?: Float64Array } = { lower: new Float64Array(0) };
  const before = options.previous?.baseOf;
  if (prev && prev.length > 0 && before) {
    hint = hintsOf(prev, before, inIdx);
    const { baseLower: lower, points: was } = options.previous!;
    if (lower && was) bounds.lower = carriedBounds(proj, inIdx, lower, was);
  }
  const iterations = options.baseMaxIterations ?? BASE_ITERATIONS;
  const base = kmeans(proj, inIdx, seeds, iterations, undefined, hint, bounds);
  out.lower = scatter(bounds.lower, inIdx, proj.length / 2);
  return base;
}

// The loops over participants are small functions of their own: each is optimised on its own
// and stays so, instead of sharing the fate of the function around them.

/** Per point of `inIdx`, the position in `seeds` of its previous base cluster (−1 for none). */
function hintsOf(seeds: readonly Seed[], before: Int32Array, inIdx: readonly number[]): Int32Array {
  const position = new Map(seeds.map((s, i) => [s.id, i]));
  // Seed position by base-cluster id (ids are small integers), −1 for none.
  const maxId = largest(before);
  const seedAt = new Int32Array(maxId + 1);
  for (let id = 0; id <= maxId; id++) seedAt[id] = position.get(id) ?? -1;
  const hint = new Int32Array(inIdx.length);
  for (let i = 0; i < inIdx.length; i++) {
    const u = inIdx[i]!;
    const b = u < before.length ? before[u]! : -1;
    hint[i] = b >= 0 ? seedAt[b]! : -1;
  }
  return hint;
}

function largest(xs: Int32Array): number {
  let most = -1;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > most) most = xs[i]!;
  return most;
}

/** Bounds per point of `inIdx` spread to one per participant (0 where unknown). */
function scatter(got: Float64Array | undefined, inIdx: readonly number[], n: number) {
  const out = new Float64Array(n);
  if (got?.length === inIdx.length) {
    for (let i = 0; i < inIdx.length; i++) out[inIdx[i]!] = got[i]!;
  }
  return out;
}

/** Each point's previous lower bound less the distance it moved (0 where unknown). */
function carriedBounds(
  proj: Float64Array,
  inIdx: readonly number[],
  lower: Float64Array,
  was: Float64Array,
): Float64Array {
  const out = new Float64Array(inIdx.length);
  for (let i = 0; i < inIdx.length; i++) {
    const u = inIdx[i]!;
    if (u >= lower.length || 2 * u + 1 >= was.length) continue;
    const moved = Math.hypot(proj[2 * u]! - was[2 * u]!, proj[2 * u + 1]! - was[2 * u + 1]!);
    out[i] = lower[u]! - moved;
  }
  return out;
}
