import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, problemResponse } from '../../../web/api.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { coauthorsOf } from './coauthors.queries.ts';
import { type SupportFailure, supportProposal } from './commands/support-proposal.ts';
import { maySee } from './proposal.load.ts';
import { Proposal, shown } from './proposal-json.ts';
import { proposalListsApi } from './proposal-lists.api.ts';
import { getProposal, initiativeOfProposal } from './proposals.queries.ts';

const Params = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'NO-3203' }),
});
const ProposalParams = Params.extend({
  pid: z.string().openapi({ param: { name: 'pid', in: 'path' }, description: 'The proposal' }),
});

/** A proposal with what its answer led to: the initiative it became, while that stays public. */
const ProposalDetail = Proposal.extend({
  coauthors: z.array(z.string()).openapi({
    description:
      'The names of those who stand behind the proposal with its author, as its page shows them.',
  }),
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

/** Residents' proposals in /api/v1: read by anyone, supported with a token. */
export function proposalsApi() {
  const app = apiApp();
  app.route('/', proposalListsApi());
  app.openapi(detailRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const p = await getProposal(c.get('ctx').db, m.id, uuidParam(c, 'pid'));
    // The API shows only what is public: a token's own drafts stay on the pages.
    if (!p || !maySee({ kind: 'anonymous' }, p)) {
      const { status, title, detail } = refusals.notFound;
      return problem(c, { title, status, detail }) as never;
    }
    const { db } = c.get('ctx');
    const initiative = p.initiativeId ? await initiativeOfProposal(db, p.initiativeId) : undefined;
    const { accepted } = await coauthorsOf(db, p.id);
    return c.json(
      {
        ...shown(p),
        coauthors: accepted.map((a) => a.name),
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
