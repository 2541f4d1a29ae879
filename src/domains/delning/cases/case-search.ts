import type { Context } from 'hono';
import {
  applyFacets,
  type Chosen,
  type FacetCounts,
  type FacetName,
  facetNames,
  sizeBandOf,
  sizeBands,
} from '../../../engines/sharing/facets.ts';
import { pageOf } from '../../../lib/paging.ts';
import type { AppEnv } from '../../../web/env.ts';
import { readModel } from '../../../web/read-model.ts';
import { bestTier } from '../../../web/search.ts';
import { type FoundCase, findPublishedCases } from './case-search.queries.ts';
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
  /** The names of the counties in the counts, by id. */
  countyNames: Map<string, string>;
};

function facetsOf(c: FoundCase): Record<FacetName, string | null> {
  return {
    country: c.country,
    county: c.countyId,
    domain: c.serviceDomain,
    stage: c.stage,
    size: sizeBandOf(c.population),
    realised: c.hasRealised ? 'yes' : 'no',
  };
}

/** The published cases that match a text, every one for an empty text. */
export type FindCases = (text: string) => Promise<FoundCase[]>;

/** What a search selects, before it is paged. */
export type CaseSelection = {
  /** The cases the search lists, in its order. */
  items: FoundCase[];
  counts: FacetCounts;
  /** True when nothing matched in full text and the cases shown are only similar words. */
  similarOnly: boolean;
  /** The names of the counties in the counts, by id. */
  countyNames: Map<string, string>;
};

/**
 * Every case a search lists, in its order: the text's matches (full-text hits only, when there
 * are any), narrowed by the chosen facets, with every facet's counts. The search page and the
 * CSV both select by it, so a download holds exactly the cases the page lists. `find` asks for
 * the cases; pages pass one that keeps the list without a text (`keptCaseFinder`).
 */
export async function selectCases(
  search: { text: string; chosen: Chosen },
  find: FindCases,
): Promise<CaseSelection> {
  // A text of punctuation alone names nothing to look for: the list as if no text was given.
  const text = /[\p{L}\p{N}]/u.test(search.text) ? search.text : '';
  const found = await find(text);
  const tier = text ? bestTier(found) : found;
  const similarOnly = text !== '' && tier.length > 0 && tier.every((c) => c.rank < 1);
  const { items, counts } = applyFacets(
    tier.map((c) => ({ ...c, facets: facetsOf(c) })),
    search.chosen,
  );
  return {
    items: items.map(({ facets: _f, ...c }) => c),
    counts,
    similarOnly,
    countyNames: new Map(tier.map((c) => [c.countyId, c.countyName])),
  };
}

/** One page of the network's published cases for a search (see `selectCases`). */
export async function searchCases(search: CaseSearch, find: FindCases): Promise<CaseSearchResult> {
  const { items, ...selection } = await selectCases(search, find);
  const page = pageOf(items, search.page, search.pageSize);
  return {
    ...selection,
    items: page.items,
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

/**
 * A `FindCases` for a request: every published case, without a text, is a read model kept until
 * content changes (decision record 0011); a search text, being free, asks the database each time.
 */
export function keptCaseFinder(c: Context<AppEnv>): FindCases {
  return (text) =>
    text
      ? findPublishedCases(c.get('ctx').db, text)
      : readModel(c, 'cases:published', (db) => findPublishedCases(db, ''));
}
