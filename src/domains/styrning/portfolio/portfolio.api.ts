import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apiApp, PageQuery, pageSlice, problemResponse } from '../../../web/api.ts';
import type { AppEnv } from '../../../web/env.ts';
import { conventionsOf, localeOf } from '../../../web/i18n/index.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { normaliseSearchText, SEARCH_TEXT_MAX } from '../../../web/search.ts';
import { keptForVisitors } from '../../../web/visitor-pages.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { ALL_STAGES } from '../steering/stages.ts';
import { scopeOf } from './commands/edit-common.ts';
import { findInitiatives } from './initiative-list.ts';
import { INITIATIVE_SORTS, orderOf } from './initiative-order.ts';
import { initiativeRecord } from './initiative-record.ts';
import { visibleDetail } from './initiative-visibility.ts';
import { initiativesCsv } from './initiatives.csv.ts';
import { canSeeInitiative } from './portfolio.policy.ts';

const MunicipalityParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0483' }),
});
const InitiativeParam = MunicipalityParam.extend({
  iid: z.string().openapi({ param: { name: 'iid', in: 'path' } }),
});
const ListQuery = z.object({
  stage: z
    .enum(ALL_STAGES)
    .optional()
    .openapi({ param: { name: 'stage', in: 'query' } }),
  department: z
    .string()
    .uuid()
    .optional()
    .openapi({ param: { name: 'department', in: 'query' } }),
  q: z
    .string()
    .max(SEARCH_TEXT_MAX)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: `Search words (at most ${SEARCH_TEXT_MAX} characters), found in title, problem and idea in all their forms by the full-text rules of the municipality's language (Swedish or Norwegian), diacritics ignored ("forskola" finds "förskolan"). When no initiative matches in full text, those with similar words are returned. Control characters are ignored; blank means no search.`,
      example: 'omsorg',
    }),
  sort: z
    .enum(INITIATIVE_SORTS)
    .optional()
    .openapi({
      param: { name: 'sort', in: 'query' },
      description:
        'Order: `title` (A to Z in the language of the municipality), `stage` (idea to operation, stopped last), `updated` (last changed, newest first), `cost` (total of investment and running cost over every year, highest first); ties by title. Default: best match first when `q` is given, else `title`.',
    }),
});

/** The JSON list's query: the filters, and which page of how many items (the CSV has them all). */
const PagedListQuery = ListQuery.extend(PageQuery.shape);

const Item = z
  .object({
    id: z.string(),
    title: z.string(),
    stage: z.enum(ALL_STAGES),
    department: z.object({ id: z.string(), name: z.string() }),
    public: z.boolean(),
    mandatory: z.boolean(),
    ownerName: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('InitiativeSummary');

const Detail = Item.extend({
  problem: z.string(),
  idea: z.string(),
  requirements: z.record(z.string(), z.boolean()),
  ratings: z.record(z.string(), z.number()),
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
  goalContributions: z.array(
    z.object({ goalId: z.string(), title: z.string(), weight: z.number().min(0).max(1) }),
  ),
  costs: z.array(z.object({ year: z.number().int(), investment: z.number(), running: z.number() })),
  risks: z.array(
    z.object({ description: z.string(), likelihood: z.number().int(), impact: z.number().int() }),
  ),
  systems: z.array(z.object({ id: z.string(), name: z.string() })),
  competences: z.array(z.string()),
  dependsOn: z.array(z.string()),
  neededBy: z.array(z.string()),
  transitions: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      reason: z.string(),
      at: z.string(),
      decisionId: z.string().nullable(),
    }),
  ),
}).openapi('Initiative');

