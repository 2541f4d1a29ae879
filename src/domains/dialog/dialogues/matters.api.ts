import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { PageQuery, pageSlice, problemResponse, text } from '../../../web/api.ts';
import type { AppEnv } from '../../../web/env.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { activityModelsOf } from '../../../web/read-model.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { castVote, proposeStatement, type TakePartFailure } from './commands/take-part.ts';
import { MAX_STATEMENT_LENGTH } from './dialogues.inputs.ts';
import { loadMatterPage, loadMatters } from './matter.load.ts';
import { phases } from './phase.ts';

const Params = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
});
const MatterParams = Params.extend({
  mid: z.string().openapi({ param: { name: 'mid', in: 'path' }, description: 'The matter' }),
});

const Matter = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.object({ id: z.string(), name: z.string() }),
  plannedDecisionOn: z.string().openapi({ example: '2027-02-12' }),
  phase: z.enum(phases),
  opensAt: z.string(),
  closesAt: z.string(),
  decisionId: z.string().nullable(),
});

const Counts = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  pass: z.number().int(),
});

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/matters',
  summary: "A municipality's matters before decision and where each dialogue is (public)",
  description:
    '`phase`: planned (not open yet), open, closed (being analysed) or decided. The next decision first. `page` and `pageSize` pick one page; `total` counts them all.',
  request: { params: Params, query: PageQuery },
  responses: {
    200: {
      description: 'One page of matters',
      content: {
        'application/json': {
          schema: z.object({ total: z.number().int(), items: z.array(Matter) }),
        },
      },
    },
    400: problemResponse('A page or page size out of range'),
    404: problemResponse('No such municipality'),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/matters/{mid}',
  summary: 'A matter, its dialogue, its statements with their votes, and the opinion map (public)',
  description:
    'Statements as shown (accepted), each with the current votes (a participant’s latest). `map` is the opinion map as last computed (null before the first votes): groups with their size and representative statements, and the statements that unite, divide and were passed on, all by statement number.',
  request: { params: MatterParams },
  responses: {
    200: {
      description: 'The matter',
      content: {
        'application/json': {
          schema: Matter.extend({
            question: z.string(),
            participation: z.string(),
            participants: z.number().int(),
            statements: z.array(
              z.object({
                id: z.string(),
                number: z.number().int(),
                text: z.string(),
                meta: z.boolean(),
                votes: Counts,
              }),
            ),
            map: z
              .object({
                computedAt: z.string().nullable(),
                participants: z.number().int(),
                groups: z.array(
                  z.object({
                    id: z.number().int(),
                    members: z.number().int(),
                    representative: z.array(
                      z.object({
                        statement: z.number().int(),
                        direction: z.enum(['agree', 'disagree']),
                        share: z.number(),
                      }),
                    ),
                  }),
                ),
                uniting: z.array(z.number().int()),
                divisive: z.array(z.number().int()),
                passedOn: z.array(z.number().int()),
                statements: z.array(z.object({ number: z.number().int(), votes: Counts })).openapi({
                  description: 'Each statement’s current votes as the map counted them',
                }),
              })
              .nullable(),
          }),
        },
      },
    },
    404: problemResponse('No such municipality or matter here'),
  },
});

const writeResponses = {
  401: problemResponse('No token: writing needs a token'),
  403: problemResponse('The dialogue asks for e-ID, which this account has not used here'),
  404: problemResponse('No such municipality, matter or statement here'),
  409: problemResponse('The dialogue is not open: not yet, closed, or decided'),
} as const;

const voteRoute = createRoute({
  method: 'post',
  path: '/municipalities/{id}/matters/{mid}/votes',
  summary: 'Vote on a statement (token)',
  description:
    'Agree, disagree or pass on a statement of an open dialogue, as the token’s account. A vote equal to the current one records nothing (`recorded: false`); another supersedes it.',
  security: [{ bearerAuth: [] }],
  request: {
    params: MatterParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({ statementId: z.uuid(), vote: z.enum(['agree', 'disagree', 'pass']) }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The vote',
      content: { 'application/json': { schema: z.object({ recorded: z.boolean() }) } },
    },
    400: problemResponse('Not a vote'),
    ...writeResponses,
  },
});

