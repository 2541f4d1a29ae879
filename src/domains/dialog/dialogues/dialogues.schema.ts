import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
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
import { decisionBodies, decisions } from '../../decisions/decisions.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { departments, municipalities } from '../../tenancy/tenancy.schema.ts';

/**
 * A matter (ärende / sak) that one of the municipality's bodies will decide, registered before the
 * decision so that residents can shape it. `decisionId` is set, once, when the decision is
 * recorded; from then on the matter and its dialogue stand as they are.
 */
export const matters = pgTable(
  'matters',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    title: text('title').notNull(),
    /** What the matter is about, in plain language: what a resident reads first. */
    summary: text('summary').notNull(),
    /** The background in full (Markdown, as the future story). */
    body: text('body').notNull().default(''),
    /** The body that will decide it. */
    bodyId: uuid('body_id')
      .notNull()
      .references(() => decisionBodies.id),
    departmentId: uuid('department_id').references(() => departments.id),
    plannedDecisionOn: date('planned_decision_on').notNull(),
    decisionId: uuid('decision_id').references(() => decisions.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('matters_municipality_idx').on(t.municipalityId, t.plannedDecisionOn),
    uniqueIndex('matters_decision_idx').on(t.decisionId),
    check('matters_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('matters_summary_length', sql`char_length(${t.summary}) between 1 and 1000`),
    check('matters_body_length', sql`char_length(${t.body}) <= 50000`),
  ],
);

/** The goals and initiatives a matter concerns, shown on its page and linked back from theirs. */
export const matterLinks = pgTable(
  'matter_links',
  {
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    /** 'goal' | 'initiative' */
    kind: text('kind').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.matterId, t.kind, t.targetId] }),
    check('matter_links_kind', sql`${t.kind} in ('goal', 'initiative')`),
  ],
);

/**
 * The dialogue on a matter: open from `opensAt` until `closesAt` (no later than the planned
 * decision), or until `closedAt` when the decision came first. Who may take part: 'anyone' (a
 * pseudonymous participant kept in a cookie), 'registered' (a signed-in user) or 'eid' (signed in
 * through the municipality's OpenID Connect provider). New statements are 'shown' at once or
 * 'moderated' first.
 */
export const dialogues = pgTable(
  'dialogues',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** The question participants answer, shown above the statements. */
    question: text('question').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    participation: text('participation').notNull().default('anyone'),
    newStatements: text('new_statements').notNull().default('shown'),
    /**
     * The optional questions about who takes part, declared before the dialogue opens: the age
     * band, and the district from the dialogue's own list. Null: none are asked.
     */
    background: jsonb('background').$type<BackgroundQuestions>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dialogues_matter_idx').on(t.matterId),
    index('dialogues_municipality_idx').on(t.municipalityId, t.closesAt),
    check('dialogues_question_length', sql`char_length(${t.question}) between 1 and 300`),
    check('dialogues_closes_after_opening', sql`${t.closesAt} > ${t.opensAt}`),
    check('dialogues_participation', sql`${t.participation} in ('anyone', 'registered', 'eid')`),
    check('dialogues_new_statements', sql`${t.newStatements} in ('shown', 'moderated')`),
  ],
);

/**
 * One person in one dialogue, under a number that is all the open data shows of them. A visitor is
 * known by the hash of a random key kept in their browser's cookie; a signed-in user by their id.
 */
export const dialogueParticipants = pgTable(
  'dialogue_participants',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    /** 0, 1, 2 … in the order they joined: the participant id of the open data. */
    number: integer('number').notNull(),
    userId: uuid('user_id').references(() => users.id),
    /** SHA-256 of the visitor's cookie key (hex); never the key itself. */
    keyHash: text('key_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dialogue_participants_number_idx').on(t.dialogueId, t.number),
    uniqueIndex('dialogue_participants_user_idx')
      .on(t.dialogueId, t.userId)
      .where(sql`${t.userId} is not null`),
    uniqueIndex('dialogue_participants_key_idx')
      .on(t.dialogueId, t.keyHash)
      .where(sql`${t.keyHash} is not null`),
  ],
);

/**
 * A statement participants vote on: written by staff as a seed (shown first) or by a participant.
 * A meta statement (about the dialogue itself) is voted on but kept out of the map's math.
 * `status`: 'accepted' (shown), 'pending' (waits for a moderator) or 'rejected'.
 */
export const dialogueStatements = pgTable(
  'dialogue_statements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    /** 0, 1, 2 … in the order written: the comment id of the open data. */
    number: integer('number').notNull(),
    text: text('text').notNull(),
    /** The text compared for duplicates: lower case, spaces collapsed. */
    normalised: text('normalised').notNull(),
    participantId: uuid('participant_id').references(() => dialogueParticipants.id),
    isSeed: boolean('is_seed').notNull().default(false),
    isMeta: boolean('is_meta').notNull().default(false),
    status: text('status').notNull().default('accepted'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dialogue_statements_number_idx').on(t.dialogueId, t.number),
    uniqueIndex('dialogue_statements_text_idx').on(t.dialogueId, t.normalised),
    check('dialogue_statements_text_length', sql`char_length(${t.text}) between 1 and 280`),
    check('dialogue_statements_status', sql`${t.status} in ('accepted', 'pending', 'rejected')`),
  ],
);