const visibility =
  'Public initiatives for everyone; all of them for the municipality’s staff, managers, politicians and admins (session or Bearer token).';

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/initiatives',
  middleware: [keptForVisitors()] as const,
  summary: "A municipality's initiatives",
  description: `${visibility} Optional filters: stage, department id and search words; \`sort\` orders the list; \`page\` and \`pageSize\` pick one page of it, \`total\` counts them all.`,
  request: { params: MunicipalityParam, query: PagedListQuery },
  responses: {
    200: {
      description:
        'One page of initiatives, in the order asked for (by title when none), and how many there are in all',
      content: {
        'application/json': {
          schema: z.object({ total: z.number().int(), items: z.array(Item) }),
        },
      },
    },
    400: problemResponse('A filter is not valid'),
    404: problemResponse('No such municipality'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/initiatives/{iid}',
  middleware: [keptForVisitors()] as const,
  summary:
    'One initiative with its costs, goal contributions, dependencies, risks and stage history',
  description: `${visibility} Goal weights are in [0, 1]; costs are per year in the municipality's currency. Dependencies on initiatives the caller may not see are left out; systems touched are given to the municipality's own staff and up only.`,
  request: { params: InitiativeParam },
  responses: {
    200: { description: 'The initiative', content: { 'application/json': { schema: Detail } } },
    404: problemResponse('No such municipality, or no such initiative visible to the caller'),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/initiatives.csv',
  summary: "A municipality's initiatives as CSV",
  description: `RFC 4180 CSV (CRLF, quoted where needed) with a header row; text cells a spreadsheet would read as a formula (= + - @) start with a single quote. ${visibility} Same filters as the JSON list.`,
  request: { params: MunicipalityParam, query: ListQuery },
  responses: {
    200: { description: 'Initiatives, one a row', content: { 'text/csv': { schema: z.string() } } },
    400: problemResponse('A filter is not valid'),
    404: problemResponse('No such municipality'),
  },
});

type C = Context<AppEnv>;

/** The portfolio domain's part of /api/v1: initiatives as JSON and CSV. */
export function portfolioApi() {
  const app = apiApp();
  const notFound = (c: C, detail: string) =>
    problem(c, { title: 'Not Found', status: 404, detail }) as never;

  const visibleList = async (c: C, id: string, q: z.infer<typeof ListQuery>) => {
    const m = await apiMunicipality(c, id);
    const lang = conventionsOf(m.country).lang;
    const text = normaliseSearchText(q.q);
    const searching = text !== '';
    const items = await findInitiatives(c, m.id, {
      publicOnly: !canSeeInternal(c.get('actor'), m.id),
      stage: q.stage,
      departmentId: q.department,
      search: searching ? { text, lang } : undefined,
      order: orderOf(q.sort, searching),
      locale: localeOf[lang],
    });
    return { m, items };
  };

  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const found = await visibleList(c, c.req.valid('param').id, query);
    const { total, items } = pageSlice(found.items, query);
    return c.json({ total, items: items.map(summary) }, 200);
  });

  app.openapi(csvRoute, async (c) => {
    const found = await visibleList(c, c.req.valid('param').id, c.req.valid('query'));
    return c.body(initiativesCsv(found.items), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="initiatives-${found.m.id}.csv"`,
    }) as never;
  });

  app.openapi(detailRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const actor = c.get('actor');
    const record = await initiativeRecord(c, m, uuidParam(c, 'iid'));
    const row = record?.detail.initiative;
    if (!record || !row || !canSeeInitiative(actor, scopeOf(row))) {
      return notFound(c, 'No initiative with this id is visible here.');
    }
    const d = visibleDetail(record.detail, actor);
    return c.json(
      {
        ...summary({ ...row, departmentName: d.departmentName }),
        problem: row.problem,
        idea: row.idea,
        requirements: row.requirements,
        ratings: row.ratings,
        participants: d.participants,
        goalContributions: d.contributions.map(({ goalId, title, weight }) => ({
          goalId,
          title,
          weight,
        })),
        costs: d.costs,
        risks: d.risks.map(({ description, likelihood, impact }) => ({
          description,
          likelihood,
          impact,
        })),
        systems: d.systems,
        competences: d.competences,
        dependsOn: d.dependsOn.map((x) => x.id),
        neededBy: d.dependents.map((x) => x.id),
        transitions: d.transitions.map((s) => ({
          from: s.fromStage,
          to: s.toStage,
          reason: s.reason,
          at: s.at.toISOString(),
          decisionId: s.decisionId,
        })),
      },
      200,
    );
  });

  return app;
}

function summary(i: {
  id: string;
  title: string;
  stage: string;
  departmentId: string;
  departmentName: string;
  isPublic: boolean;
  mandatory: boolean;
  ownerName: string;
  startsOn: string | null;
  endsOn: string | null;
  updatedAt: Date;
}) {
  return {
    id: i.id,
    title: i.title,
    stage: i.stage as (typeof ALL_STAGES)[number],
    department: { id: i.departmentId, name: i.departmentName },
    public: i.isPublic,
    mandatory: i.mandatory,
    ownerName: i.ownerName,
    startsOn: i.startsOn,
    endsOn: i.endsOn,
    updatedAt: i.updatedAt.toISOString(),
  };
}
