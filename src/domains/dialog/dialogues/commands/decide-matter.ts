import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type DecisionInput, recordDecision } from '../../../decisions/commands/record-decision.ts';
import { closeDialogue, lockDialogue, setMatterDecision } from '../dialogues.queries.ts';

/**
 * Records the decision on a matter (at the end of the municipality's decision chain, adopting the
 * matter) and closes its dialogue at once, in one transaction: votes under way finish first,
 * later ones find the dialogue decided. A matter is decided once.
 */
export async function decideMatter(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; matterId: string },
  input: DecisionInput,
): Promise<Result<{ decisionId: string }, 'notFound' | 'decided' | 'forbidden' | 'invalid'>> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockDialogue(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    if (row.matter.decisionId !== null) return fail('decided');
    const decision = await recordDecision(tx, actor, where.municipalityId, input, [
      { kind: 'matter', id: row.matter.id },
    ]);
    if (!decision.ok) return decision;
    await setMatterDecision(tx.db, row.matter.id, decision.value.id);
    await closeDialogue(tx.db, row.dialogue.id, tx.now());
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'matter.decide',
      target: `matter:${row.matter.id}`,
      details: { decisionId: decision.value.id, dialogueId: row.dialogue.id },
    });
    return ok({ decisionId: decision.value.id });
  });
}
