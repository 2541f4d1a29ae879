import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { dialogues } from '../dialogues/dialogues.schema.ts';

/**
 * A survey (enkät / spørreundersøkelse) inside a dialogue: at most one per dialogue, built by
 * staff and shown to residents once `publishedAt` is set. When `anonymous`, no answer is stored
 * with the account that gave it.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    anonymous: boolean('anonymous').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('surveys_dialogue_idx').on(t.dialogueId),
    check('surveys_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('surveys_intro_length', sql`char_length(${t.intro}) <= 2000`),
  ],
);

/**
 * A question of a survey, in the order of `position` and on its `page` (1, 2 …). `options` are
 * the choices of a single or multiple choice question, in order; an answer names them by index,
 * which stays right because questions no longer change once the first answer exists.
 */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    position: integer('position').notNull(),
    page: smallint('page').notNull().default(1),
    kind: text('kind').notNull(),
    prompt: text('prompt').notNull(),
    required: boolean('required').notNull().default(false),
    options: jsonb('options').$type<string[]>().notNull().default([]),
  },
  (t) => [
    index('survey_questions_survey_idx').on(t.surveyId, t.position),
    check(
      'survey_questions_kind',
      sql`${t.kind} in ('single', 'multiple', 'scale', 'short', 'long')`,
    ),
    check('survey_questions_prompt_length', sql`char_length(${t.prompt}) between 1 and 300`),
    check('survey_questions_page', sql`${t.page} between 1 and 20`),
  ],
);

/**
 * One person's answers to a survey, given together. `userId` only when the survey is not
 * anonymous; an anonymous response has no time either, so that it cannot be matched with the
 * audit log or with who has answered.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    userId: uuid('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId),
    uniqueIndex('survey_responses_user_idx')
      .on(t.surveyId, t.userId)
      .where(sql`${t.userId} is not null`),
  ],
);

/**
 * The answer to one question in a response: `choices` for choice questions (the options' indexes)
 * and the scale (its one point, 1–5), `text` for written answers. A written answer waits for
 * staff (`moderation` 'pending') and is published only once 'accepted'; 'hidden' stays unpublished.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id),
    choices: smallint('choices').array(),
    text: text('text'),
    moderation: text('moderation'),
  },
  (t) => [
    uniqueIndex('survey_answers_question_idx').on(t.questionId, t.responseId),
    index('survey_answers_response_idx').on(t.responseId),
    check('survey_answers_text_length', sql`char_length(${t.text}) <= 2000`),
    check('survey_answers_moderation', sql`${t.moderation} in ('pending', 'accepted', 'hidden')`),
  ],
);

/**
 * Who has answered a survey: one row per account, and nothing else, so that one answer per
 * person holds in anonymous surveys as well without linking the person to their response.
 */
export const surveyParticipants = pgTable(
  'survey_participants',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.userId] })],
);
