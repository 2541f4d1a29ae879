import type { Db } from '../../../db/client.ts';
import { type Phase, phaseOf } from '../dialogues/phase.ts';
import { type Question, type Tally, tally } from './answers.ts';
import { countedKinds } from './surveys.policy.ts';
import {
  countedAnswers,
  matterSurvey,
  questionsOf,
  responseCount,
  writtenAnswers,
} from './surveys.queries.ts';

/**
 * A matter's survey as its pages show it: the matter, where the dialogue is, the survey (null
 * when the dialogue has none) and its questions. Undefined when the matter is not there.
 */
export async function loadSurvey(db: Db, municipalityId: string, matterId: string, now: Date) {
  const row = await matterSurvey(db, municipalityId, matterId);
  if (!row) return undefined;
  const phase: Phase = phaseOf(row.dialogue, row.matter.decisionId !== null, now);
  const questions = row.survey ? await questionsOf(db, row.survey.id) : [];
  return { ...row, phase, questions };
}
export type LoadedSurvey = NonNullable<Awaited<ReturnType<typeof loadSurvey>>>;

/** Published results: per counted question its figures, per written one its accepted answers. */
export type SurveyResults = {
  responses: number;
  tallies: Map<string, Tally>;
  texts: Map<string, string[]>;
};

/**
 * The results of a survey as everyone sees them, read afresh: answers are on no notification
 * channel (they would forget every kept page at each answer), so the results are never kept.
 */
export async function loadResults(
  db: Db,
  surveyId: string,
  questions: readonly Question[],
): Promise<SurveyResults> {
  const counted = await countedAnswers(db, surveyId);
  const tallies = new Map(
    questions
      .filter((q) => countedKinds.includes(q.kind))
      .map((q) => [
        q.id,
        tally(
          q,
          counted.filter((a) => a.questionId === q.id),
        ),
      ]),
  );
  const texts = new Map<string, string[]>();
  for (const a of await writtenAnswers(db, surveyId, ['accepted'])) {
    texts.set(a.questionId, [...(texts.get(a.questionId) ?? []), a.text ?? '']);
  }
  return { responses: await responseCount(db, surveyId), tallies, texts };
}
