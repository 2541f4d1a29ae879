import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, PageQuery, pageSlice, problemResponse } from '../../web/api.ts';
import { readModel } from '../../web/read-model.ts';
import { keptForVisitors } from '../../web/visitor-pages.ts';
import { apiMunicipality } from '../tenancy/municipality-param.ts';
import { CheckpointSchema, checkpointsApi, DECISION_KEY_PATH } from './checkpoints.api.ts';
import { decisionsOf } from './decisions.queries.ts';
import { HEX64 } from './head.ts';
import { loadVerdict } from './verify.ts';

export const MunicipalityParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
});

const Hash = z
  .string()
  .openapi({ example: 'a81ba95a54855ff99ec9ea5a1c3180e36312b04de2946fc359b80595468be3b6' });

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/decisions',
  middleware: [keptForVisitors()] as const,
  summary: "A municipality's recorded decisions, in chain order, and the chain's head (public)",
  description:
    'Every field of a decision is covered by its hash when `hashVersion` is 2 (decisions recorded before version 2 keep version 1, which covers body id, date, text, adoptions and the references when given). `head` is the hash of the last decision of the whole chain, whichever page is asked for: keep it, and ask the verify route later whether the chain still contains it. `page` and `pageSize` pick one page of the chain, oldest first; `total` counts every decision.',
  request: { params: MunicipalityParam, query: PageQuery },
  responses: {
    200: {
      description: 'One page of decisions in chain order, how many there are in all, and the head',
      content: {
        'application/json': {
          schema: z.object({
            total: z.number().int(),
            items: z.array(
              z.object({
                id: z.string(),
                municipalityId: z.string(),
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
                recordedAt: z.string().openapi({
                  description: 'When it was recorded, ISO 8601 in UTC with milliseconds',
                  example: '2026-04-13T15:02:03.456Z',
                }),
                recordedBy: z.string().nullable().openapi({
                  description: 'The account that recorded it, as an opaque id (null: the system)',
                }),
                hashVersion: z.number().int().openapi({
                  description: 'What the hash covers: 2 every field here, 1 the content only',
                  example: 2,
                }),
                previousHash: Hash,
                hash: Hash,
              }),
            ),
            head: z.object({
              hash: Hash.openapi({ description: 'Hash of the last decision; 64 zeros when none' }),
              count: z.number().int(),
            }),
          }),
        },
      },
    },
    400: problemResponse('A page or page size out of range'),
    404: problemResponse('No such municipality'),
  },
});

const HeadQuery = z.object({
  head: z
    .string()
    .trim()
    .toLowerCase()
    .regex(HEX64, 'must be a decision hash: 64 hexadecimal digits')
    .optional()
    .openapi({
      param: { name: 'head', in: 'query' },
      description: 'A head kept earlier: is it still in the chain?',
    }),
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/decisions/verify',
  summary: 'Whether the hash chain of the decisions and its signed checkpoints hold',
  description:
    'Checks, the first failure winning: the chain (each decision hashes its canonical form together with the previous hash, SHA-256); with `head`, that this earlier head is still the hash of one of the decisions (or genesis), so that no decision up to it was removed or rewritten; and that every stored checkpoint is signed by the key at ' +
    `${DECISION_KEY_PATH} and names the chain's hash at its count. On a failure, \`index\` is the 0-based position where it is found and \`reason\` says why: order, version, malformed, link-broken, content-changed, head-not-found, checkpoint-signature, checkpoint-beyond-chain, checkpoint-head. A malformed \`head\` is answered with 400.`,
  request: { params: MunicipalityParam, query: HeadQuery },
  responses: {
    200: {
      description: 'The verdict',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.boolean(),
            length: z.number().int(),
            head: Hash.nullable(),
            reason: z.string().optional(),
            index: z.number().int().optional(),
            checkpoints: z.object({
              checked: z.number().int(),
              keyId: z.string(),
              latest: CheckpointSchema.nullable(),
            }),
            expectedHead: z
              .object({
                hash: Hash,
                found: z.boolean(),
                sequence: z.number().int().nullable().openapi({
                  description: 'The decision whose hash it is (0 for genesis), null if not found',
                }),
              })
              .optional(),
          }),
        },
      },
    },
    400: problemResponse('The head is not a decision hash'),
    404: problemResponse('No such municipality'),
  },
});

export function decisionsApi() {
  const app = apiApp();
  app.openapi(listRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const rows = await readModel(c, `decisions:rows:${m.id}`, (db) => decisionsOf(db, m.id));
    const { total, items: page } = pageSlice(rows, c.req.valid('query'));
    const items = page.map(({ decision: d, bodyName }) => ({
      id: d.id,
      municipalityId: d.municipalityId,
      sequence: d.sequence,
      body: { id: d.bodyId, name: bodyName },
      decidedOn: d.decidedOn,
      text: d.text,
      adopts: d.adopts,
      paragraph: d.paragraph,
      registrationNumber: d.registrationNumber,
      protocolUrl: d.protocolUrl,
      recordedAt: d.recordedAt.toISOString(),
      recordedBy: d.recordedBy,
      hashVersion: d.hashVersion,
      previousHash: d.previousHash,
      hash: d.hash,
    }));
    const head = { hash: rows.at(-1)?.decision.hash ?? '0'.repeat(64), count: rows.length };
    return c.json({ total, items, head }, 200);
  });
  app.openapi(verifyRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const { head } = c.req.valid('query');
    const { verdict: v } = await loadVerdict(c.get('ctx'), m.id, { head });
    const latest = v.checkpoints.latest;
    return c.json(
      {
        ok: v.ok,
        length: v.length,
        head: v.head,
        ...(v.failure ?? {}),
        checkpoints: { checked: v.checkpoints.checked, keyId: v.keyId, latest },
        ...(v.kept && {
          expectedHead: { ...v.kept, found: v.kept.sequence !== null },
        }),
      },
      200,
    );
  });
  app.route('/', checkpointsApi());
  return app;
}
