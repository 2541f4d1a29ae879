import { createRoute, z } from '@hono/zod-openapi';
import { toCalculusResponse } from '../../../engines/benefits/index.ts';
import { apiApp, PageQuery, pageSlice, problemResponse } from '../../../web/api.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { keptForVisitors } from '../../../web/visitor-pages.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { canSeeInitiative } from '../portfolio/portfolio.policy.ts';
import { getInitiative } from '../portfolio/portfolio.queries.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { benefitsCsv, measurementsCsv } from './benefits.csv.ts';
import {
  type BenefitOfMunicipality,
  benefitsOfMunicipality,
  measurementsOf,
} from './benefits.queries.ts';
import { calculusOf } from './calculus.ts';

const MunicipalityParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
});

const calculusRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/initiatives/{iid}/calculus',
  summary: 'The benefit calculus (nyttokalkyl) of an initiative',
  description:
    "Yearly costs and money-valued benefits over the horizon (the first to the last year with a cost or a planned benefit), in the municipality's currency, at its discount rate (default 0.04). Year t is discounted by (1 + r)^(t − t₀), t₀ the first year of the horizon; benefitCostRatio = PV(benefits) / PV(costs), null without costs; paybackYear = the first year in which the cumulative discounted net is ≥ 0, null if never. Visible as the initiative is: public initiatives to everyone, the rest to the municipality's staff, managers, politicians and admins.",
  request: {
    params: MunicipalityParam.extend({
      iid: z.string().openapi({ param: { name: 'iid', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The calculus',
      content: {
        'application/json': {
          schema: z.object({
            discountRate: z.number(),
            years: z.array(
              z.object({
                year: z.number().int(),
                cost: z.number(),
                benefit: z.number(),
                net: z.number(),
              }),
            ),
            npv: z.number(),
            benefitCostRatio: z.number().nullable(),
            paybackYear: z.number().int().nullable(),
          }),
        },
      },
    },
    404: problemResponse('No such municipality, or no such initiative visible to the caller'),
    422: problemResponse('The stored costs or benefits break a rule of the calculus'),
  },
});

const Dated = z.object({ value: z.number(), date: z.string() });
const Benefit = z
  .object({
    id: z.string(),
    initiative: z.object({ id: z.string(), title: z.string() }),
    description: z.string(),
    kind: z
      .string()
      .openapi({ description: 'financial | time | quality | environment | satisfaction' }),
    disbenefit: z.boolean(),
    recipient: z.string(),
    ownerName: z.string(),
    indicator: z.string(),
    unit: z.string(),
    direction: z.enum(['higher', 'lower']),
    baseline: Dated,
    target: Dated,
    moneyPerUnit: z.number().nullable(),
    confidence: z.string().openapi({ description: 'green | yellow | red' }),
    countsForGate: z.boolean(),
  })
  .openapi('Benefit');

const seenAs =
  "Only benefits of initiatives the caller may see: public initiatives for everyone, all for the municipality's staff, managers, politicians and admins.";

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/benefits',
  middleware: [keptForVisitors()] as const,
  summary: "The benefits of a municipality's initiatives",
  description: `${seenAs} By initiative title, then oldest first within an initiative; \`page\` and \`pageSize\` pick one page, \`total\` counts them all.`,
  request: { params: MunicipalityParam, query: PageQuery },
  responses: {
    200: {
      description: 'One page of benefits, and how many there are in all',
      content: {
        'application/json': {
          schema: z.object({ total: z.number().int(), items: z.array(Benefit) }),
        },
      },
    },
    400: problemResponse('The page or page size is out of range'),
    404: problemResponse('No such municipality'),
  },
});

const csvResponse = (description: string) => ({
  200: { description, content: { 'text/csv': { schema: z.string() } } },
  404: problemResponse('No such municipality'),
});

const benefitsCsvRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/benefits.csv',
  summary: "The benefits of a municipality's initiatives as CSV",
  description: `RFC 4180 CSV with a header row; cells that a spreadsheet would read as a formula start with a single quote. ${seenAs}`,
  request: { params: MunicipalityParam },
  responses: csvResponse('Benefits, one a row'),
});

const measurementsCsvRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/measurements.csv',
  summary: "The measurements of a municipality's benefits as CSV",
  description:
    "RFC 4180 CSV with a header row, formula-neutralised like benefits.csv. Only measurements of benefits of initiatives the caller may see; who recorded a measurement is given only to the municipality's own staff, managers, politicians and admins.",
  request: { params: MunicipalityParam },
  responses: csvResponse('Measurements, one a row'),
});

/** The benefits domain's part of /api/v1: the calculus, the benefits list and the CSV exports. */
export function benefitsApi() {
  const app = apiApp();
  const notFound = (c: Parameters<Parameters<typeof app.openapi>[1]>[0], detail: string) =>
    problem(c, { title: 'Not Found', status: 404, detail }) as never;

  app.openapi(calculusRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const { db } = c.get('ctx');
    const initiative = await getInitiative(db, m.id, uuidParam(c, 'iid'));
    if (!initiative || !canSeeInitiative(c.get('actor'), initiative)) {
      return notFound(c, 'No initiative with this id is visible here.');
    }
    const settings = await steeringSettingsOf(db, m, {});
    const outcome = await calculusOf(db, initiative.id, settings.discountRate);
    if (outcome.kind === 'invalid') {
      return problem(c, {
        title: 'Unprocessable Content',
        status: 422,
        detail: `The stored data breaks a rule of the calculus: ${outcome.fields.join(', ')}`,
      }) as never;
    }
    const body =
      outcome.kind === 'ok'
        ? toCalculusResponse(outcome.calculus)
        : {
            discountRate: settings.discountRate,
            years: [],
            npv: 0,
            benefitCostRatio: null,
            paybackYear: null,
          };
    return c.json(body, 200);
  });

  const visibleBenefits = async (
    c: Parameters<Parameters<typeof app.openapi>[1]>[0],
    id: string,
  ) => {
    const m = await apiMunicipality(c, id);
    const actor = c.get('actor');
    const rows = await benefitsOfMunicipality(c.get('ctx').db, m.id);
    return { m, rows: rows.filter((r) => canSeeInitiative(actor, r.scope)) };
  };
  const csv = (c: Parameters<Parameters<typeof app.openapi>[1]>[0], name: string, body: string) =>
    c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    }) as never;

  app.openapi(listRoute, async (c) => {
    const found = await visibleBenefits(c, c.req.valid('param').id);
    const { total, items } = pageSlice(found.rows, c.req.valid('query'));
    return c.json({ total, items: items.map(benefitItem) }, 200);
  });

  app.openapi(benefitsCsvRoute, async (c) => {
    const found = await visibleBenefits(c, c.req.valid('param').id);
    return csv(c, `benefits-${found.m.id}.csv`, benefitsCsv(found.rows));
  });

  app.openapi(measurementsCsvRoute, async (c) => {
    const found = await visibleBenefits(c, c.req.valid('param').id);
    const measurements = await measurementsOf(
      c.get('ctx').db,
      found.rows.map((r) => r.benefit.id),
    );
    const withWho = canSeeInternal(c.get('actor'), found.m.id);
    return csv(
      c,
      `measurements-${found.m.id}.csv`,
      measurementsCsv(found.rows, measurements, withWho),
    );
  });
  return app;
}

function benefitItem({ benefit: b, initiativeTitle }: BenefitOfMunicipality) {
  return {
    id: b.id,
    initiative: { id: b.initiativeId, title: initiativeTitle },
    description: b.description,
    kind: b.kind,
    disbenefit: b.isDisbenefit,
    recipient: b.recipient,
    ownerName: b.ownerName,
    indicator: b.indicator,
    unit: b.unit,
    direction: b.direction === 'lower' ? ('lower' as const) : ('higher' as const),
    baseline: { value: b.baselineValue, date: b.baselineDate },
    target: { value: b.targetValue, date: b.targetDate },
    moneyPerUnit: b.moneyPerUnit,
    confidence: b.confidence,
    countsForGate: b.countsForGate,
  };
}