const statementRoute = createRoute({
  method: 'post',
  path: '/municipalities/{id}/matters/{mid}/statements',
  summary: 'Add a statement to a dialogue (token)',
  description: `A statement of at most ${MAX_STATEMENT_LENGTH} characters; \`shown\` is false when the dialogue has a moderator read new statements first. The same text (case and spaces aside) as one already there is refused (400).`,
  security: [{ bearerAuth: [] }],
  request: {
    params: MatterParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({ text: text.pipe(z.string().trim().min(1).max(MAX_STATEMENT_LENGTH)) }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The statement',
      content: {
        'application/json': { schema: z.object({ id: z.string(), shown: z.boolean() }) },
      },
    },
    400: problemResponse('Empty, too long, or already there'),
    ...writeResponses,
  },
});

const refusal: Record<TakePartFailure, { status: 400 | 403 | 404 | 409; detail: string }> = {
  notFound: { status: 404, detail: 'No such matter or statement in this municipality.' },
  planned: { status: 409, detail: 'The dialogue has not opened yet.' },
  closed: { status: 409, detail: 'The dialogue has closed.' },
  decided: { status: 409, detail: 'The matter has been decided: the dialogue is closed.' },
  feedback: { status: 409, detail: 'The matter has been decided: the dialogue is closed.' },
  signIn: { status: 403, detail: 'This dialogue is for signed-in residents.' },
  eid: { status: 403, detail: 'This dialogue is for residents signed in with e-ID.' },
  invalid: { status: 400, detail: 'The same statement is already in the dialogue.' },
};

const titles = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
};

/** Matters and their dialogues in /api/v1: read by anyone, votes and statements with a token. */
export function addMatterRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const rows = await loadMatters(c.get('ctx').db, m.id, c.get('ctx').now());
    const items = rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      body: { id: r.bodyId, name: r.bodyName },
      plannedDecisionOn: r.plannedDecisionOn,
      phase: r.phase,
      opensAt: r.opensAt.toISOString(),
      closesAt: (r.closedAt ?? r.closesAt).toISOString(),
      decisionId: r.decisionId,
    }));
    return c.json(pageSlice(items, c.req.valid('query')), 200);
  });

  app.openapi(detailRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const { db, now } = c.get('ctx');
    const data = await loadMatterPage(
      db,
      activityModelsOf(c),
      m.id,
      uuidParam(c, 'mid'),
      undefined,
      now(),
    );
    if (!data) {
      return problem(c, {
        title: 'Not Found',
        status: 404,
        detail: 'No such matter here.',
      }) as never;
    }
    const { matter, dialogue, map } = data;
    return c.json(
      {
        id: matter.id,
        title: matter.title,
        summary: matter.summary,
        body: { id: matter.bodyId, name: data.body?.name ?? '' },
        plannedDecisionOn: matter.plannedDecisionOn,
        phase: data.phase,
        opensAt: dialogue.opensAt.toISOString(),
        closesAt: (dialogue.closedAt ?? dialogue.closesAt).toISOString(),
        decisionId: matter.decisionId,
        question: dialogue.question,
        participation: dialogue.participation,
        participants: data.participants,
        statements: data.statements.map((s) => ({
          id: s.id,
          number: s.number,
          text: s.text,
          meta: s.isMeta,
          votes: { agree: s.agree, disagree: s.disagree, pass: s.pass },
        })),
        map: map
          ? {
              computedAt: data.mapComputedAt?.toISOString() ?? null,
              participants: map.participants,
              groups: map.groups,
              uniting: map.uniting,
              divisive: map.divisive,
              passedOn: map.passedOn,
              statements: map.statements.map((st) => ({ number: st.number, votes: st.counts })),
            }
          : null,
      },
      200,
    );
  });

  app.openapi(voteRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const actor = c.get('actor');
    if (actor.kind !== 'user') return unauthorized(c);
    const result = await castVote(
      c.get('ctx'),
      { kind: 'user', userId: actor.userId },
      where,
      c.req.valid('json'),
    );
    if (!result.ok) return refused(c, result.reason);
    return c.json(result.value, 201);
  });

  app.openapi(statementRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const actor = c.get('actor');
    if (actor.kind !== 'user') return unauthorized(c);
    const result = await proposeStatement(
      c.get('ctx'),
      { kind: 'user', userId: actor.userId },
      actor,
      where,
      { text: c.req.valid('json').text, meta: false },
    );
    if (!result.ok) return refused(c, result.reason);
    return c.json(result.value, 201);
  });
}

type ProblemContext = Parameters<typeof problem>[0];

function unauthorized(c: ProblemContext) {
  return problem(c, { title: titles[401], status: 401, detail: 'Writing needs a token.' }) as never;
}

function refused(c: ProblemContext, reason: TakePartFailure) {
  const { status, detail } = refusal[reason];
  return problem(c, { title: titles[status], status, detail }) as never;
}
