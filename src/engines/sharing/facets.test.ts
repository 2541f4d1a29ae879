import { describe, expect, it } from 'vitest';
import { applyFacets, type Chosen, facetNames, sizeBandOf } from './facets.ts';

const item = (id: string, country: string, domain: string, size: number | null) => ({
  id,
  facets: {
    country,
    county: null,
    domain,
    stage: null,
    size: sizeBandOf(size),
    realised: 'no',
  },
});

const items = [
  item('a', 'SE', 'schools', 95_905),
  item('b', 'SE', 'elderly-care', 34_154),
  item('c', 'NO', 'schools', 98_357),
  item('d', 'NO', 'schools', null),
];

describe('facets of the case search', () => {
  it('puts municipalities in the size bands at their edges', () => {
    expect([24_999, 25_000, 59_999, 60_000, 119_999, 120_000].map(sizeBandOf)).toEqual([
      'under-25k',
      '25k-60k',
      '25k-60k',
      '60k-120k',
      '60k-120k',
      'over-120k',
    ]);
    expect(sizeBandOf(null)).toBeNull();
  });

  it("counts each facet with the other facets' choices but not its own", () => {
    const { items: shown, counts } = applyFacets(items, { country: ['SE'], domain: ['schools'] });
    expect(shown.map((i) => i.id)).toEqual(['a']);
    expect(counts.country).toEqual([
      { value: 'NO', count: 2 },
      { value: 'SE', count: 1 },
    ]);
    expect(counts.domain).toEqual([
      { value: 'elderly-care', count: 1 },
      { value: 'schools', count: 1 },
    ]);
    // A value missing on an item (no known size) is not counted.
    expect(counts.size).toEqual([{ value: '60k-120k', count: 1 }]);
  });

  it('widens with several values of one facet and leaves everything without choices', () => {
    expect(applyFacets(items, { country: ['SE', 'NO'] }).items).toHaveLength(4);
    expect(applyFacets(items, {}).items).toHaveLength(4);
    expect(applyFacets(items, { size: ['under-25k'] }).items).toHaveLength(0);
  });

  it('counts as the definition says, facet by facet, on many items and choices', () => {
    // A fixed pseudo-random network: every facet with a few values and some nulls.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const values = ['v0', 'v1', 'v2', null] as const;
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: String(i),
      facets: Object.fromEntries(facetNames.map((n) => [n, values[next(4)] ?? null])) as Record<
        (typeof facetNames)[number],
        string | null
      >,
    }));
    const passesExcept = (i: (typeof many)[number], chosen: Chosen, except?: string) =>
      facetNames.every((n) => {
        const vs = chosen[n];
        if (n === except || !vs || vs.length === 0) return true;
        const own = i.facets[n];
        return own !== null && vs.includes(own);
      });
    for (const chosen of [
      {},
      { country: ['v0'] },
      { country: ['v0', 'v2'], domain: ['v1'] },
      { county: ['v1'], stage: ['v2'], size: ['v0'], realised: ['v1', 'v0'] },
    ] satisfies Chosen[]) {
      const { items: shown, counts } = applyFacets(many, chosen);
      expect(shown.map((i) => i.id)).toEqual(
        many.filter((i) => passesExcept(i, chosen)).map((i) => i.id),
      );
      for (const name of facetNames) {
        const expected = new Map<string, number>();
        for (const i of many) {
          const own = i.facets[name];
          if (own !== null && passesExcept(i, chosen, name)) {
            expected.set(own, (expected.get(own) ?? 0) + 1);
          }
        }
        expect(new Map(counts[name].map((c) => [c.value, c.count]))).toEqual(expected);
      }
    }
  });
});
