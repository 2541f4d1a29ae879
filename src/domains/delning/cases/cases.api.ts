import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type FacetName, sizeBands } from '../../../engines/sharing/facets.ts';
import { apiApp, PageQuery, pageSlice, problemResponse } from '../../../web/api.ts';
import type { AppEnv } from '../../../web/env.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { normaliseSearchText, SEARCH_TEXT_MAX } from '../../../web/search.ts';
import { maintenanceTypes } from '../catalogue/publiccode.ts';
import { casePageModel } from './case-page.load.ts';
import { inFull, keptCaseSource, selectCases } from './case-search.ts';
import { costModels, initiativeStages, serviceDomains } from './case-vocabulary.ts';
import { caseCountries, caseCountyPattern } from './country.ts';

const facet = <T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  description: string,
) =>
  z
    .enum(values)
    .optional()
    .openapi({ param: { name, in: 'query' }, description });

const SearchQuery = PageQuery.extend({
  q: z
    .string()
    .max(SEARCH_TEXT_MAX)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: `Search text (at most ${SEARCH_TEXT_MAX} characters), stemmed by Swedish rules for Swedish cases and Norwegian rules for Norwegian ones.`,
    }),
  country: facet('country', caseCountries, 'Only cases of this country'),
  county: z
    .string()
    .regex(caseCountyPattern)
    .optional()
    .openapi({ param: { name: 'county', in: 'query' }, description: 'County id, e.g. SE-01' }),
  domain: facet('domain', serviceDomains, 'Service domain'),
  stage: facet('stage', initiativeStages, 'Stage of the initiative (public initiatives only)'),
  size: facet('size', sizeBands, 'Size band of the municipality by inhabitants'),
  realised: facet('realised', ['yes', 'no'], 'Whether the initiative has measured benefits'),
});

const CaseSummary = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  municipality: z.object({ id: z.string(), name: z.string() }),
  county: z.object({ id: z.string(), name: z.string() }),
  serviceDomain: z.enum(serviceDomains),
  stage: z.string().nullable(),
  updatedAt: z.string(),
});

const CaseDetail = CaseSummary.extend({
  status: z.enum(['published', 'withdrawn']),
  version: z.number().int(),
  stale: z.boolean(),
  need: z.string(),
  solution: z.string(),
  results: z.string(),
  lessons: z.string(),
  contact: z.string(),
  links: z.object({
    licence: z.string().nullable(),
    source: z.string().nullable(),
    documents: z.string().nullable(),
    procurement: z.string().nullable(),
  }),
  costModel: z.enum(costModels),
  costNote: z.string(),
  software: z
    .object({
      name: z.string(),
      descriptions: z.record(z.string(), z.string()),
      softwareVersion: z.string().nullable(),
      licence: z.string(),
      maintenanceType: z.enum(maintenanceTypes),
      platforms: z.array(z.string()),
      readAt: z.string(),
    })
    .nullable()
    .openapi({
      description:
        'The software behind the case as its `publiccode.yml` describes it, when the publisher has read the file from the source code link; the short descriptions by language code.',
    }),
  versions: z.array(z.object({ version: z.number().int(), changedAt: z.string() })),
  adoptions: z.object({
    total: z.number().int(),
    measuring: z.number().int(),
    silent: z.number().int(),
    realisedPerYear: z.array(
      z.object({
        currency: z.string(),
        total: z.number(),
        min: z.number(),
        max: z.number(),
        municipalities: z.number().int(),
      }),
    ),
    items: z.array(
      z.object({
        municipality: z.object({ id: z.string(), name: z.string() }),
        adoptedAt: z.string(),
        mode: z.enum(['as-is', 'adapted']),
        status: z.enum(['planned', 'piloting', 'in-operation', 'stopped']).nullable(),
      }),
    ),
  }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/cases',
  summary: 'The network’s published shared cases, searched and filtered (public)',
  description:
    'Best match first when `q` is given, otherwise the most recently updated first. Each filter takes one value; an unknown value is a 400. `page` and `pageSize` pick one page; `total` counts them all.',
  request: { query: SearchQuery },
  responses: {
    200: {
      description: 'One page of cases',
      content: {
        'application/json': {
          schema: z.object({ total: z.number().int(), items: z.array(CaseSummary) }),
        },
      },
    },
    400: problemResponse('A filter value, page or page size that is not valid'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/cases/{caseId}',
  summary: 'A shared case, its versions and its adoptions with their roll-up (public)',
  description:
    'Withdrawn cases are answered too, with `status: withdrawn`. An adoption’s status follows the stage of the adopter’s initiative, and is null while that initiative is not public.',
  request: {
    params: z.object({
      caseId: z
        .string()
        .openapi({ param: { name: 'caseId', in: 'path' }, description: 'The case' }),
    }),
  },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: CaseDetail } } },
    404: problemResponse('No such case'),
  },
});

