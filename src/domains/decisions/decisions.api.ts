import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, problemResponse } from '../../web/api.ts';
import { problem } from '../../web/problem.ts';
import { decisionsOf } from './decisions.queries.ts';
import { verifyDecisions } from './verify.ts';

const MunicipalityParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/decisions',
  summary: "A municipality's recorded decisions, in chain order (public)",
  description:
    'Paragraph, registration number and protocol link are null when not recorded. When present they are part of the hashed content (see the verify route).',
  request: { params: MunicipalityParam },
  responses: {
    200: {
      description: 'Decisions',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                sequence: z.number().int(),
                body: z.object({ id: z.string(), name: z.string() }),
                decidedOn: z.string(),
                text: z.string(),
                adopts: z.array(z.object({ kind: z.string(), id: z.string() })),
                paragraph: z
                  .string()
                  .nullable()
                  .openapi({ description: 'Paragraph of the minutes', example: '§ 45' }),
                registrationNumber: z.string().nullable().openapi({
                  description: 'Registration number of the case (diarienummer, saksnummer)',
                  example: 'KS 2026/123',
                }),
                protocolUrl: z.string().nullable().openapi({
                  description: 'Link to the published minutes (https)',
                  example: 'https://www.botkyrka.se/protokoll/ks-2026-04-13.pdf',
                }),
                previousHash: z.string(),
                hash: z.string(),
              }),
            ),
          }),
        },
      },
    },
    404: problemResponse('No such municipality'),
  },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/decisions/verify',
  summary: 'Whether the hash chain of the decisions holds',
  description:
    'Each decision hashes its canonical content together with the previous hash (SHA-256). On a break, `index` is the 0-based position of the first decision that fails and `reason` says why.',
  request: { params: MunicipalityParam },
  responses: {
    200: {
      description: 'The verdict',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(),
            length: z.number().int().optional(),
            head: z.string().optional(),
            reason: z.string().optional(),
            index: z.number().int().optional(),
          }),
        },
      },
    },
    404: problemResponse('No such municipality'),
  },
});

export function decisionsApi() {
  const app = apiApp();
  const notFound = (c: Parameters<Parameters<typeof app.openapi>[1]>[0]) =>
    problem(c, {
      title: 'Not Found',
      status: 404,
      detail: 'No municipality has this id.',
    }) as never;
  app.openapi(listRoute, async (c) => {
    const m = await c.get('deps').registry.municipality(c.req.valid('param').id);
    if (!m) return notFound(c);
    const rows = await decisionsOf(c.get('ctx').db, m.id);
    const items = rows.map(({ decision: d, bodyName }) => ({
      id: d.id,
      sequence: d.sequence,
      body: { id: d.bodyId, name: bodyName },
      decidedOn: d.decidedOn,
      text: d.text,
      adopts: d.adopts,
      paragraph: d.paragraph,
      registrationNumber: d.registrationNumber,
      protocolUrl: d.protocolUrl,
      previousHash: d.previousHash,
      hash: d.hash,
    }));
    return c.json({ items }, 200);
  });
  app.openapi(verifyRoute, async (c) => {
    const m = await c.get('deps').registry.municipality(c.req.valid('param').id);
    if (!m) return notFound(c);
    const verdict = verifyDecisions(await decisionsOf(c.get('ctx').db, m.id));
    return c.json(
      verdict.ok
        ? { ok: true, length: verdict.length, head: verdict.head }
        : { ok: false, reason: verdict.reason, index: verdict.index },
      200,
    );
  });
  return app;
}
