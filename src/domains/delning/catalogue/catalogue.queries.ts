import { and, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { textSearch } from '../../../db/text-search.ts';
import { benefitMeasurements, benefits } from '../../styrning/benefits/benefits.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import { sharedCases } from '../cases/cases.schema.ts';

/** A published case as the open-data files give it: what the case page shows anyone. */
export type CatalogueCase = {
  id: string;
  title: string;
  summary: string;
  need: string;
  solution: string;
  results: string;
  lessons: string;
  contact: string;
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
  costModel: string;
  licenceUrl: string;
  sourceUrl: string;
  documentsUrl: string;
  procurementUrl: string;
  version: number;
  publishedAt: Date;
  updatedAt: Date;
  /** `updatedAt` to the microsecond, for the next batch's cursor. */
  cursorAt: string;
};

/** What narrows the open-data list in SQL; size and realised are judged per row by the caller. */
export type CatalogueFilter = {
  text: string;
  country?: readonly string[];
  county?: readonly string[];
  domain?: readonly string[];
  stage?: readonly string[];
};

/**
 * Where the previous batch ended, newest first. The time is PostgreSQL's own text of it: a Date
 * keeps milliseconds only, and a case updated within the same millisecond would be skipped.
 */
export type CatalogueCursor = { at: string; id: string };

const columns = {
  id: sharedCases.id,
  title: sharedCases.title,
  summary: sharedCases.summary,
  need: sharedCases.need,
  solution: sharedCases.solution,
  results: sharedCases.results,
  lessons: sharedCases.lessons,
  contact: sharedCases.contact,
  municipalityId: municipalities.id,
  municipalityName: municipalities.name,
  country: municipalities.country,
  countyId: counties.id,
  countyName: counties.name,
  serviceDomain: sharedCases.serviceDomain,
  stage: sql<string | null>`case when ${initiatives.isPublic} then ${initiatives.stage} end`,
  population: municipalities.inhabitants,
  // Realised benefits are the initiative's own, shown only when the initiative is public.
  hasRealised: sql<boolean>`(${initiatives.isPublic} and exists (
    select 1 from ${benefits} join ${benefitMeasurements}
      on ${benefitMeasurements.benefitId} = ${benefits.id}
    where ${benefits.initiativeId} = ${initiatives.id}))`,
  costModel: sharedCases.costModel,
  licenceUrl: sharedCases.licenceUrl,
  sourceUrl: sharedCases.sourceUrl,
  documentsUrl: sharedCases.documentsUrl,
  procurementUrl: sharedCases.procurementUrl,
  version: sharedCases.version,
  publishedAt: sharedCases.publishedAt,
  updatedAt: sharedCases.updatedAt,
  cursorAt: sql<string>`${sharedCases.updatedAt}::text`,
};

/** Matches `text` by the rules of the case's own country, as the case search does. */
function textMatches(text: string): SQL {
  const doc = {
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
  return sql`(case when ${municipalities.country} = 'SE'
    then ${textSearch(text, 'sv').matches(doc)} else ${textSearch(text, 'nb').matches(doc)} end)`;
}

const some = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values : undefined;

/**
 * One batch of published cases, most recently updated first, after `cursor` (keyset paging, so
 * each batch costs the same however far into the list it is).
 */
export async function publishedCasesBatch(
  db: Db,
  filter: CatalogueFilter,
  cursor: CatalogueCursor | undefined,
  limit: number,
): Promise<CatalogueCase[]> {
  const country = some(filter.country);
  const county = some(filter.county);
  const domain = some(filter.domain);
  const stage = some(filter.stage);
  return db
    .select(columns)
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .innerJoin(counties, eq(counties.id, municipalities.countyId))
    .innerJoin(initiatives, eq(initiatives.id, sharedCases.initiativeId))
    .where(
      and(
        eq(sharedCases.status, 'published'),
        filter.text ? textMatches(filter.text) : undefined,
        country ? inArray(municipalities.country, country) : undefined,
        county ? inArray(counties.id, county) : undefined,
        domain ? inArray(sharedCases.serviceDomain, domain) : undefined,
        stage ? and(eq(initiatives.isPublic, true), inArray(initiatives.stage, stage)) : undefined,
        cursor
          ? or(
              sql`${sharedCases.updatedAt} < ${cursor.at}::timestamptz`,
              and(
                sql`${sharedCases.updatedAt} = ${cursor.at}::timestamptz`,
                lt(sharedCases.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(sharedCases.updatedAt), desc(sharedCases.id))
    .limit(limit);
}

/** When the newest published case changed; null when none is published. */
export async function lastCaseUpdate(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`max(${sharedCases.updatedAt})`.mapWith(sharedCases.updatedAt) })
    .from(sharedCases)
    .where(eq(sharedCases.status, 'published'));
  return row?.at ?? null;
}
