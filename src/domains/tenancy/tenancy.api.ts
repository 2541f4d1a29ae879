import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, problemResponse } from '../../web/api.ts';
import { apiMunicipality } from './municipality-param.ts';
import { listDepartments, type MunicipalityRow } from './tenancy.queries.ts';

const County = z.object({ code: z.string(), name: z.string() }).openapi('CountyRef');
const Municipality = z
  .object({
    id: z.string().openapi({ example: 'SE-0127' }),
    code: z.string().openapi({ example: '0127' }),
    name: z.string().openapi({ example: 'Botkyrka' }),
    country: z.enum(['SE', 'NO']),
    county: County,
  })
  .openapi('Municipality');
// Malformed ids are answered like unknown ones (404), so the pattern is checked in the handler.
const MunicipalityId = z.string().openapi({
  param: { name: 'id', in: 'path' },
  example: 'SE-0127',
  description: 'Country and code, e.g. SE-0127 or NO-3203',
});

const encoder = new TextEncoder();

const toApi = (m: MunicipalityRow) => ({
  id: m.id,
  code: m.code,
  name: m.name,
  country: m.country as 'SE' | 'NO',
  county: { code: m.county.code, name: m.county.name },
});

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities',
  summary: 'Search and list municipalities',
  request: {
    query: z.object({
      country: z.enum(['SE', 'NO']).optional(),
      county: z
        .string()
        .regex(/^\d{2}$/)
        .optional()
        .openapi({ description: 'County code, e.g. 01' }),
      q: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'Name contains (case and diacritics ignored)' }),
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(1000).default(50),
    }),
  },
  responses: {
    200: {
      description: 'One page of municipalities and the total that match',
      content: {
        'application/json': {
          schema: z.object({ total: z.number().int(), items: z.array(Municipality) }),
        },
      },
    },
    400: problemResponse('Invalid query'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}',
  summary: 'One municipality',
  request: { params: z.object({ id: MunicipalityId }) },
  responses: {
    200: {
      description: 'The municipality',
      content: { 'application/json': { schema: Municipality } },
    },
    404: problemResponse('No such municipality'),
  },
});

const departmentsRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/departments',
  summary: 'Departments of a municipality',
  request: { params: z.object({ id: MunicipalityId }) },
  responses: {
    200: {
      description: 'Departments',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
          }),
        },
      },
    },
    404: problemResponse('No such municipality'),
  },
});

const countiesRoute = createRoute({
  method: 'get',
  path: '/counties',
  summary: 'Counties (län, fylker) with their number of municipalities',
  request: { query: z.object({ country: z.enum(['SE', 'NO']).optional() }) },
  responses: {
    200: {
      description: 'Counties',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                country: z.enum(['SE', 'NO']),
                municipalities: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    400: problemResponse('Invalid query'),
  },
});

export function tenancyApi() {
  const app = apiApp();
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const { registry } = c.get('deps');
    const filter = {
      country: q.country,
      countyCode: q.county,
      q: q.q?.trim() || undefined,
      page: q.page,
      pageSize: q.pageSize,
    };
    // The answer is public and the same for everyone: serialise it once per distinct query.
    const body = await registry.responses.get(
      `api|municipalities|${JSON.stringify(filter)}`,
      async () => {
        const result = await registry.municipalities(filter);
        return encoder.encode(
          JSON.stringify({ total: result.total, items: result.items.map(toApi) }),
        );
      },
    );
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/json',
    }) as never;
  });
  app.openapi(getRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    return c.json(toApi(m), 200);
  });
  app.openapi(departmentsRoute, async (c) => {
    const { db } = c.get('ctx');
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const items = (await listDepartments(db, m.id)).map((d) => ({ id: d.id, name: d.name }));
    return c.json({ items }, 200);
  });
  app.openapi(countiesRoute, async (c) => {
    const rows = await c.get('deps').registry.counties(c.req.valid('query').country);
    const items = rows.map((r) => ({
      code: r.code,
      name: r.name,
      country: r.country as 'SE' | 'NO',
      municipalities: r.municipalities,
    }));
    return c.json({ items }, 200);
  });
  return app;
}
