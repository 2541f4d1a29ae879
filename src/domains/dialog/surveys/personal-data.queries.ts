import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { surveyAnswers, surveyParticipants, surveyResponses } from './surveys.schema.ts';

/** The surveys a person has answered, anonymous ones included. */
export function surveysAnsweredBy(db: Db, userId: string) {
  return db
    .select({ surveyId: surveyParticipants.surveyId })
    .from(surveyParticipants)
    .where(eq(surveyParticipants.userId, userId));
}

/** A person's answers to surveys that are not anonymous (an anonymous answer names nobody). */
export function surveyAnswersOf(db: Db, userId: string) {
  return db
    .select({
      surveyId: surveyResponses.surveyId,
      answeredAt: surveyResponses.createdAt,
      questionId: surveyAnswers.questionId,
      choices: surveyAnswers.choices,
      text: surveyAnswers.text,
    })
    .from(surveyResponses)
    .innerJoin(surveyAnswers, eq(surveyAnswers.responseId, surveyResponses.id))
    .where(eq(surveyResponses.userId, userId));
}

/** Forgets a person: their answers stay in the results without their account. */
export async function forgetSurveysOfUser(db: Db, userId: string) {
  await db.update(surveyResponses).set({ userId: null }).where(eq(surveyResponses.userId, userId));
  await db.delete(surveyParticipants).where(eq(surveyParticipants.userId, userId));
}
