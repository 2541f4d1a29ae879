import type { AnalyzeOptions } from './analysis-types.ts';
import { canonicalOrder, firstDistinct, kmeans } from './kmeans.ts';
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
    const position = new Map(prev.map((s, i) => [s.id, i]));
    hint = Int32Array.from(inIdx, (u) =>
      u < before.length ? (position.get(before[u]!) ?? -1) : -1,
    );
    const { baseLower: lower, points: was } = options.previous!;
    if (lower && was) {
      bounds.lower = Float64Array.from(inIdx, (u) => {
        if (u >= lower.length || 2 * u + 1 >= was.length) return 0;
        const moved = Math.hypot(proj[2 * u]! - was[2 * u]!, proj[2 * u + 1]! - was[2 * u + 1]!);
        return lower[u]! - moved;
      });
    }
  }
  const iterations = options.baseMaxIterations ?? BASE_ITERATIONS;
  const base = kmeans(proj, inIdx, seeds, iterations, undefined, hint, bounds);
  out.lower = new Float64Array(proj.length / 2);
  if (bounds.lower?.length === inIdx.length) {
    inIdx.forEach((u, i) => {
      out.lower[u] = bounds.lower![i]!;
    });
  }
  return base;
}
