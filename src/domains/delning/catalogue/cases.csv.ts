import type { Db } from '../../../db/client.ts';
import { csvCell } from '../../../lib/csv.ts';
import type { ListedCase } from '../cases/case-search.queries.ts';
import { type CaseDetails, publishedCaseDetails } from './catalogue.queries.ts';

/** Cases read from the database at a time while the CSV is written. */
export const CSV_BATCH = 500;

const header = [
  'id',
  'url',
  'title',
  'summary',
  'municipality_id',
  'municipality',
  'country',
  'county_id',
  'county',
  'service_domain',
  'stage',
  'cost_model',
  'need',
  'solution',
  'results',
  'lessons',
  'contact',
  'licence_url',
  'source_url',
  'documents_url',
  'procurement_url',
  'version',
  'published_at',
  'updated_at',
] as const;

const line = (cells: readonly (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

function row(c: ListedCase & CaseDetails, caseUrl: (c: ListedCase) => string): string {
  return line([
    c.id,
    caseUrl(c),
    c.title,
    c.summary,
    c.municipalityId,
    c.municipalityName,
    c.country,
    c.countyId,
    c.countyName,
    c.serviceDomain,
    c.stage,
    c.costModel,
    c.need,
    c.solution,
    c.results,
    c.lessons,
    c.contact,
    c.licenceUrl,
    c.sourceUrl,
    c.documentsUrl,
    c.procurementUrl,
    c.version,
    c.publishedAt.toISOString(),
    c.updatedAt.toISOString(),
  ]);
}

/**
 * The cases a search selected as RFC 4180 CSV, in the search's order, their details read
 * `batch` at a time as they are written, so the whole catalogue's texts are never held in
 * memory at once. Text cells a spreadsheet would read as a formula are guarded by `csvCell`.
 */
export async function* casesCsv(
  db: Db,
  cases: readonly ListedCase[],
  caseUrl: (c: ListedCase) => string,
  batch = CSV_BATCH,
): AsyncGenerator<string> {
  yield line([...header]);
  for (let from = 0; from < cases.length; from += batch) {
    const some = cases.slice(from, from + batch);
    const details = new Map(
      (
        await publishedCaseDetails(
          db,
          some.map((c) => c.id),
        )
      ).map((d) => [d.id, d]),
    );
    const text = some
      .flatMap((c) => {
        const d = details.get(c.id);
        // Withdrawn since the list was read: left out, as the page would now leave it out.
        return d ? [row({ ...c, ...d }, caseUrl)] : [];
      })
      .join('');
    if (text) yield text;
  }
}
