import { createRoute, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { apiApp, problemResponse } from '../../../web/api.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { problem } from '../../../web/problem.ts';
import { publicOrigin } from '../../../web/public-origin.ts';
import { normaliseSearchText, SEARCH_TEXT_MAX } from '../../../web/search.ts';
import { chosenFrom, keptCaseSource, selectCases } from '../cases/case-search.ts';
import { casesCsv } from './cases.csv.ts';
import { catalogueDcat } from './catalogue.dcat.ts';

const repeatable = (name: string, description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ param: { name, in: 'query', style: 'form', explode: true }, description });

const CsvQuery = z.object({
  q: z
    .string()
    .max(SEARCH_TEXT_MAX)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: `Search text (at most ${SEARCH_TEXT_MAX} characters); the cases it matches as on the search page: by similar words only when nothing matches in full text.`,
    }),
  country: repeatable('country', 'SE or NO'),
  county: repeatable('county', 'County id, e.g. SE-01'),
  domain: repeatable('domain', 'Service domain, as in `/cases`'),
  stage: repeatable('stage', 'Stage of the initiative (public initiatives only)'),
  size: repeatable('size', 'Size band of the municipality by inhabitants'),
  realised: repeatable('realised', 'yes or no: whether the initiative has measured benefits'),
});

const csvRoute = createRoute({
  method: 'get',
  path: '/cases.csv',
  summary: 'The network’s published shared cases as CSV (public)',
  description:
    'RFC 4180 CSV (CRLF, quoted where needed) with a header row, one published case a row, the cases the search page lists and in its order (without a text, the most recently updated first); text cells a spreadsheet would read as a formula (= + - @) start with a single quote. Filters as on the search page: each may be given more than once, values of one filter widen, filters narrow each other; an unknown value is a 400. `stage` is empty where the initiative is not public.',
  request: { query: CsvQuery },
  responses: {
    200: { description: 'Cases, one a row', content: { 'text/csv': { schema: z.string() } } },
    400: problemResponse('A filter value or search text that is not valid'),
  },
});

const dcatRoute = createRoute({
  method: 'get',
  path: '/catalogue.jsonld',
  summary: 'The case catalogue described in DCAT-AP (public)',
  description:
    'JSON-LD for national data portals to harvest: a `dcat:Catalog` with the dataset of shared cases and its distributions (this API as JSON, the CSV file, and the Atom feed of new and updated cases in Swedish, Norwegian and English).',
  responses: {
    200: {
      description: 'The catalogue',
      content: { 'application/ld+json': { schema: z.object({}).passthrough() } },
    },
  },
});

/** The case catalogue's open data in `/api/v1`: every case as CSV, and the DCAT-AP description. */
export function catalogueApi() {
  const app = apiApp();

  app.openapi(csvRoute, async (c) => {
    const query = c.req.valid('query');
    const { chosen, unknown } = chosenFrom(c.req.queries());
    if (unknown.length > 0) {
      return problem(c, {
        title: 'Bad Request',
        status: 400,
        detail: 'A filter value is not one the catalogue knows.',
        errors: unknown.map((field) => ({ field, message: 'Unknown value' })),
      }) as never;
    }
    const text = normaliseSearchText(query.q);
    const origin = publicOrigin(c);
    const { db } = c.get('ctx');
    // The page's own selection, so the file holds exactly the cases the page lists.
    const { items } = await selectCases({ text, chosen }, keptCaseSource(c));
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="shared-cases.csv"');
    // Written as it is read, a batch at a time: the cases' full texts are never all in memory.
    return stream(c, async (out) => {
      const rows = casesCsv(
        db,
        items,
        (r) => `${origin}/${conventionsOf(r.country).lang}/cases/${r.id}`,
      );
      for await (const chunk of rows) await out.write(chunk);
    }) as never;
  });

  app.openapi(dcatRoute, async (c) => {
    // The kept list is newest first: its first case is the catalogue's last change.
    const [newest] = (await keptCaseSource(c).published()).list;
    const body = catalogueDcat(publicOrigin(c), newest?.updatedAt ?? null);
    return c.body(JSON.stringify(body), 200, {
      'content-type': 'application/ld+json; charset=utf-8',
    }) as never;
  });

  return app;
}
