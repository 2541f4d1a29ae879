import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { ModerationInput } from '../moderation.inputs.ts';
import { canModerate } from '../moderation.policy.ts';
import { decideAnswers, decideComments, decideStatements } from '../moderation.queries.ts';

/**
 * Accepts or rejects statements, comments and written survey answers of the municipality's
 * dialogues at once: an accepted statement is shown, a rejected one is not (and leaves the map); an
 * accepted comment stays shown for good, a rejected one shows "hidden by a moderator" with the
 * reason; an accepted answer is published with the survey's results, a rejected one stays hidden.
 * Items of another municipality, and answers of a decided matter, are passed over. Every act is in the audit log, with its reason.
 */
export async function moderate(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: ModerationInput,
): Promise<Result<{ decided: number }, 'forbidden'>> {
  if (!canModerate(actor, municipalityId)) return fail('forbidden');
  const accept = input.decision === 'accept';
  const reason = accept ? null : input.reason;
  return inTransaction(ctx, async (tx) => {
    const ids = (kind: string) => input.items.filter((i) => i.kind === kind).map((i) => i.id);
    const statements = await decideStatements(tx.db, municipalityId, ids('statement'), {
      status: accept ? 'accepted' : 'rejected',
      reason,
    });
    const comments = await decideComments(tx.db, municipalityId, ids('comment'), {
      status: accept ? 'shown' : 'hidden',
      reason,
      at: tx.now(),
    });
    const answers = await decideAnswers(
      tx.db,
      municipalityId,
      ids('answer'),
      accept ? 'accepted' : 'hidden',
    );
    const targets = [
      ...statements.map((id) => `statement:${id}`),
      ...comments.map((id) => `comment:${id}`),
      ...answers.map((id) => `answer:${id}`),
    ];
    for (const target of targets) {
      await audit(tx, actor, {
        municipalityId,
        action: `moderation.${input.decision}`,
        target,
        details: reason ? { reason } : {},
      });
    }
    return ok({ decided: targets.length });
  });
}
