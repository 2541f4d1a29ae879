/**
 * Facets of the shared-case search: filter the cases a text found by the values chosen, and count,
 * for every facet, how many cases each of its values would give. A facet's counts apply the other
 * facets' choices but not its own, so choosing one county still shows how many the others have
 * (several values of one facet widen the result, facets narrow each other). Pure: no I/O.
 */

export const facetNames = ['country', 'county', 'domain', 'stage', 'size', 'realised'] as const;
export type FacetName = (typeof facetNames)[number];

/** The municipality size bands, by inhabitants. */
export const sizeBands = ['under-25k', '25k-60k', '60k-120k', 'over-120k'] as const;
export type SizeBand = (typeof sizeBands)[number];

/** The size band of a municipality of `population` inhabitants; null when it is not known. */
export function sizeBandOf(population: number | null): SizeBand | null {
  if (population === null) return null;
  if (population < 25_000) return 'under-25k';
  if (population < 60_000) return '25k-60k';
  if (population < 120_000) return '60k-120k';
  return 'over-120k';
}

/** A found case as the facets see it: one value per facet (null where it has none). */
export type Faceted = { facets: Readonly<Record<FacetName, string | null>> };

/** The values chosen per facet; a facet with none does not narrow. */
export type Chosen = Readonly<Partial<Record<FacetName, readonly string[]>>>;

export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

/**
 * The one facet whose choice `item` fails, `null` when it passes every choice, and `undefined`
 * when it fails two or more (then it counts nowhere).
 */
function failedFacet(item: Faceted, chosen: Chosen): FacetName | null | undefined {
  let failed: FacetName | null = null;
  for (const name of facetNames) {
    const values = chosen[name];
    if (!values || values.length === 0) continue;
    const own = item.facets[name];
    if (own !== null && values.includes(own)) continue;
    if (failed !== null) return undefined;
    failed = name;
  }
  return failed;
}

/**
 * The items that pass every chosen facet, in their order, and the counts of every facet's values.
 * One pass: an item counts for a facet when it fails no choice, or only that facet's own.
 */
export function applyFacets<T extends Faceted>(
  items: readonly T[],
  chosen: Chosen,
): { items: T[]; counts: FacetCounts } {
  const tallies = new Map(facetNames.map((name) => [name, new Map<string, number>()]));
  const passing: T[] = [];
  for (const item of items) {
    const failed = failedFacet(item, chosen);
    if (failed === undefined) continue;
    if (failed === null) passing.push(item);
    for (const name of facetNames) {
      if (failed !== null && failed !== name) continue;
      const value = item.facets[name];
      if (value === null) continue;
      const tally = tallies.get(name) as Map<string, number>;
      tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  const counts = {} as FacetCounts;
  for (const [name, tally] of tallies) {
    counts[name] = [...tally]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { items: passing, counts };
}
