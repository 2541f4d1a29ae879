import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, problemResponse } from '../../../web/api.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { phases } from '../dialogues/phase.ts';
import { loadResults, loadSurvey } from './survey.load.ts';
import { questionKinds } from './surveys.policy.ts';

const Params = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
  mid: z.string().openapi({ param: { name: 'mid', in: 'path' }, description: 'The matter' }),
});

const Question = z.object({
  id: z.string(),
  page: z.number().int(),
  kind: z.enum(questionKinds),
  prompt: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
});

const Result = z.object({
  questionId: z.string(),
  answered: z.number().int().nullable().openapi({
    description: 'How many answered a choice or scale question; null for a written one',
  }),
  choices: z.array(
    z.object({ label: z.string(), count: z.number().int(), percent: z.number().int() }),
  ),
  texts: z.array(z.string()),
});

const surveyRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/matters/{mid}/survey',
  summary: "A matter's survey and its published results (public)",
  description:
    'The published survey of the matter’s dialogue: its questions in the order residents meet them (by `page`, then as listed) and its results. For a choice or scale question (`single`, `multiple`, `scale`), each choice (the scale’s points 1–5) with its count and percent of those who answered the question, rounded to a whole; a multiple choice question’s percents may add up to more than 100. For a written question (`short`, `long`), the answers staff have published; the others are not shown. Nothing says who answered what.',
  request: { params: Params },
  responses: {
    200: {
      description: 'The survey',
      content: {
        'application/json': {
          schema: z.object({
            title: z.string(),
            intro: z.string(),
            anonymous: z.boolean(),
            phase: z.enum(phases),
            responses: z.number().int(),
            questions: z.array(Question),
            results: z.array(Result),
          }),
        },
      },
    },
    404: problemResponse('No such municipality or matter, or no published survey'),
  },
});

/** The surveys domain's part of /api/v1: a matter's published survey and its results. */
export function surveysApi() {
  const app = apiApp();
  app.openapi(surveyRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const { db, now } = c.get('ctx');
    const loaded = await loadSurvey(db, m.id, uuidParam(c, 'mid'), now());
    const survey = loaded?.survey?.publishedAt ? loaded.survey : null;
    if (!loaded || !survey) {
      return problem(c, {
        title: 'Not Found',
        status: 404,
        detail: 'No such matter here, or its dialogue has no published survey.',
      }) as never;
    }
    const results = await loadResults(db, survey.id, loaded.questions);
    return c.json(
      {
        title: survey.title,
        intro: survey.intro,
        anonymous: survey.anonymous,
        phase: loaded.phase,
        responses: results.responses,
        questions: loaded.questions.map((q) => ({
          id: q.id,
          page: q.page,
          kind: q.kind,
          prompt: q.prompt,
          required: q.required,
          options: q.options,
        })),
        results: loaded.questions.map((q) => {
          const tally = results.tallies.get(q.id);
          return {
            questionId: q.id,
            answered: tally?.answered ?? null,
            choices: tally?.rows ?? [],
            texts: results.texts.get(q.id) ?? [],
          };
        }),
      },
      200,
    );
  });
  return app;
}
