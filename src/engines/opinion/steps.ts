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
 */
export function baseClustersOf(
  proj: Float64Array,
  inIdx: number[],
  options: AnalyzeOptions,
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
  // Each participant's previous base cluster is a likely nearest centre.
  let hint: Int32Array | undefined;
  const before = options.previous?.baseOf;
  if (prev && prev.length > 0 && before) {
    const position = new Map(prev.map((s, i) => [s.id, i]));
    hint = Int32Array.from(inIdx, (u) =>
      u < before.length ? (position.get(before[u]!) ?? -1) : -1,
    );
  }
  return kmeans(proj, inIdx, seeds, options.baseMaxIterations ?? BASE_ITERATIONS, undefined, hint);
}
