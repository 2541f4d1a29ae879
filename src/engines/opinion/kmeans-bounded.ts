import type { Seed } from './kmeans.ts';
import type { Cluster } from './types.ts';

// Bounds are only trusted with a small margin, so that rounding can never skip a closer centre.
const MARGIN = 1 - 1e-9;
// Distances for bounds only (far inside the margin; Math.hypot is several times slower).
const dist = (dx: number, dy: number) => Math.sqrt(dx * dx + dy * dy);

/** Half the distance from each live centre to the nearest other live centre, into `half`. */
function halfGaps(cx: Float64Array, cy: Float64Array, alive: Uint8Array, half: Float64Array) {
  const k = cx.length;
  for (let j = 0; j < k; j++) {
    if (alive[j] === 0) continue;
    let g = Number.POSITIVE_INFINITY;
    for (let h = 0; h < k; h++) {
      if (h === j || alive[h] === 0) continue;
      const dx = cx[j]! - cx[h]!;
      const dy = cy[j]! - cy[h]!;
      g = Math.min(g, dx * dx + dy * dy);
    }
    half[j] = Math.sqrt(g) / 2;
  }
}

/**
 * The same clustering as plain (Lloyd) k-means steps without weights, computed with Hamerly's
 * bounds: a point whose assigned centre is provably nearest (upper bound on its distance below
 * both half the gap to the next centre and a lower bound on every other centre's distance) is
 * not compared with all centres again. Ties still go to the last nearest centre, because a tie
 * always falls through to the full comparison.
 * @param same the convergence test between successive centre lists
 * @param hint optional seed position per point (e.g. its cluster in the previous update)
 * @param bounds `lower` in: per point, a lower bound on its distance to every seed other than
 *   its hinted one (0 when unknown); `lower` out: the same for the returned centres and
 *   assignment, so that the next update can start from it
 */
export function boundedKmeans(
  points: Float64Array,
  idx: readonly number[],
  seeds: readonly Seed[],
  maxIterations: number,
  same: (a: readonly Seed[], b: readonly Seed[]) => boolean,
  hint?: Int32Array,
  bounds?: { lower?: Float64Array },
): Cluster[] {
  const n = idx.length;
  const known = bounds?.lower;
  const k = seeds.length;
  const cx = Float64Array.from(seeds, (s) => s.center[0]);
  const cy = Float64Array.from(seeds, (s) => s.center[1]);
  const alive = new Uint8Array(k).fill(1);
  const assign = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const half = new Float64Array(k);
  const full = (i: number) => {
    const x = points[2 * idx[i]!]!;
    const y = points[2 * idx[i]! + 1]!;
    let best = -1;
    let d1 = Number.POSITIVE_INFINITY;
    let d2 = Number.POSITIVE_INFINITY;
    for (let j = 0; j < k; j++) {
      if (alive[j] === 0) continue;
      const dx = x - cx[j]!;
      const dy = y - cy[j]!;
      const d = dx * dx + dy * dy;
      if (d <= d1) {
        d2 = d1;
        d1 = d;
        best = j;
      } else if (d < d2) d2 = d;
    }
    assign[i] = best;
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
  };
  // With a hint (each point's previous seed), a point within half the gap from its hinted centre
  // to any other centre, or closer than a known lower bound on every other centre's distance,
  // is provably nearest to it (triangle inequality): no full comparison.
  if (hint) halfGaps(cx, cy, alive, half);
  for (let i = 0; i < n; i++) {
    const a = hint ? hint[i]! : -1;
    if (a >= 0) {
      const d = dist(points[2 * idx[i]!]! - cx[a]!, points[2 * idx[i]! + 1]! - cy[a]!);
      const l = known && i < known.length ? known[i]! : 0;
      if (d < Math.max(half[a]!, l) * MARGIN) {
        assign[i] = a;
        upper[i] = d;
        lower[i] = Math.max(2 * half[a]! - d, l);
        continue;
      }
    }
    full(i);
  }
  let prev: Seed[] = seeds.map((s) => ({ id: s.id, center: [s.center[0], s.center[1]] }));
  const sx = new Float64Array(k);
  const sy = new Float64Array(k);
  const count = new Int32Array(k);
  for (let iter = maxIterations; ; iter--) {
    sx.fill(0);
    sy.fill(0);
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const j = assign[i]!;
      sx[j]! += points[2 * idx[i]!]!;
      sy[j]! += points[2 * idx[i]! + 1]!;
      count[j]!++;
    }
    const next: Seed[] = [];
    const drift = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      if (alive[j] === 0) continue;
      if (count[j] === 0) {
        alive[j] = 0;
        continue;
      }
      const x = sx[j]! / count[j]!;
      const y = sy[j]! / count[j]!;
      drift[j] = dist(x - cx[j]!, y - cy[j]!);
      cx[j] = x;
      cy[j] = y;
      next.push({ id: seeds[j]!.id, center: [x, y] });
    }
    if (iter <= 0 || same(prev, next)) {
      if (bounds) {
        // Valid for the final centres: every other centre moved at most by the largest drift.
        let most = 0;
        for (let j = 0; j < k; j++) most = Math.max(most, drift[j]!);
        const carried = new Float64Array(n);
        for (let i = 0; i < n; i++) carried[i] = lower[i]! - most;
        bounds.lower = carried;
      }
      const members: number[][] = seeds.map(() => []);
      for (let i = 0; i < n; i++) members[assign[i]!]!.push(idx[i]!);
      const out: Cluster[] = [];
      for (let j = 0; j < k; j++) {
        if (alive[j] === 1)
          out.push({ id: seeds[j]!.id, members: members[j]!, center: [cx[j]!, cy[j]!] });
      }
      return out.sort((a, b) => a.id - b.id);
    }
    prev = next;
    let max1 = 0;
    let max2 = 0;
    let arg = -1;
    for (let j = 0; j < k; j++) {
      if (drift[j]! > max1) {
        max2 = max1;
        max1 = drift[j]!;
        arg = j;
      } else if (drift[j]! > max2) max2 = drift[j]!;
    }
    halfGaps(cx, cy, alive, half);
    for (let i = 0; i < n; i++) {
      const a = assign[i]!;
      upper[i]! += drift[a]!;
      lower[i]! -= a === arg ? max2 : max1;
      const bound = Math.max(half[a]!, lower[i]!) * MARGIN;
      if (upper[i]! < bound) continue;
      const x = points[2 * idx[i]!]!;
      const y = points[2 * idx[i]! + 1]!;
      upper[i] = dist(x - cx[a]!, y - cy[a]!);
      if (upper[i]! < bound) continue;
      full(i);
    }
  }
}
