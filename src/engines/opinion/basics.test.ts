import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { adjustedRandIndex } from './ari.ts';
import { applyVotes, buildMatrix, rowCounts } from './matrix.ts';
import { inConversation } from './participation.ts';
import { propTest, twoPropTest } from './stats.ts';
import type { VoteLog } from './types.ts';

const log = (rows: [number, number, number][]): VoteLog => ({
  participant: Int32Array.from(rows, (r) => r[0]),
  statement: Int32Array.from(rows, (r) => r[1]),
  value: Int8Array.from(rows, (r) => r[2]),
});

function dense(m: ReturnType<typeof buildMatrix>): (number | null)[][] {
  const out = Array.from({ length: m.nRows }, () => new Array<number | null>(m.nCols).fill(null));
  for (let r = 0; r < m.nRows; r++) {
    for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) out[r]![m.col[k]!] = m.val[k]!;
  }
  return out;
}

describe('rating matrix', () => {
  it('keeps the last vote per participant and statement', () => {
    const m = buildMatrix(
      2,
      3,
      log([
        [0, 1, 1],
        [1, 2, 0],
        [0, 1, -1],
        [0, 0, 1],
      ]),
    );
    expect(dense(m)).toEqual([
      [1, -1, null],
      [null, null, 0],
    ]);
    expect([...rowCounts(m)]).toEqual([2, 1]);
  });

  it('rejects out-of-range indices and unknown vote values', () => {
    expect(() => buildMatrix(1, 1, log([[1, 0, 1]]))).toThrow(RangeError);
    expect(() => buildMatrix(1, 1, log([[0, 0, 2]]))).toThrow(/value 2/);
  });

  it('applying votes in two batches equals applying them at once', () => {
    const vote = fc.tuple(fc.nat(5), fc.nat(4), fc.constantFrom(-1, 0, 1));
    fc.assert(
      fc.property(fc.array(vote), fc.array(vote), (a, b) => {
        const once = buildMatrix(6, 5, log([...a, ...b]));
        const twice = applyVotes(buildMatrix(6, 5, log(a)), 6, 5, log(b));
        expect(dense(twice)).toEqual(dense(once));
      }),
    );
  });
});

describe('in-conversation participants', () => {
  it('admits at least min(7, statements) votes and tops up to 15 by vote count', () => {
    const counts = Int32Array.from([7, 6, 3, 0, 9, 2]);
    // Only 2 reach 7 votes; everyone else with a vote is added (fewer than 15 in all).
    expect([...inConversation(counts, 10)]).toEqual([1, 1, 1, 0, 1, 1]);
    const many = new Int32Array(40).fill(2);
    many[5] = 3;
    const picked = inConversation(many, 2);
    expect(picked.reduce((a, b) => a + b, 0)).toBe(40);
    const few = new Int32Array(40).fill(1);
    few.fill(5, 20, 40);
    const top = inConversation(few, 30);
    // None reaches 7; the 15 heaviest voters (ties in participant order) are taken.
    expect([...top.keys()].filter((u) => top[u] === 1)).toEqual(
      Array.from({ length: 15 }, (_, i) => 20 + i),
    );
  });

  it('keeps participants admitted earlier', () => {
    const prev = new Uint8Array([0, 1]);
    const counts = new Int32Array(20).fill(10);
    counts[1] = 1;
    expect(inConversation(counts, 10, prev)[1]).toBe(1);
  });
});

describe('statistics', () => {
  it('proportion tests match hand computation', () => {
    // 15 agrees of 16: 2·sqrt(17)·(16/17 − 1/2).
    expect(propTest(15, 16)).toBeCloseTo(2 * Math.sqrt(17) * (16 / 17 - 0.5), 14);
    // (6+1)/(6+1) against (2+1)/(10+1): pooled 10/18.
    const p = 10 / 18;
    expect(twoPropTest(6, 2, 6, 10)).toBeCloseTo(
      (1 - 3 / 11) / Math.sqrt(p * (1 - p) * (1 / 7 + 1 / 11)),
      14,
    );
    expect(twoPropTest(3, 3, 3, 3)).toBe(0);
  });

  it('adjusted Rand index matches known values', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 14);
    expect(adjustedRandIndex([0, 0, 1, 1], [5, 5, 3, 3])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 14);
    expect(adjustedRandIndex([0, undefined, 1], [0, 1, undefined])).toBe(1);
  });
});

describe('degenerate conversations', () => {
  const conv = (rows: [number, number, number][], nP: number, nS: number) => ({
    participantIds: Array.from({ length: nP }, (_, i) => `p${i}`),
    statements: Array.from({ length: nS }, (_, i) => ({
      id: `s${i}`,
      moderatedOut: false,
      meta: false,
    })),
    votes: log(rows),
  });
  const finite = (a: ReturnType<typeof analyze>) =>
    [
      a.projections,
      a.extremity,
      a.groupAwareConsensus,
      a.priority,
      a.pca.comps[0],
      a.pca.comps[1],
    ].every((x) => x.every(Number.isFinite));

  it('gives finite results when everyone passes or everyone votes alike', () => {
    const passes: [number, number, number][] = [];
    const alike: [number, number, number][] = [];
    for (let u = 0; u < 20; u++) {
      for (let c = 0; c < 8; c++) {
        passes.push([u, c, 0]);
        alike.push([u, c, c % 2 ? 1 : -1]);
      }
    }
    for (const rows of [passes, alike]) {
      const a = analyze(conv(rows, 20, 8));
      expect(finite(a)).toBe(true);
      expect(a.groupClusters.length).toBeLessThanOrEqual(1);
    }
  });

  it('gives no groups with one participant and no votes at all', () => {
    expect(analyze(conv([[0, 0, 1]], 1, 3)).groupClusters).toEqual([]);
    const empty = analyze(conv([], 0, 2));
    expect([empty.groupClusters.length, empty.nVotes]).toEqual([0, 0]);
    expect(finite(empty)).toBe(true);
  });
});
