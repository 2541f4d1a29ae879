import { createRoute, z } from '@hono/zod-openapi';
import { CRITERIA, reasonKey, toSelectResponse } from '../../../engines/prioritisation/index.ts';
import { apiApp, problemResponse } from '../../../web/api.ts';
import { problem } from '../../../web/problem.ts';
import { apiAuthorizedMunicipality, apiMunicipality } from '../../tenancy/municipality-param.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { allReasons, selectFor } from './commands/select.ts';
import { MAX_AMOUNT, MAX_WEIGHT, MAX_YEAR, MIN_YEAR } from './prioritisation.inputs.ts';
import { DEFAULT_WEIGHTS } from './problem.ts';

const weight = z.number().min(0).max(MAX_WEIGHT);
const Weights = z
  .strictObject(
    Object.fromEntries(CRITERIA.map((c) => [c, weight.optional()])) as Record<
      (typeof CRITERIA)[number],
      z.ZodOptional<typeof weight>
    >,
  )
  .refine((w) => CRITERIA.some((c) => (w[c] ?? 0) > 0), 'the weights must not all be zero')
  .openapi({
    description: `Weight per criterion (${CRITERIA.join(', ')}); any non-negative scale, normalised to sum 1; missing criteria weigh 0. Omit to use the municipality's settings.`,
    example: {
      goalContribution: 3,
      benefitCost: 3,
      urgency: 2,
      feasibility: 2,
      risk: 1,
      reusePotential: 1,
    },
  });

const SelectBody = z.strictObject({
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).openapi({ example: 2027 }),
  budget: z.number().positive().max(MAX_AMOUNT).openapi({ example: 12_000_000 }),
  weights: Weights.optional(),
  departmentMinimums: z
    .array(
      z.strictObject({
        department: z.uuid(),
        minCount: z.number().int().min(0).optional(),
        minSpend: z.number().min(0).max(MAX_AMOUNT).optional(),
      }),
    )
    .max(200)
    .optional(),
});

const SelectResponse = z
  .object({
    selected: z.array(z.string()),
    objective: z.number().openapi({ description: "Sum of the selected candidates' scores" }),
    totalCost: z.number(),
    reasons: z.record(z.string(), z.string()).openapi({
      description:
        'Per initiative: chosen, out:budget, out:needs:<id>, out:failedRequirement:<requirements>, out:lowerScore:<id>, out:noScore',
    }),
    candidates: z.array(
      z.object({
        id: z.string(),
        score: z.number().openapi({ description: 'Weighted score, 0–100' }),
        cost: z.number().openapi({ description: 'Investment + running cost in the budget year' }),
        dependsOn: z.array(z.string()),
        mandatory: z.boolean(),
      }),
    ),
  })
  .openapi('PortfolioSelection');

const selectRoute = createRoute({
  method: 'post',
  path: '/municipalities/{id}/portfolio/select',
  summary: 'Choose the portfolio for a budget year exactly (does not save a scenario)',
  description:
    'Candidates are the initiatives in the stages assessed, prioritised and pilot that meet every must-requirement. The portfolio maximises the sum of scores within the budget (HiGHS mixed-integer programme), with mandatory initiatives, dependencies and optional department minimums. Needs a Bearer token or a session (with CSRF token) of someone who may see steering data.',
  security: [{ bearerAuth: [] }],
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
    }),
    body: { required: true, content: { 'application/json': { schema: SelectBody } } },
  },
  responses: {
    200: {
      description: 'The chosen portfolio',
      content: { 'application/json': { schema: SelectResponse } },
    },
    400: problemResponse('Invalid input, or a problem the engine refuses (named in `errors`)'),
    401: problemResponse('Not authenticated'),
    403: problemResponse('May not see steering data of this municipality'),
    404: problemResponse('No such municipality'),
  },
});

/** The prioritisation domain's part of /api/v1. */
export function prioritisationApi() {
  const app = apiApp();
  // Authorise before the body is validated: strangers learn nothing, not even what is valid.
  // Authorisation before validation: a stranger learns nothing from the body's errors.
  app.use('/municipalities/:id/portfolio/select', async (c, next) => {
    await apiAuthorizedMunicipality(c, canSeeSteering);
    await next();
  });
  app.openapi(selectRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const body = c.req.valid('json');
    const db = c.get('ctx').db;
    const weights = body.weights ?? (await steeringSettingsOf(db, m, DEFAULT_WEIGHTS)).weights;
    const r = await selectFor(db, m, {
      year: body.year,
      budget: body.budget,
      weights,
      departmentMinimums: body.departmentMinimums ?? [],
    });
    if (!r.ok) {
      const field = r.reason.includes('Weights')
        ? 'weights'
        : r.reason === 'invalidBudget'
          ? 'budget'
          : r.reason.includes('epartment')
            ? 'departmentMinimums'
            : 'initiatives';
      return problem(c, {
        title: 'Bad Request',
        status: 400,
        detail: `The portfolio cannot be chosen: ${r.reason}.`,
        errors: [{ field, message: `${r.reason}${r.ids.length ? `: ${r.ids.join(', ')}` : ''}` }],
      }) as never;
    }
    const response = toSelectResponse(r.value.selection);
    // Initiatives left out before solving need one that is not a candidate: say so too.
    const reasons: Record<string, string> = {};
    for (const [id, reason] of Object.entries(allReasons(r.value))) reasons[id] = reasonKey(reason);
    return c.json({ ...response, reasons }, 200);
  });
  return app;
}
