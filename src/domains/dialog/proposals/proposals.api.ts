import { createRoute, z } from '@hono/zod-openapi';
import {
  type ProposalState,
  proposalStates,
  publicStates,
} from '../../../engines/proposal-rules/index.ts';
import { apiApp, PageQuery, problemResponse } from '../../../web/api.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { type SupportFailure, supportProposal } from './commands/support-proposal.ts';
import { maySee } from './proposal.load.ts';
import { listProposals } from './proposal-lists.queries.ts';
import { proposalTopics } from './proposals.policy.ts';
import { getProposal, initiativeOfProposal, type ProposalRow } from './proposals.queries.ts';

const Params = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'NO-3203' }),
});
const ProposalParams = Params.extend({
  pid: z.string().openapi({ param: { name: 'pid', in: 'path' }, description: 'The proposal' }),
});

const Proposal = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  topic: z.string(),
  district: z.string(),
  state: z.enum(proposalStates),
  threshold: z.number().int().nullable(),
  support: z.object({
    verified: z.number().int(),
    unverified: z.number().int(),
    paper: z.number().int(),
    total: z.number().int(),
  }),
  expiresAt: z.string().nullable(),
  thresholdReachedAt: z.string().nullable(),
  receivedByBodyAt: z.string().nullable(),
  bodyDeadline: z.string().nullable(),
  answer: z
    .object({
      verdict: z.enum(['accepted', 'partly', 'rejected']),
      reason: z.string(),
      decision: z.string(),
      answeredAt: z.string(),
    })
    .nullable(),
  createdAt: z.string(),
});

/** A proposal with what its answer led to: the initiative it became, while that stays public. */
const ProposalDetail = Proposal.extend({
  initiative: z
    .object({
      id: z.string(),
      title: z.string(),
      stage: z.string(),
      moves: z.array(
        z.object({
          from: z.string(),
          to: z.string(),
          reason: z.string(),
          at: z.string(),
          decisionId: z.string().nullable(),
        }),
      ),
    })
    .nullable()
    .openapi({
      description:
        'The initiative an accepted or partly accepted proposal became in the portfolio, with its moves from stage to stage (a move a body decided names the decision); null before that, or while staff keep the initiative non-public.',
    }),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

function shown(p: ProposalRow): z.infer<typeof Proposal> {
  return {
    id: p.id,
    title: p.title,
    body: p.body,
    topic: p.topic,
    district: p.district,
    state: p.state,
    threshold: p.threshold,
    support: {
      verified: p.supportVerified,
      unverified: p.supportUnverified,
      paper: p.supportPaper,
      total: p.supportTotal,
    },
    expiresAt: iso(p.expiresAt),
    thresholdReachedAt: iso(p.thresholdReachedAt),
    receivedByBodyAt: iso(p.receivedByBodyAt),
    bodyDeadline: iso(p.bodyDeadline),
    answer:
      p.answer && p.answeredAt
        ? {
            verdict: p.answer as 'accepted',
            reason: p.answerReason ?? '',
            decision: p.answerDecision ?? '',
            answeredAt: p.answeredAt.toISOString(),
          }
        : null,
    createdAt: p.createdAt.toISOString(),
  };
}

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
    query: ListQuery.extend({
      country: z
        .enum(['SE', 'NO'])
        .optional()
        .openapi({ param: { name: 'country', in: 'query' } }),
      county: z
        .string()
        .max(10)
        .optional()
        .openapi({ param: { name: 'county', in: 'query' }, example: 'SE-01' }),
    }),
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

const detailRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/proposals/{pid}',
  summary: 'A residents’ proposal with its support and answer (public once accepted)',
  request: { params: ProposalParams },
  responses: {
    200: {
      description: 'The proposal',
      content: { 'application/json': { schema: ProposalDetail } },
    },
    404: problemResponse('No such proposal here, or not public'),
  },
});

