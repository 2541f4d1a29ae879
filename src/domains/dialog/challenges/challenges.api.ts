import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, PageQuery, PlaceQuery, placeOf, problemResponse } from '../../../web/api.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import {
  type ListedChallenge,
  listChallenges,
  listedChallenge,
} from './challenge-lists.queries.ts';
import { challengeStates } from './challenges.policy.ts';

const Params = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'NO-3203' }),
});
const ChallengeParams = Params.extend({
  chid: z.string().openapi({ param: { name: 'chid', in: 'path' }, description: 'The challenge' }),
});

/** What anyone may read of a challenge: never who takes part in it. */
const Challenge = z
  .object({
    id: z.string(),
    municipality: z.object({ id: z.string(), name: z.string() }),
    department: z.string(),
    title: z.string(),
    problem: z.string(),
    affected: z.string().openapi({ description: 'Who lives with the problem.' }),
    constraints: z.string().openapi({ description: 'What any answer must respect.' }),
    state: z.enum(challengeStates),
    startsOn: z.string().openapi({ example: '2026-03-01' }),
    endsOn: z.string().openapi({ example: '2026-05-31' }),
    createdAt: z.string(),
  })
  .openapi('Challenge');

function shown(c: ListedChallenge): z.infer<typeof Challenge> {
  return {
    id: c.id,
    municipality: { id: c.municipalityId, name: c.municipalityName },
    department: c.departmentName,
    title: c.title,
    problem: c.problem,
    affected: c.affected,
    constraints: c.constraints,
    state: c.state as z.infer<typeof Challenge>['state'],
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    createdAt: c.createdAt.toISOString(),
  };
}

const ListQuery = PageQuery.extend({
  state: z
    .enum(challengeStates)
    .optional()
    .openapi({ param: { name: 'state', in: 'query' } }),
  q: z
    .string()
    .max(2000)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description:
        'Search text. Each challenge is searched in its municipality’s language (Swedish or Norwegian), so word forms find each other; best match first. When nothing matches, challenges with similar words.',
    }),
});

const ChallengeList = z.object({ total: z.number().int(), items: z.array(Challenge) });

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/challenges',
  summary: "A municipality's co-creation challenges",
  description:
    'Newest first (best match first with `q`). `state` keeps one state. `page` and `pageSize` pick one page; `total` counts them all.',
  request: { params: Params, query: ListQuery },
  responses: {
    200: {
      description: 'One page of challenges',
      content: { 'application/json': { schema: ChallengeList } },
    },
    400: problemResponse('A page, page size or state out of range'),
    404: problemResponse('No such municipality'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/challenges/{chid}',
  summary: 'A co-creation challenge',
  request: { params: ChallengeParams },
  responses: {
    200: { description: 'The challenge', content: { 'application/json': { schema: Challenge } } },
    404: problemResponse('No such challenge here'),
  },
});

const networkRoute = createRoute({
  method: 'get',
  path: '/challenges',
  summary: 'Co-creation challenges of every municipality',
  description:
    'Newest first (best match first with `q`). `country` and `county` (a county id from `/counties`) narrow it to a place; `state` and `q` as for one municipality.',
  request: {
    query: ListQuery.extend(PlaceQuery.shape),
  },
  responses: {
    200: {
      description: 'One page of challenges',
      content: { 'application/json': { schema: ChallengeList } },
    },
    400: problemResponse('A page, page size, state or country out of range'),
  },
});

const pageRange = (q: { page: number; pageSize: number }) => ({
  offset: (q.page - 1) * q.pageSize,
  limit: q.pageSize,
});

/** Co-creation challenges in /api/v1: read by anyone. */
export function challengesApi() {
  const app = apiApp();
  app.openapi(listRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const q = c.req.valid('query');
    const list = await listChallenges(
      c.get('ctx').db,
      { municipalityId: m.id, state: q.state, text: normaliseSearchText(q.q) || undefined },
      pageRange(q),
    );
    return c.json({ total: list.total, items: list.items.map(shown) }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const found = await listedChallenge(c.get('ctx').db, m.id, uuidParam(c, 'chid'));
    if (!found) {
      return problem(c, {
        title: 'Not Found',
        status: 404,
        detail: 'No such challenge here.',
      }) as never;
    }
    return c.json(shown(found), 200);
  });

  app.openapi(networkRoute, async (c) => {
    const q = c.req.valid('query');
    const list = await listChallenges(
      c.get('ctx').db,
      {
        state: q.state,
        text: normaliseSearchText(q.q) || undefined,
        ...placeOf(q),
      },
      pageRange(q),
    );
    return c.json({ total: list.total, items: list.items.map(shown) }, 200);
  });
  return app;
}
