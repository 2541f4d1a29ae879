import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  type Adoption,
  isHttpsUrl,
  linkDecision,
  MAX_REFERENCE_LENGTH,
  validateDecisionContent,
} from '../../../engines/decisions/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { audit } from '../../audit/record.ts';
import { writeCheckpoints } from '../checkpoints.ts';
import { canRecordDecision } from '../decisions.policy.ts';
import { getBody, insertDecision, lastDecision, lockDecisionChain } from '../decisions.queries.ts';

/** An optional text field: blank is left out; anything else must pass `check`. */
const optional = (check: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(check.optional())
    .optional();

/** "§ 45", "45", "PS 45/26": a number of the minutes, letters, digits and a few separators. */
const PARAGRAPH = /^(§\s?)?[\p{L}\p{N}][\p{L}\p{N} .,/:-]*$/u;
/** "KS 2026/123", "BUN 2026.0045", "26/01234-3": letters, digits and the usual separators. */
const REGISTRATION_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} .,/:()_–-]*$/u;

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
  paragraph: optional(
    z
      .string()
      .max(MAX_REFERENCE_LENGTH.paragraph, 'decisions.error.paragraph')
      .regex(PARAGRAPH, 'decisions.error.paragraph'),
  ),
  registrationNumber: optional(
    z
      .string()
      .max(MAX_REFERENCE_LENGTH.registrationNumber, 'decisions.error.registrationNumber')
      .regex(REGISTRATION_NUMBER, 'decisions.error.registrationNumber'),
  ),
  protocolUrl: optional(
    z
      .string()
      .max(MAX_REFERENCE_LENGTH.protocolUrl, 'decisions.error.protocolUrl')
      .refine(isHttpsUrl, 'decisions.error.protocolUrl'),
  ),
});
export type DecisionInput = z.infer<typeof decisionInput>;

type Failure = 'forbidden' | 'invalid';

/**
 * Records a decision of one of the municipality's bodies at the end of its hash chain, with its
 * paragraph, registration number and protocol link when given, and signs a checkpoint of the new
 * head in the same transaction. The hash (version 2) covers the whole record as it is shown: the
 * content, the body's name, the decision's id and number, who recorded it and when. What it
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
  const content = {
    bodyId: input.bodyId,
    date: input.decidedOn,
    text: input.text,
    adopts,
    paragraph: input.paragraph ?? null,
    registrationNumber: input.registrationNumber ?? null,
    protocolUrl: input.protocolUrl ?? null,
  };
  const checked = validateDecisionContent(content);
  if (!checked.ok) {
    const fields: Record<string, string> = {};
    for (const issue of checked.issues) {
      const field = issue.path === 'date' ? 'decidedOn' : (issue.path.split(/[.[]/)[0] ?? 'text');
      fields[field] ??=
        issue.code === 'invalid-date'
          ? 'error.date'
          : field === 'paragraph' || field === 'registrationNumber' || field === 'protocolUrl'
            ? `decisions.error.${field}`
            : 'error.invalid';
    }
    return fail('invalid', fields);
  }
  return inTransaction(ctx, async (tx) => {
    const body = await getBody(tx.db, municipalityId, input.bodyId);
    if (!body) return fail('invalid', { bodyId: 'decisions.error.decisionBody' });
    await lockDecisionChain(tx.db, municipalityId);
    const previous = await lastDecision(tx.db, municipalityId);
    // Set here, not by the database's default: the hash needs it, to the millisecond it stores.
    const id = randomUUID();
    const recordedAt = tx.now();
    const linked = linkDecision(previous ?? null, {
      ...content,
      id,
      municipalityId,
      bodyName: body.name,
      recordedBy: actor.userId,
      recordedAt: recordedAt.toISOString(),
    });
    const row = await insertDecision(tx.db, {
      id,
      municipalityId,
      sequence: linked.sequence,
      bodyId: input.bodyId,
      decidedOn: input.decidedOn,
      text: input.text,
      adopts: [...adopts],
      paragraph: content.paragraph,
      registrationNumber: content.registrationNumber,
      protocolUrl: content.protocolUrl,
      previousHash: linked.previousHash,
      hash: linked.hash,
      hashVersion: linked.hashVersion,
      recordedBy: actor.userId,
      recordedAt,
    });
    await writeCheckpoints(tx, municipalityId, [{ count: row.sequence, head: row.hash }]);
    await audit(tx, actor, {
      municipalityId,
      action: 'decision.record',
      target: `decision:${row.id}`,
      details: { sequence: row.sequence, hash: row.hash },
    });
    return ok({ id: row.id, sequence: row.sequence, hash: row.hash });
  });
}