const supportRoute = createRoute({
  method: 'post',
  path: '/municipalities/{id}/proposals/{pid}/support',
  summary: 'Support a proposal (token)',
  description:
    'One support per person and proposal, whether given here or on the page; `verified` is true when the account is known through the municipality’s e-ID. A second support is refused (409). The municipality’s rule may count e-ID supporters only (403 for others) and ask supporters to declare that they live there (`declaresResidence`; 422 without it). `tellMe` asks for mail when the proposal is answered and as its initiative moves on, until the supporters’ names are deleted the rule’s days after the answer.',
  security: [{ bearerAuth: [] }],
  request: {
    params: ProposalParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z.object({
            tellMe: z.boolean().optional().openapi({
              description:
                'Mail me when the proposal is answered and as what it became moves on, until supporters’ names are deleted after the answer (default false).',
            }),
            declaresResidence: z.boolean().optional().openapi({
              description:
                'I live in the municipality (the county, for a fylke); required when its rule asks for it (default false).',
            }),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The support',
      content: { 'application/json': { schema: z.object({ verified: z.boolean() }) } },
    },
    401: problemResponse('No token: supporting needs a token'),
    403: problemResponse('The rule counts supporters known through e-ID only'),
    404: problemResponse('No such proposal here, or not public'),
    409: problemResponse('Already supported, or the proposal does not take support now'),
    422: problemResponse('The rule asks supporters to declare that they live here'),
  },
});

const refusals: Record<
  SupportFailure,
  { status: 401 | 403 | 404 | 409 | 422; title: string; detail: string }
> = {
  signIn: { status: 401, title: 'Unauthorized', detail: 'Supporting needs a token.' },
  notFound: { status: 404, title: 'Not Found', detail: 'No such proposal here.' },
  closed: { status: 409, title: 'Conflict', detail: 'The proposal does not take support now.' },
  already: {
    status: 409,
    title: 'Conflict',
    detail: 'This account already supports the proposal.',
  },
  eidRequired: {
    status: 403,
    title: 'Forbidden',
    detail: 'The municipality counts the support of people known through its e-ID only.',
  },
  residenceUndeclared: {
    status: 422,
    title: 'Unprocessable Content',
    detail: 'The municipality asks supporters to declare that they live there (declaresResidence).',
  },
};

const pageRange = (q: { page: number; pageSize: number }) => ({
  offset: (q.page - 1) * q.pageSize,
  limit: q.pageSize,
});

/** What the lists' common parameters narrow to: public states only, whatever a token may see. */
function apiFilter(q: { state?: ProposalState | undefined; topic?: string; q?: string }) {
  const states = q.state ? publicStates.filter((s) => s === q.state) : publicStates;
  return { states, topic: q.topic, text: normaliseSearchText(q.q) || undefined };
}

/** Residents' proposals in /api/v1: read by anyone, supported with a token. */
export function proposalsApi() {
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
      { ...apiFilter(q), country: q.country, countyId: q.county || undefined },
      pageRange(q),
    );
    const items = list.items.map((p) => ({
      ...shown(p),
      municipality: { id: p.municipalityId, name: p.municipalityName },
    }));
    return c.json({ total: list.total, items }, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const p = await getProposal(c.get('ctx').db, m.id, uuidParam(c, 'pid'));
    // The API shows only what is public: a token's own drafts stay on the pages.
    if (!p || !maySee({ kind: 'anonymous' }, p)) {
      const { status, title, detail } = refusals.notFound;
      return problem(c, { title, status, detail }) as never;
    }
    const initiative = p.initiativeId
      ? await initiativeOfProposal(c.get('ctx').db, p.initiativeId)
      : undefined;
    return c.json(
      {
        ...shown(p),
        initiative: initiative
          ? {
              id: initiative.id,
              title: initiative.title,
              stage: initiative.stage,
              moves: initiative.moves.map((m) => ({
                from: m.fromStage,
                to: m.toStage,
                reason: m.reason,
                at: m.at.toISOString(),
                decisionId: m.decision?.id ?? null,
              })),
            }
          : null,
      },
      200,
    );
  });

  app.openapi(supportRoute, async (c) => {
    // A support changes its proposal's counts only, which are announced as activity.
    c.set('cachedDataTouched', 'activity');
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const where = { municipality: m, proposalId: uuidParam(c, 'pid') };
    const body = c.req.valid('json');
    const result = await supportProposal(c.get('ctx'), c.get('actor'), where, {
      tellMe: body?.tellMe ?? false,
      declaresResidence: body?.declaresResidence ?? false,
    });
    if (!result.ok) {
      const { status, title, detail } = refusals[result.reason];
      return problem(c, { title, status, detail }) as never;
    }
    return c.json(result.value, 201);
  });
  return app;
}
