import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { sharedCases } from '../cases/cases.schema.ts';

/** What the open-data files give of a case beyond what the search lists of it. */
export type CaseDetails = {
  id: string;
  title: string;
  summary: string;
  municipalityName: string;
  need: string;
  solution: string;
  results: string;
  lessons: string;
  contact: string;
  costModel: string;
  licenceUrl: string;
  sourceUrl: string;
  documentsUrl: string;
  procurementUrl: string;
  version: number;
  publishedAt: Date;
};

/** The details of the published cases among `ids`, in no particular order. */
export async function publishedCaseDetails(db: Db, ids: readonly string[]): Promise<CaseDetails[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: sharedCases.id,
      title: sharedCases.title,
      summary: sharedCases.summary,
      municipalityName: municipalities.name,
      need: sharedCases.need,
      solution: sharedCases.solution,
      results: sharedCases.results,
      lessons: sharedCases.lessons,
      contact: sharedCases.contact,
      costModel: sharedCases.costModel,
      licenceUrl: sharedCases.licenceUrl,
      sourceUrl: sharedCases.sourceUrl,
      documentsUrl: sharedCases.documentsUrl,
      procurementUrl: sharedCases.procurementUrl,
      version: sharedCases.version,
      publishedAt: sharedCases.publishedAt,
    })
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .where(and(eq(sharedCases.status, 'published'), inArray(sharedCases.id, [...ids])));
}
