import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { FeedbackInput } from '../dialogues.inputs.ts';
import { canManageMatters } from '../dialogues.policy.ts';
import { feedbackOf, insertFeedback, lockDialogue } from '../dialogues.queries.ts';

/**
 * Staff tell the participants how their input was used, once the matter is decided: a summary and
 * a verdict with its reason per theme. Published once; it then stands like the decision.
 */
export async function publishFeedback(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; matterId: string },
  input: FeedbackInput,
): Promise<Result<true, 'forbidden' | 'notFound' | 'notDecided' | 'published'>> {
  if (actor.kind !== 'user' || !canManageMatters(actor, where.municipalityId)) {
    return fail('forbidden');
  }
  return inTransaction(ctx, async (tx) => {
    const row = await lockDialogue(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    if (row.matter.decisionId === null) return fail('notDecided');
    if (await feedbackOf(tx.db, row.dialogue.id)) return fail('published');
    await insertFeedback(
      tx.db,
      {
        dialogueId: row.dialogue.id,
        summary: input.summary,
        publishedAt: tx.now(),
        publishedBy: actor.userId,
      },
      input.items,
    );
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'feedback.publish',
      target: `matter:${row.matter.id}`,
      details: { themes: input.items.length },
    });
    return ok(true);
  });
}
