import { z } from 'zod';
import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { canManageBodies } from '../decisions.policy.ts';
import { insertBody } from '../decisions.queries.ts';

export const bodyKinds = ['council', 'executive', 'committee'] as const;

export const bodyInput = z.object({
  name: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(200, 'error.tooLong'),
  kind: z.enum(bodyKinds, { error: 'decisions.error.bodyKind' }),
});
export type BodyInput = z.infer<typeof bodyInput>;

/** An admin adds a decision-making body (fullmäktige, styrelse, nämnd / kommunestyre, utvalg). */
export async function createBody(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: BodyInput,
): Promise<Result<{ id: string }, 'forbidden'>> {
  if (!canManageBodies(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const body = await insertBody(tx.db, { municipalityId, ...input });
    await audit(tx, actor, {
      municipalityId,
      action: 'decision-body.create',
      target: `decision-body:${body.id}`,
      details: { name: input.name, kind: input.kind },
    });
    return ok({ id: body.id });
  });
}
