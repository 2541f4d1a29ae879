import { createRoute, z } from '@hono/zod-openapi';
import { dayIn, municipalityTimeZone } from '../../../vocabulary/dates.ts';
import { apiApp, problemResponse } from '../../../web/api.ts';
import { apiAuthorizedMunicipality } from '../../tenancy/municipality-param.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { loadDashboard } from './dashboard.ts';

// null is missing (no cost entered, nothing planned, nothing measured by today), never 0.
const Year = z.object({
  year: z.number().int(),
  investment: z.number().nullable(),
  running: z.number().nullable(),
  cost: z.number().nullable(),
  plannedMoney: z.number().nullable(),
  realisedMoney: z.number().nullable(),
  plannedHours: z.number().nullable(),
  realisedHours: z.number().nullable(),
});

const dashboardRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/dashboard',
  summary: "The leadership dashboard's numbers (staff, managers, politicians, admins)",
  description:
    'Goals by status (goals engine), initiatives by stage and department, and per year (every year from the first to the last) the costs and the planned and realised benefits in money (value × money per unit) and in hours (freed-time benefits). A value is null where it is missing: no cost entered, nothing planned, or nothing measured that year; realised values count measurements up to today only. Stopped initiatives are left out of costs and planned benefits. Amounts in `currency`.',
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
    }),
  },
  responses: {
    200: {
      description: 'The dashboard',
      content: {
        'application/json': {
          schema: z.object({
            currency: z.string(),
            discountRate: z.number(),
            initiativeCount: z.number().int(),
            goalCounts: z.record(z.string(), z.number().int()),
            goals: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
            stageTotals: z.record(z.string(), z.number().int()),
            departments: z.array(
              z.object({ id: z.string(), name: z.string(), perStage: z.array(z.number().int()) }),
            ),
            years: z.array(Year),
            keyFigures: z.object({
              throughYear: z.number().int(),
              plannedToDate: z.number().nullable(),
              realisedToDate: z.number().nullable(),
              totalCost: z.number().nullable(),
            }),
            calculus: z
              .object({
                npv: z.number(),
                benefitCostRatio: z.number().nullable(),
                paybackYear: z.number().int().nullable(),
              })
              .nullable(),
          }),
        },
      },
    },
    401: problemResponse('Not authenticated'),
    403: problemResponse('No role in this municipality that may see steering data'),
    404: problemResponse('No such municipality'),
  },
});

/** The dashboards domain's part of /api/v1. */
export function dashboardsApi() {
  const app = apiApp();
  app.openapi(dashboardRoute, async (c) => {
    const m = await apiAuthorizedMunicipality(c, canSeeSteering);
    const { db, now } = c.get('ctx');
    const settings = await steeringSettingsOf(db, m, {});
    const today = dayIn(now(), municipalityTimeZone(m.id));
    const data = await loadDashboard(db, { municipalityId: m.id }, settings.discountRate, today);
    return c.json(
      { currency: settings.currency, discountRate: settings.discountRate, ...data },
      200,
    );
  });
  return app;
}
