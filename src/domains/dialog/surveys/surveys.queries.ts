import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { dialogues, matters } from '../dialogues/dialogues.schema.ts';
import type { Answer, Question } from './answers.ts';
import type { ModerationVerdict, QuestionKind } from './surveys.policy.ts';
import {
  surveyAnswers,
  surveyParticipants,
  surveyQuestions,
  surveyResponses,
  surveys,
} from './surveys.schema.ts';

export type SurveyRow = typeof surveys.$inferSelect;

/** The matter, its dialogue and the dialogue's survey (null when it has none), in the municipality. */
export async function matterSurvey(db: Db, municipalityId: string, matterId: string) {
  const [row] = await db
    .select({ matter: matters, dialogue: dialogues, survey: surveys })
    .from(matters)
    .innerJoin(dialogues, eq(dialogues.matterId, matters.id))
    .leftJoin(surveys, eq(surveys.dialogueId, dialogues.id))
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, matterId)));
  return row;
}

/**
 * The dialogue's survey, held until the transaction ends: a builder holds it alone (`update`),
 * answers hold it together (`share`), so a change to the questions and an answer follow each other.
 */
export async function lockSurvey(db: Db, dialogueId: string, mode: 'update' | 'share' = 'update') {
  const [row] = await db.select().from(surveys).where(eq(surveys.dialogueId, dialogueId)).for(mode);
  return row;
}

export async function insertSurvey(db: Db, row: typeof surveys.$inferInsert) {
  const [created] = await db.insert(surveys).values(row).returning();
  if (!created) throw new Error('survey insert returned no row');
  return created;
}

/**
 * Starts the dialogue's survey, unless one was started meanwhile (a second press of Start, at the
 * same moment): undefined then, and the unique index has kept it to one.
 */
export async function startSurvey(db: Db, row: typeof surveys.$inferInsert) {
  const [created] = await db
    .insert(surveys)
    .values(row)
    .onConflictDoNothing({ target: surveys.dialogueId })
    .returning();
  return created;
}

export async function updateSurvey(
  db: Db,
  surveyId: string,
  set: Partial<Pick<SurveyRow, 'title' | 'intro' | 'anonymous' | 'publishedAt'>>,
) {
  await db.update(surveys).set(set).where(eq(surveys.id, surveyId));
}

/** A survey's questions in the order residents meet them: by page, then by position. */
export async function questionsOf(db: Db, surveyId: string): Promise<Question[]> {
  const rows = await db
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.page), asc(surveyQuestions.position));
  return rows.map((r) => ({ ...r, kind: r.kind as QuestionKind }));
}

export async function insertQuestion(
  db: Db,
  row: Omit<typeof surveyQuestions.$inferInsert, 'position'>,
) {
  const [created] = await db
    .insert(surveyQuestions)
    .values({
      ...row,
      position: sql`(select coalesce(max(position) + 1, 0) from survey_questions where survey_id = ${row.surveyId})`,
    })
    .returning({ id: surveyQuestions.id });
  if (!created) throw new Error('question insert returned no row');
  return created;
}

export async function updateQuestion(
  db: Db,
  surveyId: string,
  questionId: string,
  set: Partial<Omit<typeof surveyQuestions.$inferInsert, 'id' | 'surveyId'>>,
) {
  await db
    .update(surveyQuestions)
    .set(set)
    .where(and(eq(surveyQuestions.surveyId, surveyId), eq(surveyQuestions.id, questionId)));
}

export async function deleteQuestion(db: Db, surveyId: string, questionId: string) {
  await db
    .delete(surveyQuestions)
    .where(and(eq(surveyQuestions.surveyId, surveyId), eq(surveyQuestions.id, questionId)));
}

/** Whether anyone has answered the survey: from then on its questions stay as they are. */
export async function hasResponses(db: Db, surveyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .limit(1);
  return row !== undefined;
}

export async function responseCount(db: Db, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId));
  return row?.n ?? 0;
}

/**
 * Notes that the person has answered; false when they already had. The primary key decides, so
 * of two answers sent at once the second waits for the first and then finds it.
 */
export async function markAnswered(db: Db, surveyId: string, userId: string): Promise<boolean> {
  const rows = await db
    .insert(surveyParticipants)
    .values({ surveyId, userId })
    .onConflictDoNothing()
    .returning({ userId: surveyParticipants.userId });
  return rows.length === 1;
}

