import { createRoute, z } from '@hono/zod-openapi';
import { type apiApp, PageQuery, pageSlice, problemResponse } from '../../../web/api.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { apiAuthorizedMunicipality } from '../../tenancy/municipality-param.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { keptSystemsMap, systemsListOf } from './systems.load.ts';

const Ref = z.object({ id: z.string(), name: z.string() });

const System = z
  .object({
    id: z.string(),
    name: z.string(),
    vendor: z.string(),
    capability: Ref.nullable(),
    departments: z.array(Ref),
  })
  .openapi('System');

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/systems',
  summary: "A municipality's systems (staff and up)",
  description:
    'The systems of the catalogue by name, each with the capability it provides (null when none) and the departments that use it, to the municipality’s staff, managers, politicians and admins as on the systems page. `page` and `pageSize` pick one page, `total` counts them all.',
  security: [{ bearerAuth: [] }],
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
    }),
    query: PageQuery,
  },
  responses: {
    200: {
      description: 'One page of systems, and how many there are in all',
      content: {
        'application/json': {
          schema: z.object({ total: z.number().int(), items: z.array(System) }),
        },
      },
    },
    400: problemResponse('The page or page size is out of range'),
    401: problemResponse('Not authenticated'),
    403: problemResponse('Not staff, manager, politician or admin of this municipality'),
    404: problemResponse('No such municipality'),
  },
});

/** Adds the paged systems list to the roadmap domain's part of /api/v1. */
export function addSystemsList(app: ReturnType<typeof apiApp>) {
  app.openapi(listRoute, async (c) => {
    const m = await apiAuthorizedMunicipality(c, canSeeSteering);
    const all = systemsListOf(await keptSystemsMap(readModelsOf(c), m.id));
    return c.json(pageSlice(all, c.req.valid('query')), 200);
  });
}
