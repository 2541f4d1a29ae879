import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  type StoredSearchDocument,
  searchConfiguration,
  storedTextSearch,
  withSimilarityThreshold,
} from '../../../db/text-search.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { benefitMeasurements, benefits } from '../../styrning/benefits/benefits.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import { sharedCases } from './cases.schema.ts';
import { caseCountries } from './country.ts';

/**
 * A published case as the search lists and counts it: what its facets are made of, without its
 * texts, so the whole network's list is small enough to keep (see `keptCaseSource`).
 */
export type ListedCase = {
  id: string;
  municipalityId: string;
  country: string;
  countyId: string;
  countyName: string;
  serviceDomain: string;
  /** Its initiative's stage; null when the initiative is not public. */
  stage: string | null;
  population: number | null;
  hasRealised: boolean;
  updatedAt: Date;
  /** On `textSearch`'s scale; 0 when there is no search text. */
  rank: number;
};

/** A published case as a page of the search shows it. */
export type FoundCase = ListedCase & {
  title: string;
  summary: string;
  municipalityName: string;
  publishedAt: Date;
};

/** A published case's id and its rank for a search text. */
export type RankedId = { id: string; rank: number };

/** The order of the list without a text: the most recently updated first. */
const newestFirst = [desc(sharedCases.updatedAt), asc(sharedCases.id)];

/**
 * Every published case as the search lists it, newest first. Realised benefits are the
 * initiative's own, counted only when the initiative is public. What a case takes from its
 * municipality is read once per municipality, not once per case, and the cases come as one JSON
 * array: the list is read again after every write, and at 50,000 cases this took 570 ms instead
 * of 1,017 ms (bench/RESULTS.md).
 */
