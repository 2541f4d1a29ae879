import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { Where } from '../../dialogues/commands/take-part.ts';
import { dialogueForWrite } from '../../dialogues/dialogues.queries.ts';
import type { QuestionInput, SurveyInput } from '../surveys.inputs.ts';
import { canManageSurveys, MAX_PAGES, MAX_QUESTIONS } from '../surveys.policy.ts';
import {
  deleteQuestion,
  hasResponses,
  insertQuestion,
  lockSurvey,
  questionsOf,
  type SurveyRow,
  startSurvey,
  updateQuestion,
  updateSurvey,
} from '../surveys.queries.ts';

/**
 * Why a change to a survey is refused: no role (`forbidden`), no such matter here or no such
 * question (`notFound`), the matter is decided (`decided`: the dialogue stands as it is), the
 * dialogue has no survey yet (`noSurvey`), someone has answered (`answered`: the questions stay
 * as they were answered), or a survey without questions cannot be published (`empty`).
 */
export type BuildFailure =
  | 'forbidden'
  | 'notFound'
  | 'decided'
  | 'noSurvey'
  | 'answered'
  | 'empty'
  | 'tooManyQuestions';

type Building = { tx: CommandContext; dialogueId: string; survey: SurveyRow | undefined };

/**
 * Runs a change to a dialogue's survey in one transaction with the checks every change shares:
 * the actor manages the municipality's dialogues, the matter is there and not decided. The survey
 * is held until the change commits, so two builders' changes follow each other.
 */
function building<T>(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  change: (b: Building) => Promise<Result<T, BuildFailure>>,
): Promise<Result<T, BuildFailure>> {
  if (!canManageSurveys(actor, where.municipalityId)) return Promise.resolve(fail('forbidden'));
  return inTransaction(ctx, async (tx) => {
    const row = await dialogueForWrite(tx.db, where.municipalityId, where.matterId);
    if (!row) return fail('notFound');
    if (row.decisionId !== null) return fail('decided');
    const survey = await lockSurvey(tx.db, row.dialogue.id);
    return change({ tx, dialogueId: row.dialogue.id, survey });
  });
}

/** A change to the questions: only of an existing survey nobody has answered. */
function changingQuestions<T>(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  change: (tx: CommandContext, survey: SurveyRow) => Promise<Result<T, BuildFailure>>,
) {
  return building(ctx, actor, where, async ({ tx, survey }) => {
    if (!survey) return fail('noSurvey');
    if (await hasResponses(tx.db, survey.id)) return fail('answered');
    return change(tx, survey);
  });
}

const target = (survey: { id: string }) => `survey:${survey.id}`;

/**
 * Starts the dialogue's survey, or changes its title, introduction and anonymity. Whether answers
 * are anonymous cannot change once someone has answered: they answered on that promise.
 */
export function saveSurvey(ctx: CommandContext, actor: Actor, where: Where, input: SurveyInput) {
  return building(ctx, actor, where, async ({ tx, dialogueId, survey: held }) => {
    const created = held
      ? undefined
      : await startSurvey(tx.db, {
          ...input,
          dialogueId,
          municipalityId: where.municipalityId,
          createdAt: tx.now(),
        });
    // One started by a request that committed meanwhile is held now, and saved as an edit.
    const survey = held ?? (created ? undefined : await lockSurvey(tx.db, dialogueId));
    if (survey && survey.anonymous !== input.anonymous && (await hasResponses(tx.db, survey.id)))
      return fail('answered');
    if (survey) await updateSurvey(tx.db, survey.id, input);
    const saved = created ?? survey;
    if (!saved) throw new Error('a survey was neither started nor found');
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: created ? 'survey.create' : 'survey.edit',
      target: target(saved),
      details: { matterId: where.matterId, title: input.title, anonymous: input.anonymous },
    });
    return ok({ surveyId: saved.id });
  });
}

export function addQuestion(ctx: CommandContext, actor: Actor, where: Where, input: QuestionInput) {
  return changingQuestions(ctx, actor, where, async (tx, survey) => {
    if ((await questionsOf(tx.db, survey.id)).length >= MAX_QUESTIONS) {
      return fail('tooManyQuestions');
    }
    const created = await insertQuestion(tx.db, { surveyId: survey.id, ...input });
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'survey.question.add',
      target: target(survey),
      details: { questionId: created.id, prompt: input.prompt, kind: input.kind },
    });
    return ok({ questionId: created.id });
  });
}

export function editQuestion(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  questionId: string,
  input: QuestionInput,
) {
  return changingQuestions(ctx, actor, where, async (tx, survey) => {
    const questions = await questionsOf(tx.db, survey.id);
    if (!questions.some((q) => q.id === questionId)) return fail('notFound');
    await updateQuestion(tx.db, survey.id, questionId, input);
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'survey.question.edit',
      target: target(survey),
      details: { questionId, prompt: input.prompt, kind: input.kind },
    });
    return ok(true);
  });
}

export function removeQuestion(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  questionId: string,
) {
  return changingQuestions(ctx, actor, where, async (tx, survey) => {
    const question = (await questionsOf(tx.db, survey.id)).find((q) => q.id === questionId);
    if (!question) return fail('notFound');
    await deleteQuestion(tx.db, survey.id, questionId);
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'survey.question.remove',
      target: target(survey),
      details: { questionId, prompt: question.prompt },
    });
    return ok(true);
  });
}

/**
 * Moves a question one place up or down in the order residents meet them. Past the first or last
 * question of its page it goes to the page before or after, as the last or first question there.
 */
export function moveQuestion(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  questionId: string,
  direction: 'up' | 'down',
) {
  return changingQuestions(ctx, actor, where, async (tx, survey) => {
    const order = await questionsOf(tx.db, survey.id);
    const placeOf = new Map(order.map((q) => [q.id, { position: q.position, page: q.page }]));
    const at = order.findIndex((q) => q.id === questionId);
    const question = order[at];
    if (!question) return fail('notFound');
    const next = order[direction === 'up' ? at - 1 : at + 1];
    if (next && next.page === question.page) {
      order[at] = next;
      order[direction === 'up' ? at - 1 : at + 1] = question;
    } else {
      const page = next ? next.page : question.page + (direction === 'up' ? -1 : 1);
      if (page < 1 || page > MAX_PAGES) return ok(true);
      question.page = page;
    }
    // Positions follow the new order, so they stay 0, 1, 2 … whatever was removed; only the
    // questions whose place changed (two, or the one moved to another page) are written.
    for (const [position, q] of order.entries()) {
      const before = placeOf.get(q.id);
      if (before?.position === position && before.page === q.page) continue;
      await updateQuestion(tx.db, survey.id, q.id, { position, page: q.page });
    }
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'survey.question.move',
      target: target(survey),
      details: { questionId, direction },
    });
    return ok(true);
  });
}

/** Shows the survey to residents: from now on they can answer it while the dialogue is open. */
export function publishSurvey(ctx: CommandContext, actor: Actor, where: Where) {
  return building(ctx, actor, where, async ({ tx, survey }) => {
    if (!survey) return fail('noSurvey');
    if (survey.publishedAt) return ok(true);
    if ((await questionsOf(tx.db, survey.id)).length === 0) return fail('empty');
    await updateSurvey(tx.db, survey.id, { publishedAt: tx.now() });
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: 'survey.publish',
      target: target(survey),
    });
    return ok(true);
  });
}
