import type { Context } from 'hono';
import type { Db } from '../../../db/client.ts';
import {
  applyFacets,
  type Chosen,
  type FacetCounts,
  type Faceted,
  type FacetName,
  facetNames,
  sizeBandOf,
  sizeBands,
} from '../../../engines/sharing/facets.ts';
import { pageOf } from '../../../lib/paging.ts';
import type { AppEnv } from '../../../web/env.ts';
import { readModel } from '../../../web/read-model.ts';
import { bestTier } from '../../../web/search.ts';
import {
  type CaseTexts,
  type FoundCase,
  findBestPublishedCases,
  type ListedCase,
  listPublishedCases,
  publishedCaseTexts,
  type RankedId,
} from './case-search.queries.ts';
import { initiativeStages, serviceDomains } from './case-vocabulary.ts';
import { caseCountries, isCaseCounty } from './country.ts';

/** Cases a page of the search shows. */
export const CASES_PER_PAGE = 25;

export type CaseSearch = { text: string; chosen: Chosen; page: number; pageSize: number };

export type CaseSearchResult = {
  items: FoundCase[];
  total: number;
  page: number;
  pageCount: number;
  counts: FacetCounts;
  /** True when nothing matched in full text and the cases shown are only similar words. */
  similarOnly: boolean;
};

/** A listed case with its facet values, worked out once when the list is read. */
type FacetedCase = ListedCase & Faceted;

/** Every published case, newest first, and each by its id. */
export type PublishedCases = {
  list: readonly FacetedCase[];
  byId: ReadonlyMap<string, FacetedCase>;
};

function facetsOf(c: ListedCase): Record<FacetName, string | null> {
  return {
    country: c.country,
    county: c.countyId,
    domain: c.serviceDomain,
    stage: c.stage,
    size: sizeBandOf(c.population),
    realised: c.hasRealised ? 'yes' : 'no',
  };
}

function published(list: readonly ListedCase[]): PublishedCases {
  const faceted = list.map((c) => ({ ...c, facets: facetsOf(c) }));
  return { list: faceted, byId: new Map(faceted.map((c) => [c.id, c])) };
}

/**
 * Where a search gets its cases: the list of every published case (small enough to keep, see
 * `keptCaseSource`), the ids and ranks that match a text, and the texts of the few cases shown.
 */
export type CaseSource = {
  published(): Promise<PublishedCases>;
  matching(text: string): Promise<RankedId[]>;
  texts(ids: readonly string[]): Promise<CaseTexts[]>;
};

/** A `CaseSource` that asks the database every time. */
export function caseSourceOf(db: Db): CaseSource {
  return {
    published: async () => published(await listPublishedCases(db)),
    matching: (text) => findBestPublishedCases(db, text),
    texts: (ids) => publishedCaseTexts(db, ids),
  };
}

/**
 * A `CaseSource` for a request: the list of every published case is a read model kept until
 * content changes (decision record 0011); a search text, being free, asks the database each
 * time, for ids and ranks only, and a page reads the texts of its own cases.
 */
export function keptCaseSource(c: Context<AppEnv>): CaseSource {
  return {
    ...caseSourceOf(c.get('ctx').db),
    published: () =>
      readModel(c, 'cases:published', async (db) => published(await listPublishedCases(db))),
  };
}

/**
 * Every county's name by its id, for the county filter: a chosen county is named also when no
 * case of the search is in it (or none at all). From the registry the process keeps.
 */
export async function countyNamesOf(c: Context<AppEnv>): Promise<ReadonlyMap<string, string>> {
  const counties = await c.get('deps').registry.counties();
  return new Map(counties.map((county) => [county.id, county.name]));
}

/**
 * The listed cases with their texts, in their order; a case withdrawn since the list was read
 * is left out, as the list would now leave it out.
 */
export async function inFull(
  source: CaseSource,
  listed: readonly ListedCase[],
): Promise<FoundCase[]> {
  const texts = new Map((await source.texts(listed.map((c) => c.id))).map((t) => [t.id, t]));
  return listed.flatMap((c) => {
    const t = texts.get(c.id);
    if (!t) return [];
    // The list's own facet values are not part of a case as it is shown.
    const { facets: _f, ...listedCase } = c as ListedCase & Partial<Faceted>;
    return [
      {
        ...listedCase,
        title: t.title,
        summary: t.summary,
        municipalityName: t.municipalityName,
        publishedAt: t.publishedAt,
      },
    ];
  });
}

/** What a search selects, before it is paged. */
export type CaseSelection = {
  /** The cases the search lists, in its order. */
  items: ListedCase[];
  counts: FacetCounts;
  /** True when nothing matched in full text and the cases shown are only similar words. */
  similarOnly: boolean;
};

/**
 * Every case a search lists, in its order: the text's matches (full-text hits only, when there
 * are any), narrowed by the chosen facets, with every facet's counts. The search page and the
 * CSV both select by it, so a download holds exactly the cases the page lists. The database
 * gives only the matches' ids and ranks; the facets are counted over the list of every published
 * case (`source.published()`).
 */
export async function selectCases(
  search: { text: string; chosen: Chosen },
  source: CaseSource,
): Promise<CaseSelection> {
  // A text of punctuation alone names nothing to look for: the list as if no text was given.
  const text = /[\p{L}\p{N}]/u.test(search.text) ? search.text : '';
  const cases = await source.published();
  const found: readonly FacetedCase[] = text
    ? // A match the kept list does not hold yet was published a moment ago: it is listed once
      // the list is read again, as every other page shows it.
      (await source.matching(text)).flatMap(({ id, rank }) => {
        const c = cases.byId.get(id);
        return c ? [{ ...c, rank }] : [];
      })
    : cases.list;
  const tier = text ? bestTier(found) : found;
  const similarOnly = text !== '' && tier.length > 0 && tier.every((c) => c.rank < 1);
  const { items, counts } = applyFacets(tier, search.chosen);
  return { items, counts, similarOnly };
}

/** One page of the network's published cases for a search (see `selectCases`), read in full. */
export async function searchCases(
  search: CaseSearch,
  source: CaseSource,
): Promise<CaseSearchResult> {
  const { items, ...selection } = await selectCases(search, source);
  const page = pageOf(items, search.page, search.pageSize);
  return {
    ...selection,
    items: await inFull(source, page.items),
    total: page.total,
    page: page.page,
    pageCount: page.pageCount,
  };
}

/** Whether a value is one a facet knows, facet by facet. */
export const knownFacetValue: Record<FacetName, (v: string) => boolean> = {
  country: (v) => caseCountries.includes(v),
  county: isCaseCounty,
  domain: (v) => (serviceDomains as readonly string[]).includes(v),
  stage: (v) => (initiativeStages as readonly string[]).includes(v),
  size: (v) => (sizeBands as readonly string[]).includes(v),
  realised: (v) => v === 'yes' || v === 'no',
};

/**
 * The facet choices of a query string: the values each facet knows, and the facets that were
 * asked a value they do not know (the page says so rather than silently showing everything).
 */
export function chosenFrom(query: Record<string, string[]>): {
  chosen: Chosen;
  unknown: FacetName[];
} {
  const chosen: Partial<Record<FacetName, string[]>> = {};
  const unknown: FacetName[] = [];
  for (const name of facetNames) {
    const asked = query[name] ?? [];
    const values = asked.filter((v) => knownFacetValue[name](v));
    if (values.length < asked.length) unknown.push(name);
    if (values.length > 0) chosen[name] = [...new Set(values)];
  }
  return { chosen, unknown };
}