export async function hasAnswered(db: Db, surveyId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: surveyParticipants.userId })
    .from(surveyParticipants)
    .where(and(eq(surveyParticipants.surveyId, surveyId), eq(surveyParticipants.userId, userId)));
  return row !== undefined;
}

/** A response and its answers; written answers wait for moderation. */
export async function insertResponse(
  db: Db,
  row: { surveyId: string; userId: string | null; createdAt: Date | null },
  answers: readonly Answer[],
) {
  const [response] = await db
    .insert(surveyResponses)
    .values(row)
    .returning({ id: surveyResponses.id });
  if (!response) throw new Error('response insert returned no row');
  if (answers.length > 0) {
    await db.insert(surveyAnswers).values(
      answers.map((a) => ({
        responseId: response.id,
        questionId: a.questionId,
        choices: a.choices,
        text: a.text,
        moderation: a.text === null ? null : 'pending',
      })),
    );
  }
  return response;
}

/** Every counted answer of the survey (choices and scale points). */
export async function countedAnswers(db: Db, surveyId: string) {
  return db
    .select({ questionId: surveyAnswers.questionId, choices: surveyAnswers.choices })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(and(eq(surveyResponses.surveyId, surveyId), isNotNull(surveyAnswers.choices)));
}

/**
 * The written answers of the survey in a moderation state, in the order of their questions (then
 * as they came), at most `limit` of them.
 */
export async function writtenAnswers(
  db: Db,
  surveyId: string,
  states: readonly ('pending' | ModerationVerdict)[],
  limit?: number,
) {
  const query = db
    .select({
      id: surveyAnswers.id,
      questionId: surveyAnswers.questionId,
      text: surveyAnswers.text,
      moderation: surveyAnswers.moderation,
    })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
    .where(
      and(
        eq(surveyResponses.surveyId, surveyId),
        isNotNull(surveyAnswers.text),
        inArray(surveyAnswers.moderation, [...states]),
      ),
    )
    .orderBy(
      asc(surveyQuestions.page),
      asc(surveyQuestions.position),
      asc(surveyResponses.createdAt),
      asc(surveyAnswers.id),
    );
  return limit === undefined ? query : query.limit(limit);
}

/** How many written answers of the survey wait, were accepted and were hidden. */
export async function writtenAnswerCounts(db: Db, surveyId: string) {
  const rows = await db
    .select({ moderation: surveyAnswers.moderation, n: count() })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(and(eq(surveyResponses.surveyId, surveyId), isNotNull(surveyAnswers.text)))
    .groupBy(surveyAnswers.moderation);
  const of = (state: string) => rows.find((r) => r.moderation === state)?.n ?? 0;
  return { pending: of('pending'), accepted: of('accepted'), hidden: of('hidden') };
}

/** Staff's verdict on one written answer of the survey; false when the survey has no such answer. */
export async function setModeration(
  db: Db,
  surveyId: string,
  answerId: string,
  verdict: ModerationVerdict,
): Promise<boolean> {
  const rows = await db
    .update(surveyAnswers)
    .set({ moderation: verdict })
    .where(
      and(
        eq(surveyAnswers.id, answerId),
        isNotNull(surveyAnswers.text),
        inArray(
          surveyAnswers.responseId,
          db
            .select({ id: surveyResponses.id })
            .from(surveyResponses)
            .where(eq(surveyResponses.surveyId, surveyId)),
        ),
      ),
    )
    .returning({ id: surveyAnswers.id });
  return rows.length === 1;
}

/** Every response with its answers and, where the survey keeps it, the account's e-mail address. */
export async function responsesForExport(db: Db, surveyId: string) {
  const responses = await db
    .select({
      id: surveyResponses.id,
      createdAt: surveyResponses.createdAt,
      email: users.email,
    })
    .from(surveyResponses)
    .leftJoin(users, eq(users.id, surveyResponses.userId))
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(asc(surveyResponses.createdAt), asc(surveyResponses.id));
  const answers = await db
    .select({
      responseId: surveyAnswers.responseId,
      questionId: surveyAnswers.questionId,
      choices: surveyAnswers.choices,
      text: surveyAnswers.text,
    })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(eq(surveyResponses.surveyId, surveyId));
  return { responses, answers };
}
