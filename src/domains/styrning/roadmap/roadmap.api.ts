import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, PageQuery, pageSlice, problemResponse } from '../../../web/api.ts';
import { translator } from '../../../web/i18n/index.ts';
import { problem } from '../../../web/problem.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { keptForVisitors } from '../../../web/visitor-pages.ts';
import { apiAuthorizedMunicipality, apiMunicipality } from '../../tenancy/municipality-param.ts';
import { ALL_STAGES } from '../steering/stages.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { roadmapFor } from './roadmap-for.ts';
import { addSystemsList } from './systems.api.ts';
import { keptSystemsMap } from './systems.load.ts';

const MunicipalityParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
});
const Ref = z.object({ id: z.string(), name: z.string() });

const roadmapRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/roadmap',
  middleware: [keptForVisitors()] as const,
  summary: 'Initiatives over time per department and stage (public ones without authentication)',
  description:
    'Visitors and residents get the public initiatives; staff, managers, politicians and admins all. `goal` keeps the initiatives contributing to that goal or a goal under it; `stage` one stage; `department` one department; `from` and `to` (years) those under way at some time in the period, leaving out initiatives without dates. `page` and `pageSize` pick one page, `total` counts them all. Dates are YYYY-MM-DD or null.',
  request: {
    params: MunicipalityParam,
    query: z
      .object({
        goal: z
          .string()
          .max(100)
          .optional()
          .openapi({ description: 'A goal id of this municipality' }),
        stage: z
          .string()
          .max(100)
          .optional()
          .openapi({ description: ALL_STAGES.join(' | ') }),
        department: z
          .string()
          .max(100)
          .optional()
          .openapi({ description: 'A department id of this municipality' }),
        from: z.string().max(100).optional().openapi({ description: 'First year of the period' }),
        to: z.string().max(100).optional().openapi({ description: 'Last year of the period' }),
      })
      .extend(PageQuery.shape),
  },
  responses: {
    200: {
      description: 'One page of the roadmap, and how many initiatives it has in all',
      content: {
        'application/json': {
          schema: z.object({
            total: z.number().int(),
            items: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                stage: z.string(),
                public: z.boolean(),
                department: Ref,
                startsOn: z.string().nullable(),
                endsOn: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    400: problemResponse(
      'Unknown goal, stage or department, or a period that is not two years in order',
    ),
    404: problemResponse('No such municipality'),
  },
});

const systemsMapRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/systems-map',
  summary:
    'Capabilities, systems, which departments use them, overlaps and silo signals (staff and up)',
  description:
    'An overlap is a capability touched (through the systems they touch) by initiatives, not stopped, of two or more departments. A silo is a capability with two or more systems in use by two or more departments.',
  security: [{ bearerAuth: [] }],
  request: { params: MunicipalityParam },
  responses: {
    200: {
      description: 'The systems map',
      content: {
        'application/json': {
          schema: z.object({
            capabilities: z.array(Ref),
            systems: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                vendor: z.string(),
                capabilityId: z.string().nullable(),
              }),
            ),
            usage: z.array(z.object({ departmentId: z.string(), systemId: z.string() })),
            overlaps: z.array(
              z.object({
                capability: Ref,
                departments: z.array(Ref),
                initiatives: z.array(
                  z.object({ id: z.string(), title: z.string(), department: Ref }),
                ),
              }),
            ),
            silos: z.array(
              z.object({
                capability: Ref,
                systems: z.array(
                  z.object({ id: z.string(), name: z.string(), departments: z.array(Ref) }),
                ),
              }),
            ),
          }),
        },
      },
    },
    401: problemResponse('Not authenticated'),
    403: problemResponse('Not staff, manager, politician or admin of this municipality'),
    404: problemResponse('No such municipality'),
  },
});

const en = translator('en');

/**
 * The roadmap domain's part of /api/v1: the roadmap (public), the systems map and the systems list
 * (internal).
 */
export function roadmapApi() {
  const app = apiApp();
  app.openapi(roadmapRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const q = c.req.valid('query');
    const { result } = await roadmapFor(c, m, {
      goal: q.goal?.trim() ?? '',
      stage: q.stage?.trim() ?? '',
      department: q.department?.trim() ?? '',
      from: q.from?.trim() ?? '',
      to: q.to?.trim() ?? '',
    });
    if (!result.ok) {
      const errors = Object.entries(result.fields ?? {}).map(([field, key]) => ({
        field,
        message: en(key as 'roadmap.error.goal'),
      }));
      return problem(c, {
        title: 'Bad Request',
        status: 400,
        detail: 'The filter is not valid.',
        errors,
      }) as never;
    }
    const { total, items } = pageSlice(result.value.items, q);
    return c.json(
      {
        total,
        items: items.map((i) => ({
          id: i.id,
          title: i.title,
          stage: i.stage,
          public: i.isPublic,
          department: i.department,
          startsOn: i.startsOn,
          endsOn: i.endsOn,
        })),
      },
      200,
    );
  });

  app.openapi(systemsMapRoute, async (c) => {
    const m = await apiAuthorizedMunicipality(c, canSeeSteering);
    const data = await keptSystemsMap(readModelsOf(c), m.id);
    return c.json(
      {
        capabilities: data.capabilities.map((x) => ({ id: x.id, name: x.name })),
        systems: data.systems.map((s) => ({
          id: s.id,
          name: s.name,
          vendor: s.vendor,
          capabilityId: s.capabilityId,
        })),
        usage: data.usage,
        overlaps: data.map.overlaps,
        silos: data.map.silos,
      },
      200,
    );
  });
  addSystemsList(app);
  return app;
}