/**
 * Every vote ever cast, in order (append-only): agree 1, disagree −1, pass 0. A participant's
 * current vote on a statement is their latest; the earlier ones stay, as Polis keeps them.
 */
export const dialogueVotes = pgTable(
  'dialogue_votes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => dialogueParticipants.id),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => dialogueStatements.id),
    value: smallint('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dialogue_votes_dialogue_idx').on(t.dialogueId, t.id),
    index('dialogue_votes_participant_idx').on(t.participantId, t.statementId, t.id),
    check('dialogue_votes_value', sql`${t.value} in (-1, 0, 1)`),
  ],
);

/**
 * The opinion map of a dialogue as last computed from its votes (opinion-map.ts), for every
 * process to serve. `votesSeen` is the last vote it includes; a process claims the computation by
 * setting `claimedUntil`, so one process computes while the others serve what is stored.
 */
export const dialogueMaps = pgTable('dialogue_maps', {
  dialogueId: uuid('dialogue_id')
    .primaryKey()
    .references(() => dialogues.id),
  votesSeen: bigint('votes_seen', { mode: 'number' }).notNull().default(0),
  computedAt: timestamp('computed_at', { withTimezone: true }),
  claimedUntil: timestamp('claimed_until', { withTimezone: true }),
  map: jsonb('map'),
});

/**
 * A comment on a dialogue, or a reply to one (one level deep). `status`: 'shown', 'hidden'
 * (by three flags until a moderator decides, or by a moderator with `hiddenReason`) or 'removed'
 * (by its writer). `reviewedAt` is set when a moderator kept it: flags no longer hide it then.
 */
export const dialogueComments = pgTable(
  'dialogue_comments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => dialogueComments.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => dialogueParticipants.id),
    text: text('text').notNull(),
    status: text('status').notNull().default('shown'),
    hiddenReason: text('hidden_reason'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dialogue_comments_dialogue_idx').on(t.dialogueId, t.createdAt),
    index('dialogue_comments_parent_idx').on(t.parentId),
    check('dialogue_comments_text_length', sql`char_length(${t.text}) between 1 and 2000`),
    check('dialogue_comments_status', sql`${t.status} in ('shown', 'hidden', 'removed')`),
  ],
);

/** A signed-in user's flag on a comment, with the reason; one per user and comment. */
export const commentFlags = pgTable(
  'comment_flags',
  {
    commentId: uuid('comment_id')
      .notNull()
      .references(() => dialogueComments.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] })],
);

/**
 * How the residents' input was used, published by staff after the decision: a summary, and per
 * theme (a group of the map, or a subject) whether it was used, partly used or not, and why.
 */
export const dialogueFeedback = pgTable('dialogue_feedback', {
  dialogueId: uuid('dialogue_id')
    .primaryKey()
    .references(() => dialogues.id),
  summary: text('summary').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  publishedBy: uuid('published_by').references(() => users.id),
});

export const feedbackItems = pgTable(
  'feedback_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogueFeedback.dialogueId),
    position: integer('position').notNull(),
    theme: text('theme').notNull(),
    /** 'used' | 'partly' | 'notUsed' */
    outcome: text('outcome').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    uniqueIndex('feedback_items_position_idx').on(t.dialogueId, t.position),
    check('feedback_items_outcome', sql`${t.outcome} in ('used', 'partly', 'notUsed')`),
    check('feedback_items_theme_length', sql`char_length(${t.theme}) between 1 and 300`),
    check('feedback_items_reason_length', sql`char_length(${t.reason}) between 1 and 2000`),
  ],
);

/** The background questions a dialogue asks (see `dialogues.background`). */
export type BackgroundQuestions = { ageBand: boolean; districts: string[] };

/**
 * A participant's answers to the background questions, each optional; kept apart from the votes
 * so the municipality's retention deletes them without touching what was said.
 */
export const participantBackgrounds = pgTable(
  'participant_backgrounds',
  {
    participantId: uuid('participant_id')
      .primaryKey()
      .references(() => dialogueParticipants.id),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id),
    district: text('district'),
    ageBand: text('age_band'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('participant_backgrounds_dialogue_idx').on(t.dialogueId)],
);

/** A municipality's settings for its dialogues: months background answers are kept after the decision. */
export const dialogueSettings = pgTable('dialogue_settings', {
  municipalityId: text('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  backgroundRetentionMonths: integer('background_retention_months').notNull().default(12),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
