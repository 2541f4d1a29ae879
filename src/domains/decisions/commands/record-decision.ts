import { z } from 'zod';
import {
  type Adoption,
  linkDecision,
  validateDecisionContent,
} from '../../../engines/decisions/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { canRecordDecision } from '../decisions.policy.ts';
import { getBody, insertDecision, lastDecision, lockDecisionChain } from '../decisions.queries.ts';

export const decisionInput = z.object({
  bodyId: z
    .string({ error: 'error.required' })
    .trim()
    .pipe(z.uuid({ error: 'decisions.error.decisionBody' })),
  decidedOn: z
    .string({ error: 'error.required' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'error.date'),
  text: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(100_000, 'error.tooLong'),
});
export type DecisionInput = z.infer<typeof decisionInput>;

type Failure = 'forbidden' | 'invalid';

/**
 * Records a decision of one of the municipality's bodies at the end of its hash chain. What it
 * adopts is given by the feature that asks for the decision (a future story version, a scenario...).
 */
export async function recordDecision(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: DecisionInput,
  adopts: readonly Adoption[] = [],
): Promise<Result<{ id: string; sequence: number; hash: string }, Failure>> {
  if (actor.kind !== 'user' || !canRecordDecision(actor, municipalityId)) return fail('forbidden');
  const content = { bodyId: input.bodyId, date: input.decidedOn, text: input.text, adopts };
  const checked = validateDecisionContent(content);
  if (!checked.ok) {
    const fields: Record<string, string> = {};
    for (const issue of checked.issues) {
      const field = issue.path === 'date' ? 'decidedOn' : (issue.path.split(/[.[]/)[0] ?? 'text');
      fields[field] ??= issue.code === 'invalid-date' ? 'error.date' : 'error.invalid';
    }
    return fail('invalid', fields);
  }
  return inTransaction(ctx, async (tx) => {
    if (!(await getBody(tx.db, municipalityId, input.bodyId))) {
      return fail('invalid', { bodyId: 'decisions.error.decisionBody' });
    }
    await lockDecisionChain(tx.db, municipalityId);
    const previous = await lastDecision(tx.db, municipalityId);
    const linked = linkDecision(previous ?? null, content);
    const row = await insertDecision(tx.db, {
      municipalityId,
      sequence: linked.sequence,
      bodyId: input.bodyId,
      decidedOn: input.decidedOn,
      text: input.text,
      adopts: [...adopts],
      previousHash: linked.previousHash,
      hash: linked.hash,
      recordedBy: actor.userId,
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'decision.record',
      target: `decision:${row.id}`,
      details: { sequence: row.sequence, hash: row.hash },
    });
    return ok({ id: row.id, sequence: row.sequence, hash: row.hash });
  });
}
