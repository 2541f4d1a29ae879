import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import { insertBackground } from '../background.queries.ts';
import { answersInput } from '../background.ts';
import { findParticipant, matterWithDialogue } from '../dialogues.queries.ts';
import type { Voter } from '../participants.ts';
import { phaseOf } from '../phase.ts';

/**
 * A participant's answers to the dialogue's background questions, or none ("rather not say" is
 * an answer too, and the questions are not asked again). Only someone who has taken part, while
 * the dialogue is open, and only with answers the dialogue offers.
 */
export async function answerBackground(
  ctx: CommandContext,
  voter: Voter,
  where: { municipalityId: string; matterId: string },
  values: Record<string, string>,
): Promise<Result<true, 'notFound' | 'notOpen' | 'notParticipant' | 'invalid'>> {
  return inTransaction(ctx, async (tx) => {
    const row = await matterWithDialogue(tx.db, where.municipalityId, where.matterId);
    if (!row?.dialogue.background) return fail('notFound');
    if (phaseOf(row.dialogue, row.matter.decisionId !== null, tx.now()) !== 'open')
      return fail('notOpen');
    const who = voter.kind === 'user' ? { userId: voter.userId } : { keyHash: voter.keyHash };
    const participant = await findParticipant(tx.db, row.dialogue.id, who);
    if (!participant) return fail('notParticipant');
    const parsed = answersInput(row.dialogue.background).safeParse(values);
    if (!parsed.success) return fail('invalid');
    await insertBackground(
      tx.db,
      {
        participantId: participant.id,
        dialogueId: row.dialogue.id,
        district: parsed.data.district,
        ageBand: parsed.data.ageBand,
      },
      tx.now(),
    );
    return ok(true);
  });
}
