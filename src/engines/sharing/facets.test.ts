import { describe, expect, it } from 'vitest';
import { applyFacets, sizeBandOf } from './facets.ts';

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
});
