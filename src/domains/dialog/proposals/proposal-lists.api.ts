import { createRoute, z } from '@hono/zod-openapi';
import {
  type ProposalState,
  proposalStates,
  publicStates,
} from '../../../engines/proposal-rules/index.ts';
import { apiApp, PageQuery, PlaceQuery, placeOf, problemResponse } from '../../../web/api.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { Proposal, shown } from './proposal-json.ts';
import { listProposals } from './proposal-lists.queries.ts';
import { proposalTopics } from './proposals.policy.ts';

const Params = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'NO-3203' }),
});

/** The filters both lists take, as query parameters. */
const ListQuery = PageQuery.extend({
  state: z
    .enum(proposalStates)
    .optional()
    .openapi({
      param: { name: 'state', in: 'query' },
      description:
        'Keeps one state. Only public states list anything (collecting, thresholdReached, expired, withBody, answered, withdrawn).',
    }),
  topic: z
    .enum(proposalTopics)
    .optional()
    .openapi({ param: { name: 'topic', in: 'query' } }),
  q: z
    .string()
    .max(2000)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description:
        'Search text. Each proposal is searched in its municipality’s language (Swedish or Norwegian), so word forms find each other ("skolor" finds "skola"); best match first. When nothing matches, proposals with similar words.',
    }),
});

const ProposalList = z.object({ total: z.number().int(), items: z.array(Proposal) });

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/proposals',
  summary: "A municipality's residents' proposals (public)",
  description:
    'Proposals accepted in screening, newest first, in every later state. `state`, `topic` and `district` keep those only; `q` searches. `support.total` counts verified (e-ID), unverified (e-mail) and paper signatures. `page` and `pageSize` pick one page; `total` counts them all.',
  request: {
    params: Params,
    query: ListQuery.extend({
      district: z
        .string()
        .max(100)
        .optional()
        .openapi({
          param: { name: 'district', in: 'query' },
          description: 'The part of the municipality, as the proposals name it.',
        }),
    }),
  },
  responses: {
    200: {
      description: 'One page of proposals',
      content: { 'application/json': { schema: ProposalList } },
    },
    400: problemResponse('A page, page size, state or topic out of range'),
    404: problemResponse('No such municipality'),
  },
});

const networkRoute = createRoute({
  method: 'get',
  path: '/proposals',
  summary: "Residents' proposals of every municipality (public)",
  description:
    'Public proposals of every municipality, newest first (best match first with `q`), each with its municipality. `country` and `county` (a county id from `/counties`) narrow it to a place; `state`, `topic` and `q` as for one municipality.',
  request: {
    query: ListQuery.extend(PlaceQuery.shape),
  },
  responses: {
    200: {
      description: 'One page of proposals',
      content: {
        'application/json': {
          schema: z.object({
            total: z.number().int(),
            items: z.array(
              Proposal.extend({ municipality: z.object({ id: z.string(), name: z.string() }) }),
            ),
          }),
        },
      },
    },
    400: problemResponse('A page, page size, state, topic or country out of range'),
  },
});

const pageRange = (q: { page: number; pageSize: number }) => ({
  offset: (q.page - 1) * q.pageSize,
  limit: q.pageSize,
});

/** What the lists' common parameters narrow to: public states only, whatever a token may see. */
function apiFilter(q: { state?: ProposalState | undefined; topic?: string; q?: string }) {
  const states = q.state ? publicStates.filter((s) => s === q.state) : publicStates;
  return { states, topic: q.topic, text: normaliseSearchText(q.q) || undefined };
}

/** The lists of proposals in /api/v1: one municipality's, and the network's. */
export function proposalListsApi() {
  const app = apiApp();
  app.openapi(listRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const q = c.req.valid('query');
    const list = await listProposals(
      c.get('ctx').db,
      {
        ...apiFilter(q),
        municipalityId: m.id,
        district: normaliseSearchText(q.district) || undefined,
      },
      pageRange(q),
    );
    return c.json({ total: list.total, items: list.items.map(shown) }, 200);
  });

  app.openapi(networkRoute, async (c) => {
    const q = c.req.valid('query');
    const list = await listProposals(
      c.get('ctx').db,
      { ...apiFilter(q), ...placeOf(q) },
      pageRange(q),
    );
    const items = list.items.map((p) => ({
      ...shown(p),
      municipality: { id: p.municipalityId, name: p.municipalityName },
    }));
    return c.json({ total: list.total, items }, 200);
  });
  return app;
}
