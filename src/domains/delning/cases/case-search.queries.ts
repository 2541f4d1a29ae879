import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type SearchDocument, textSearch } from '../../../db/text-search.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { benefitMeasurements, benefits } from '../../styrning/benefits/benefits.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import { sharedCases } from './cases.schema.ts';
import { caseCountries } from './country.ts';

/** A published case as the search lists it, with what its facets are made of. */
export type FoundCase = {
  id: string;
  title: string;
  summary: string;
  municipalityId: string;
  municipalityName: string;
  country: string;
  countyId: string;
  countyName: string;
  serviceDomain: string;
  /** Its initiative's stage; null when the initiative is not public. */
  stage: string | null;
  population: number | null;
  hasRealised: boolean;
  publishedAt: Date;
  updatedAt: Date;
  /** On `textSearch`'s scale; 0 when there is no search text. */
  rank: number;
};

type CountrySearch = ReturnType<typeof textSearch>;

/** `part` of the search in the language of the case's country, chosen row by row. */
function inCountryLanguage(text: string, part: (search: CountrySearch) => SQL): SQL {
  const branches = caseCountries.map(
    (country) => sql`when ${country} then ${part(textSearch(text, conventionsOf(country).lang))}`,
  );
  return sql`(case ${municipalities.country} ${sql.join(branches, sql` `)} end)`;
}

/**
 * Every published case, or those that match `text`: a Swedish municipality's cases are stemmed
 * by the Swedish rules and a Norwegian one's by the Norwegian, the search text by the same rules
 * as the case it is held against, so "skolor" finds "skola" and "skolen" finds "skoler". Typing
 * errors are forgiven by trigram similarity (see `textSearch`).
 */
export async function findPublishedCases(db: Db, text: string): Promise<FoundCase[]> {
  const doc: SearchDocument = {
    title: sharedCases.title,
    body: [
      sharedCases.summary,
      sharedCases.need,
      sharedCases.solution,
      sharedCases.results,
      sharedCases.lessons,
      municipalities.name,
    ],
  };
  const matches: SQL | undefined = text
    ? inCountryLanguage(text, (s) => s.matches(doc))
    : undefined;
  const rank = text
    ? sql<number>`${inCountryLanguage(text, (s) => s.rank(doc))}`
    : sql<number>`0::float8`;
  // Realised benefits are the initiative's own, shown only when the initiative is public.
  const hasRealised = sql<boolean>`(${initiatives.isPublic} and exists (
    select 1 from ${benefits} join ${benefitMeasurements}
      on ${benefitMeasurements.benefitId} = ${benefits.id}
    where ${benefits.initiativeId} = ${initiatives.id}))`;
  return db
    .select({
      id: sharedCases.id,
      title: sharedCases.title,
      summary: sharedCases.summary,
      municipalityId: municipalities.id,
      municipalityName: municipalities.name,
      country: municipalities.country,
      countyId: counties.id,
      countyName: counties.name,
      serviceDomain: sharedCases.serviceDomain,
      stage: sql<string | null>`case when ${initiatives.isPublic} then ${initiatives.stage} end`,
      population: municipalities.inhabitants,
      hasRealised,
      publishedAt: sharedCases.publishedAt,
      updatedAt: sharedCases.updatedAt,
      rank,
    })
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .innerJoin(counties, eq(counties.id, municipalities.countyId))
    .innerJoin(initiatives, eq(initiatives.id, sharedCases.initiativeId))
    .where(and(eq(sharedCases.status, 'published'), matches))
    .orderBy(desc(rank), desc(sharedCases.updatedAt), sharedCases.id);
}
