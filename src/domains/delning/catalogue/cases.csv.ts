import type { Db } from '../../../db/client.ts';
import { type Chosen, sizeBandOf } from '../../../engines/sharing/facets.ts';
import { csvCell } from '../../../lib/csv.ts';
import {
  type CatalogueCase,
  type CatalogueCursor,
  publishedCasesBatch,
} from './catalogue.queries.ts';

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

function row(c: CatalogueCase, caseUrl: (c: CatalogueCase) => string): string {
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

/** Whether a case passes the facets the database does not narrow by (size band, realised). */
function passesRowFacets(c: CatalogueCase, chosen: Chosen): boolean {
  const size = chosen.size ?? [];
  const realised = chosen.realised ?? [];
  const band = sizeBandOf(c.population);
  if (size.length > 0 && (band === null || !size.includes(band))) return false;
  if (realised.length > 0 && !realised.includes(c.hasRealised ? 'yes' : 'no')) return false;
  return true;
}

/**
 * The network's published cases as RFC 4180 CSV, most recently updated first, written as they
 * are read `batch` at a time, so the whole catalogue is never held in memory at once. Text cells
 * a spreadsheet would read as a formula are guarded by `csvCell`.
 */
export async function* casesCsv(
  db: Db,
  search: { text: string; chosen: Chosen },
  caseUrl: (c: CatalogueCase) => string,
  batch = CSV_BATCH,
): AsyncGenerator<string> {
  yield line([...header]);
  const { chosen } = search;
  const filter = {
    text: search.text,
    country: chosen.country,
    county: chosen.county,
    domain: chosen.domain,
    stage: chosen.stage,
  };
  let cursor: CatalogueCursor | undefined;
  for (;;) {
    const rows = await publishedCasesBatch(db, filter, cursor, batch);
    const text = rows
      .filter((c) => passesRowFacets(c, chosen))
      .map((c) => row(c, caseUrl))
      .join('');
    if (text) yield text;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    cursor = { at: last.cursorAt, id: last.id };
  }
}