/** The shared cases in `/api/v1`: the search as JSON, and each case. */
export function casesApi(): OpenAPIHono<AppEnv> {
  const app = apiApp();

  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const chosen: Partial<Record<FacetName, string[]>> = {};
    for (const name of ['country', 'county', 'domain', 'stage', 'size', 'realised'] as const) {
      const value = query[name];
      if (value) chosen[name] = [value];
    }
    const source = keptCaseSource(c);
    const selection = await selectCases({ text: normaliseSearchText(query.q), chosen }, source);
    const page = pageSlice(selection.items, query);
    const items = (await inFull(source, page.items)).map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      municipality: { id: r.municipalityId, name: r.municipalityName },
      county: { id: r.countyId, name: r.countyName },
      serviceDomain: r.serviceDomain as (typeof serviceDomains)[number],
      stage: r.stage,
      updatedAt: r.updatedAt.toISOString(),
    }));
    return c.json({ total: page.total, items }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const data = await casePageModel(c, uuidParam(c, 'caseId'));
    if (!data) {
      return problem(c, { title: 'Not Found', status: 404, detail: 'No such case.' }) as never;
    }
    const s = data.found.case;
    const link = (url: string) => (url === '' ? null : url);
    return c.json(
      {
        id: s.id,
        title: s.title,
        summary: s.summary,
        municipality: { id: s.municipalityId, name: data.found.municipalityName },
        county: { id: data.found.countyId, name: data.found.countyName },
        serviceDomain: s.serviceDomain as (typeof serviceDomains)[number],
        stage: data.found.initiativePublic ? data.found.stage : null,
        updatedAt: s.updatedAt.toISOString(),
        status: s.status as 'published' | 'withdrawn',
        version: s.version,
        stale: data.stale,
        need: s.need,
        solution: s.solution,
        results: s.results,
        lessons: s.lessons,
        contact: s.contact,
        links: {
          licence: link(s.licenceUrl),
          source: link(s.sourceUrl),
          documents: link(s.documentsUrl),
          procurement: link(s.procurementUrl),
        },
        costModel: s.costModel as (typeof costModels)[number],
        costNote: s.costNote,
        software: data.software
          ? { ...data.software.summary, readAt: data.software.readAt.toISOString() }
          : null,
        versions: data.versions.map((v) => ({
          version: v.version,
          changedAt: v.changedAt.toISOString(),
        })),
        adoptions: {
          total: data.rollUp.adopters,
          measuring: data.rollUp.measuring,
          silent: data.rollUp.silent,
          realisedPerYear: data.rollUp.perCurrency.map((p) => ({
            currency: p.currency,
            total: p.total,
            min: p.min,
            max: p.max,
            municipalities: p.adopters,
          })),
          items: data.adopters.map((a) => ({
            municipality: { id: a.municipalityId, name: a.municipalityName },
            adoptedAt: a.adoptedAt.toISOString(),
            mode: a.mode as 'as-is' | 'adapted',
            status: a.status,
          })),
        },
      },
      200,
    );
  });

  return app;
}
