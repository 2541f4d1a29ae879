import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBaseClusters, silhouette } from './groups.ts';
import { firstDistinct, kmeans } from './kmeans.ts';
import { boundedKmeans } from './kmeans-bounded.ts';

const pts = (xy: number[][]) => Float64Array.from(xy.flat());

describe('k-means', () => {
  it('starts from the first distinct points and gives ties to the last nearest centre', () => {
    const p = pts([
      [0, 0],
      [0, 0],
      [2, 0],
      [1, 0],
    ]);
    const seeds = firstDistinct(p, [0, 1, 2, 3], 2);
    expect(seeds.map((s) => s.center)).toEqual([
      [0, 0],
      [2, 0],
    ]);
    // (1, 0) is equally far from both centres: it goes to the second.
    const out = kmeans(p, [0, 1, 2, 3], seeds, 0);
    expect(out.map((c) => c.members)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(out[1]!.center).toEqual([1.5, 0]);
  });

  it('drops a centre that attracts no point', () => {
    const p = pts([
      [0, 0],
      [1, 0],
    ]);
    const out = kmeans(
      p,
      [0, 1],
      [
        { id: 0, center: [0, 0] },
        { id: 1, center: [0.5, 0] },
        { id: 2, center: [9, 9] },
      ],
      5,
    );
    expect(out.map((c) => c.id)).not.toContain(2);
  });

  it('weights pull the centre', () => {
    const p = pts([
      [0, 0],
      [3, 0],
    ]);
    const out = kmeans(p, [0, 1], [{ id: 0, center: [1, 0] }], 0, Float64Array.from([2, 1]));
    expect(out[0]!.center[0]).toBeCloseTo(1, 14);
  });

  it('bounded k-means gives exactly the plain result, ties included', () => {
    const grid = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })),
      {
        minLength: 5,
        maxLength: 120,
      },
    );
    fc.assert(
      fc.property(grid, fc.integer({ min: 1, max: 30 }), (xy, k) => {
        const p = pts(xy.map(([x, y]) => [x / 2, y / 2]));
        const idx = xy.map((_, i) => i);
        const seeds = firstDistinct(p, idx, k);
        const plain = kmeans(p, idx, seeds, 100, new Float64Array(xy.length).fill(1));
        // Same convergence test as the plain path.
        const bounded = boundedKmeans(p, idx, seeds, 100, sameCentres);
        expect(bounded).toEqual(plain);
        // A hint (any seed per point, right or wrong) changes nothing but speed.
        const hint = Int32Array.from(idx, (i) => ((i * 7) % (seeds.length + 1)) - 1);
        expect(boundedKmeans(p, idx, seeds, 100, sameCentres, hint)).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });
});

function sameCentres(
  a: readonly { center: [number, number] }[],
  b: readonly { center: [number, number] }[],
) {
  const s = (x: readonly { center: [number, number] }[]) =>
    x.map((c) => c.center).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const sa = s(a);
  const sb = s(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (Math.hypot(sa[i]![0] - sb[i]![0], sa[i]![1] - sb[i]![1]) >= 0.01) return false;
  }
  return true;
}

describe('groups', () => {
  it('silhouette matches hand computation', () => {
    // Points 0, 1 on the left and 10 on the right: a(0) = 1, b(0) = 10; a(1) = 1, b(1) = 9;
    // the singleton scores 0. Mean = (0.9 + 8/9 + 0) / 3.
    const p = pts([
      [0, 0],
      [1, 0],
      [10, 0],
    ]);
    const s = silhouette(p, [
      { id: 0, members: [0, 1], center: [0.5, 0] },
      { id: 1, members: [2], center: [10, 0] },
    ]);
    expect(s).toBeCloseTo((0.9 + 8 / 9) / 3, 14);
  });

  it('changes k only after the same new best k was seen 4 updates in a row', () => {
    // Twelve base clusters in three tight bunches: k = 2 and 3 are tried, 3 is best.
    const centers = pts([0, 0.1, 0.2, 0.3].flatMap((d) => [0, 5, 10].map((x) => [x + d, d])));
    const weights = new Float64Array(12).fill(1);
    const fresh = groupBaseClusters(centers, weights);
    expect(fresh.smoother.lastK).toBe(3);
    let prev = { clusterings: new Map(), smoother: { lastK: 2, lastKCount: 9, smoothedK: 2 } };
    const ks: number[] = [];
    for (let i = 0; i < 5; i++) {
      const g = groupBaseClusters(centers, weights, prev);
      ks.push(g.groups.length);
      prev = { clusterings: new Map(), smoother: g.smoother };
    }
    expect(ks).toEqual([2, 2, 2, 3, 3]);
  });
});
