import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { Where } from '../../dialogues/commands/take-part.ts';
import { dialogueForWrite } from '../../dialogues/dialogues.queries.ts';
import { canModerateAnswers, type ModerationVerdict } from '../surveys.policy.ts';
import { matterSurvey, setModeration } from '../surveys.queries.ts';

/**
 * Staff or a moderator accept a written answer (it is published with the results) or hide it. Either can be
 * changed later, until the matter is decided; the answer's words stay as they were written.
 */
export async function moderateAnswer(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  answerId: string,
  verdict: ModerationVerdict,
) {
  if (!canModerateAnswers(actor, where.municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    if (row.decisionId !== null) return fail('decided');
    const found = await matterSurvey(tx.db, where.municipalityId, where.matterId);
    if (!found?.survey) return fail('notFound');
    if (!(await setModeration(tx.db, found.survey.id, answerId, verdict))) return fail('notFound');
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: `survey.answer.${verdict === 'accepted' ? 'accept' : 'hide'}`,
      target: `survey:${found.survey.id}`,
      details: { answerId },
    });
    return ok(true);
  });
}
