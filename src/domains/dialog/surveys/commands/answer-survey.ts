import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { TakePartFailure, Where } from '../../dialogues/commands/take-part.ts';
import { dialogueForWrite } from '../../dialogues/dialogues.queries.ts';
import { mayTakePart } from '../../dialogues/participants.ts';
import { phaseOf } from '../../dialogues/phase.ts';
import { readAnswers } from '../answers.ts';
import { insertResponse, lockSurvey, markAnswered, questionsOf } from '../surveys.queries.ts';

/** Why an answer is refused: as a vote is, or the person has answered already (`already`). */
export type AnswerFailure = TakePartFailure | 'already';

/**
 * A signed-in resident answers the dialogue's published survey, once, while the dialogue is open
 * and under its rule for who takes part. Everything is checked before anything is written: a
 * required question left empty or a choice not offered is `invalid` with the field's reason.
 *
 * Who has answered is noted apart from the answers, under its own primary key: a second answer,
 * also one sent at the same moment, is `already` and writes nothing. In an anonymous survey the
 * response names no account and has no time, and the audit entry names the survey, not the
 * response, so nothing links a person to what they answered.
 */
export async function answerSurvey(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
): Promise<Result<{ responseId: string }, AnswerFailure>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    // Shared with other answers; a builder's change waits for them, and they for it.
    const survey = await lockSurvey(tx.db, row.dialogue.id, 'share');
    if (!survey?.publishedAt) return fail('notFound');
    const phase = phaseOf(row.dialogue, row.decisionId !== null, tx.now());
    if (phase !== 'open') return fail(phase);
    const allowed = await mayTakePart(tx.db, row.dialogue, { kind: 'user', userId: actor.userId });
    if (!allowed.ok) return allowed;
    const read = readAnswers(await questionsOf(tx.db, survey.id), values);
    if (!read.ok) return fail('invalid', read.errors);
    if (!(await markAnswered(tx.db, survey.id, actor.userId))) return fail('already');
    const response = await insertResponse(
      tx.db,
      {
        surveyId: survey.id,
        userId: survey.anonymous ? null : actor.userId,
        createdAt: survey.anonymous ? null : tx.now(),
      },
      read.answers,
    );
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'survey.answer',
      target: `survey:${survey.id}`,
      details: survey.anonymous ? { anonymous: true } : { responseId: response.id },
    });
    return ok({ responseId: response.id });
  });
}
