import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../../../db/text-search.ts';
import { users } from '../../identity/identity.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { departments, municipalities } from '../../tenancy/tenancy.schema.ts';

/**
 * A co-creation challenge (samskaping): a department's problem, worked on with the people who
 * live with it. Open for ideas, then shortlisting (no new ideas), then done. The owner keeps it
 * when they leave the department's staff only through the department's manager or an admin.
 */
export const challenges = pgTable(
  'challenges',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    ownerId: uuid('owner_id').references(() => users.id),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    /** Who lives with the problem: the people whose voices it needs. */
    affected: text('affected').notNull(),
    /** What any answer must respect: money, law, time. */
    constraints: text('constraints').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    state: text('state').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // What the lists' search looks in, kept by the trigger `challenges_search_fill` in the text
    // search configuration of the municipality's country (migration 0040), as a proposal's.
    searchConfig: text('search_config'),
    /** Title (weight A), then the problem, who lives with it and the constraints (weight B). */
    searchVector: tsvector('search_vector'),
    searchTitle: text('search_title'),
    searchBody: text('search_body'),
  },
  (t) => [
    index('challenges_municipality_idx').on(t.municipalityId, t.createdAt),
    index('challenges_municipality_state_idx').on(t.municipalityId, t.state, t.createdAt),
    index('challenges_state_idx').on(t.state, t.createdAt),
    index('challenges_created_idx').on(t.createdAt),
    index('challenges_search_vector_idx').using('gin', t.searchVector).with({ fastupdate: false }),
    index('challenges_search_title_idx')
      .using('gin', t.searchTitle.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    index('challenges_search_body_idx')
      .using('gin', t.searchBody.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    check('challenges_state', sql`${t.state} in ('open', 'shortlisting', 'done')`),
    check('challenges_title_length', sql`char_length(${t.title}) between 1 and 150`),
    check('challenges_problem_length', sql`char_length(${t.problem}) between 1 and 5000`),
    check('challenges_affected_length', sql`char_length(${t.affected}) between 1 and 2000`),
    check('challenges_constraints_length', sql`char_length(${t.constraints}) <= 2000`),
    check('challenges_dates', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Someone taking part in a challenge, in the role they bring to it; one role each. */
export const challengeParticipants = pgTable(
  'challenge_participants',
  {
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.challengeId, t.userId] }),
    index('challenge_participants_user_idx').on(t.userId),
    check(
      'challenge_participants_role',
      sql`${t.role} in ('resident', 'relative', 'frontline', 'business', 'civilSociety', 'academia', 'expert')`,
    ),
  ],
);

/** An idea for a challenge; shortlisted by the owner, and perhaps made an initiative. */
export const challengeIdeas = pgTable(
  'challenge_ideas',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id),
    authorId: uuid('author_id').references(() => users.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    shortlisted: boolean('shortlisted').notNull().default(false),
    /** The initiative the idea became in the portfolio. */
    initiativeId: uuid('initiative_id')
      .unique()
      .references(() => initiatives.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('challenge_ideas_challenge_idx').on(t.challengeId, t.createdAt),
    check('challenge_ideas_title_length', sql`char_length(${t.title}) between 1 and 150`),
    check('challenge_ideas_body_length', sql`char_length(${t.body}) between 1 and 3000`),
  ],
);

/** A comment on an idea; hidden by the challenge's owner or a moderator, never deleted. */
export const ideaComments = pgTable(
  'idea_comments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => challengeIdeas.id),
    authorId: uuid('author_id').references(() => users.id),
    text: text('text').notNull(),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: uuid('hidden_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('idea_comments_idea_idx').on(t.ideaId, t.createdAt),
    check('idea_comments_text_length', sql`char_length(${t.text}) between 1 and 2000`),
  ],
);

/** The people credited with an idea that became an initiative: its author and those the owner named. */
export const ideaCredits = pgTable(
  'idea_credits',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => challengeIdeas.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] })],
);

/** A meeting or workshop of a challenge, with a capacity and a waiting list beyond it. */
export const workshops = pgTable(
  'workshops',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    accessibility: text('accessibility').notNull().default(''),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('workshops_challenge_idx').on(t.challengeId, t.startsAt),
    check('workshops_title_length', sql`char_length(${t.title}) between 1 and 150`),
    check('workshops_place_length', sql`char_length(${t.place}) between 1 and 300`),
    check('workshops_accessibility_length', sql`char_length(${t.accessibility}) <= 1000`),
    check(
      'workshops_online_url',
      sql`${t.onlineUrl} is null or ${t.onlineUrl} ~ '^https?://[^[:space:]]+$'`,
    ),
    check('workshops_capacity', sql`${t.capacity} between 1 and 10000`),
    check('workshops_times', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A place at a workshop, or on its waiting list: the earliest on the list moves up when a place
 * frees. `remindedAt` marks the reminder mail as sent, so nobody gets two.
 */
export const workshopSignups = pgTable(
  'workshop_signups',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull(),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workshopId, t.userId] }),
    index('workshop_signups_list_idx').on(t.workshopId, t.status, t.signedUpAt),
    index('workshop_signups_user_idx').on(t.userId),
    check('workshop_signups_status', sql`${t.status} in ('confirmed', 'waiting')`),
  ],
);
