import { createRoute, z } from '@hono/zod-openapi';
import { checkpointPayload } from '../../engines/decisions/index.ts';
import { apiApp, problemResponse } from '../../web/api.ts';
import { apiMunicipality } from '../tenancy/municipality-param.ts';
import { signedCheckpoint } from './checkpoints.ts';
import { checkpointsOf } from './decisions.queries.ts';

/** Where the instance publishes the public key that signs the checkpoints (a JWK, RFC 8037). */
export const DECISION_KEY_PATH = '/.well-known/samskap-decision-key';

export const CheckpointSchema = z
  .object({
    municipalityId: z.string(),
    count: z.number().int().openapi({ description: 'How many decisions the chain had' }),
    head: z.string().openapi({ description: 'The hash of decision number `count`' }),
    signedAt: z.string().openapi({ example: '2026-04-13T15:02:03.456Z' }),
    keyId: z.string().openapi({ description: 'JWK thumbprint (RFC 7638) of the signing key' }),
    signature: z.string().openapi({ description: 'Ed25519 signature of `payload`, base64url' }),
  })
  .openapi('DecisionCheckpoint');

const checkpointsRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/decisions/checkpoints',
  summary: "Signed checkpoints of a municipality's decision chain (public)",
  description: `One checkpoint is signed whenever a decision is recorded: the instance's statement that the chain had \`count\` decisions ending at \`head\`. \`payload\` is the exact UTF-8 text signed with Ed25519; the public key is a JWK at ${DECISION_KEY_PATH}. Keep checkpoints and the key: a chain later rewritten or shortened no longer contains a kept head, and a checkpoint cannot be made anew without the private key.`,
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
    }),
  },
  responses: {
    200: {
      description: 'Checkpoints, in the order of their count',
      content: {
        'application/json': {
          schema: z.object({
            key: z.string().openapi({ example: DECISION_KEY_PATH }),
            items: z.array(CheckpointSchema.extend({ payload: z.string() })),
          }),
        },
      },
    },
    404: problemResponse('No such municipality'),
  },
});

/** The checkpoints route of the decisions API. */
export function checkpointsApi() {
  const app = apiApp();
  app.openapi(checkpointsRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const rows = await checkpointsOf(c.get('ctx').db, m.id);
    const items = rows.map(signedCheckpoint).map((s) => ({ ...s, payload: checkpointPayload(s) }));
    return c.json({ key: DECISION_KEY_PATH, items }, 200);
  });
  return app;
}