export async function listPublishedCases(db: Db): Promise<ListedCase[]> {
  const places = new Map(
    (
      await db
        .select({
          id: municipalities.id,
          country: municipalities.country,
          countyId: counties.id,
          countyName: counties.name,
          population: municipalities.inhabitants,
        })
        .from(municipalities)
        .innerJoin(counties, eq(counties.id, municipalities.countyId))
    ).map((m) => [m.id, m]),
  );
  // Realised benefits: the initiatives with a measured benefit, found once for all cases (a
  // hashed set) rather than looked up case by case.
  const measured = sql`(select ${benefits.initiativeId} from ${benefits}
    join ${benefitMeasurements} on ${benefitMeasurements.benefitId} = ${benefits.id})`;
  // One JSON array of compact rows: the embedded database's row parser is what reading 50,000
  // cases costs most, and one text value parsed by JSON.parse is a fraction of it.
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(
      ${sharedCases.id},
      ${sharedCases.municipalityId},
      ${sharedCases.serviceDomain},
      case when ${initiatives.isPublic} then ${initiatives.stage} end,
      ${initiatives.isPublic} and ${initiatives.id} in ${measured},
      floor(extract(epoch from ${sharedCases.updatedAt}) * 1000)::bigint
    ) order by ${sharedCases.updatedAt} desc, ${sharedCases.id}), '[]') as list
    from ${sharedCases}
    join ${initiatives} on ${initiatives.id} = ${sharedCases.initiativeId}
    where ${sharedCases.status} = 'published'`);
  const [row] = (result as unknown as { rows: { list: unknown }[] }).rows;
  // PostgreSQL's driver hands json as parsed; the embedded one may hand its text.
  const list = (typeof row?.list === 'string' ? JSON.parse(row.list) : (row?.list ?? [])) as [
    string,
    string,
    string,
    string | null,
    boolean,
    number,
  ][];
  return list.flatMap(([id, municipalityId, serviceDomain, stage, hasRealised, updatedMs]) => {
    const place = places.get(municipalityId);
    if (!place) return [];
    return [
      {
        id,
        municipalityId,
        country: place.country,
        countyId: place.countyId,
        countyName: place.countyName,
        serviceDomain,
        stage,
        population: place.population,
        hasRealised,
        updatedAt: new Date(Number(updatedMs)),
        rank: 0,
      },
    ];
  });
}

const stored: StoredSearchDocument = {
  vector: sharedCases.searchVector,
  title: sharedCases.searchTitle,
  body: sharedCases.searchBody,
};

/** The configurations cases are searched with: their countries' languages'. */
const caseConfigurations = [
  ...new Set(caseCountries.map((country) => conventionsOf(country).lang)),
].map((lang) => ({
  name: searchConfiguration(lang),
  search: (text: string) => storedTextSearch(text, lang),
}));

/** The matches of a text: in the full text, by similar words, or either. */
export type Matching = 'full-text' | 'similar' | 'either';

function searchesOf(text: string) {
  return caseConfigurations.map((c) => ({ name: c.name, search: c.search(text) }));
}

/**
 * What a published case must meet to match `text` the way `matching` says: the search's own
 * condition, which the indexes of the kept columns answer (exported so that a test reads its plan).
 */
export function caseMatches(text: string, matching: Matching): SQL | undefined {
  const searches = searchesOf(text);
  const [first] = searches;
  if (!first) return undefined;
  const fullText = searches.map(({ name, search }) =>
    and(eq(sharedCases.searchConfig, name), search.fullText(stored)),
  );
  // Similarity does not depend on the language: any configuration's search gives it.
  const similar = first.search.similar(stored);
  return { 'full-text': or(...fullText), similar, either: or(...fullText, similar) }[matching];
}

function rankedMatchesQuery(db: Db, text: string, matching: Matching) {
  const rank = sql<number>`(case ${sharedCases.searchConfig} ${sql.join(
    searchesOf(text).map(({ name, search }) => sql`when ${name} then ${search.rank(stored)}`),
    sql` `,
  )} end)`;
  return db
    .select({ id: sharedCases.id, rank })
    .from(sharedCases)
    .where(and(eq(sharedCases.status, 'published'), caseMatches(text, matching)))
    .orderBy(desc(rank), ...newestFirst);
}

async function rankedMatches(db: Db, text: string, matching: Matching): Promise<RankedId[]> {
  if (caseConfigurations.length === 0) return [];
  if (matching === 'full-text') return rankedMatchesQuery(db, text, matching);
  return withSimilarityThreshold(db, (tx) => rankedMatchesQuery(tx, text, matching));
}

/**
 * The published cases that match `text`, best first: only their ids and ranks, read through the
 * indexes of the columns the database keeps (migration 0033). A Swedish municipality's cases
 * are stemmed by the Swedish rules and a Norwegian one's by the Norwegian, the text by the same
 * rules as the case it is held against, so "skolor" finds "skola" and "skolene" finds "skole".
 * Typing errors are forgiven by trigram similarity, on the same scale as `textSearch`.
 */
export function findPublishedCases(db: Db, text: string): Promise<RankedId[]> {
  return rankedMatches(db, text, 'either');
}

/**
 * `bestTier` of `findPublishedCases`, asked in that order: the full-text matches, and only when
 * there are none the cases with similar words. Comparing the cases' texts by trigrams is what a
 * search costs most, and a text that matches in full text never needs it; asked alone, the
 * similar words are found through their trigram indexes only.
 */
export async function findBestPublishedCases(db: Db, text: string): Promise<RankedId[]> {
  const exact = await rankedMatches(db, text, 'full-text');
  return exact.length > 0 ? exact : rankedMatches(db, text, 'similar');
}

/** What a page shows of a case besides what it is listed with. */
export type CaseTexts = {
  id: string;
  title: string;
  summary: string;
  municipalityName: string;
  publishedAt: Date;
};

/** The texts of the published cases among `ids`, in no particular order. */
export function publishedCaseTexts(db: Db, ids: readonly string[]): Promise<CaseTexts[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: sharedCases.id,
      title: sharedCases.title,
      summary: sharedCases.summary,
      municipalityName: municipalities.name,
      publishedAt: sharedCases.publishedAt,
    })
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .where(and(eq(sharedCases.status, 'published'), inArray(sharedCases.id, [...ids])));
}
