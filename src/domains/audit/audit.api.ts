import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, problemResponse } from '../../web/api.ts';
import { canReadAudit } from '../identity/identity.policy.ts';
import { apiAuthorizedMunicipality } from '../tenancy/municipality-param.ts';
import { auditOfMunicipality } from './audit.queries.ts';

const auditRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/audit',
  summary: "A municipality's audit log, newest first (admins only)",
  security: [{ bearerAuth: [] }],
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
    }),
    query: z.object({
      before: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'Audit entries',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                at: z.string(),
                actor: z.string(),
                action: z.string(),
                target: z.string(),
                requestId: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    401: problemResponse('Not authenticated'),
    403: problemResponse('Not an admin of this municipality'),
    404: problemResponse('No such municipality'),
  },
});

export function auditApi() {
  const app = apiApp();
  app.openapi(auditRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('ctx');
    await apiAuthorizedMunicipality(c, canReadAudit);
    const q = c.req.valid('query');
    const rows = await auditOfMunicipality(db, id, { before: q.before, limit: q.limit });
    const items = rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorLabel,
      action: r.action,
      target: r.target,
      requestId: r.requestId,
    }));
    return c.json({ items }, 200);
  });
  return app;
}
