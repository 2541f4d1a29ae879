import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { municipalities } from '../../tenancy/tenancy.schema.ts';

/**
 * A municipality's rule for proposals (engines/proposal-rules): a preset and its figures. A
 * municipality without a row uses its country's default preset.
 */
export const proposalRules = pgTable(
  'proposal_rules',
  {
    municipalityId: text('municipality_id')
      .primaryKey()
      .references(() => municipalities.id),
    preset: text('preset').notNull(),
    threshold: integer('threshold'),
    perMille: integer('per_mille'),
    collectionDays: integer('collection_days').notNull(),
    decisionMonths: integer('decision_months').notNull(),
    forgetSupportersDays: integer('forget_supporters_days').notNull().default(30),
    /** 'eidOrEmail' | 'eid' (engines/proposal-rules: supportWays). */
    supportBy: text('support_by').notNull().default('eidOrEmail'),
    residenceDeclared: boolean('residence_declared').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'proposal_rules_preset',
      sql`${t.preset} in ('noKommune', 'noFylke', 'seAbsolute', 'sePerMille', 'custom')`,
    ),
    check('proposal_rules_threshold', sql`${t.threshold} is null or ${t.threshold} > 0`),
    check(
      'proposal_rules_per_mille',
      sql`${t.perMille} is null or ${t.perMille} between 1 and 1000`,
    ),
    check('proposal_rules_days', sql`${t.collectionDays} between 1 and 730`),
    check('proposal_rules_months', sql`${t.decisionMonths} between 1 and 24`),
    check('proposal_rules_forget_days', sql`${t.forgetSupportersDays} between 1 and 730`),
    check('proposal_rules_support_by', sql`${t.supportBy} in ('eidOrEmail', 'eid')`),
  ],
);

/**
 * A resident's proposal (innbyggerforslag, e-förslag). Its threshold, window and the body's
 * deadline are fixed when it is accepted in screening or handed to the body, so a later change of
 * the rule does not move them. The support counts are kept here, changed in the transaction that
 * adds a support, so a list of thousands reads them without counting rows.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    topic: text('topic').notNull(),
    district: text('district').notNull().default(''),
    authorId: uuid('author_id').references(() => users.id),
    state: text('state').notNull().default('draft'),
    threshold: integer('threshold'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    screenedAt: timestamp('screened_at', { withTimezone: true }),
    screenedBy: uuid('screened_by').references(() => users.id),
    /** Why screening refused it: 'remit' | 'offensive' | 'duplicate'; with a note to the proposer. */
    refusal: text('refusal'),
    refusalNote: text('refusal_note'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    thresholdReachedAt: timestamp('threshold_reached_at', { withTimezone: true }),
    receivedByBodyAt: timestamp('received_by_body_at', { withTimezone: true }),
    bodyDeadline: timestamp('body_deadline', { withTimezone: true }),
    /** 'accepted' | 'partly' | 'rejected' */
    answer: text('answer'),
    answerReason: text('answer_reason'),
    /** The body's decision as it is referred to (case number, date, body). */
    answerDecision: text('answer_decision'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /**
     * When the supporters' identities are deleted (fixed at the answer from the rule); the counts
     * stay. Null until answered.
     */
    forgetSupportersAt: timestamp('forget_supporters_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** The initiative an accepted (or partly accepted) proposal became in the portfolio. */
    initiativeId: uuid('initiative_id')
      .unique()
      .references(() => initiatives.id),
    /** The initiative's stage the supporters were last told of, so each change is told once. */
    toldStage: text('told_stage'),
    supportVerified: integer('support_verified').notNull().default(0),
    supportUnverified: integer('support_unverified').notNull().default(0),
    supportPaper: integer('support_paper').notNull().default(0),
    /**
     * Verified, unverified and paper support together: the one definition of the total that
     * lists, the API, the threshold and the worker all read. Summed as bigint, so three large
     * counts never overflow an int4 in the middle of a request.
     */
    supportTotal: bigint('support_total', { mode: 'number' })
      .notNull()
      .generatedAlwaysAs(
        sql`support_verified::bigint + support_unverified::bigint + support_paper::bigint`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // What the lists' search looks in, kept by the trigger `proposals_search_fill` on each write
    // to the title, body, district or municipality, in the text search configuration of the
    // municipality's country (migration 0040). Never written by the application.
    /** The configuration the proposal is searched with; null for a country without one. */
    searchConfig: text('search_config'),
    /** Title (weight A), then the body and the district (weight B). */
    searchVector: tsvector('search_vector'),
    /** The title and the body as `unaccent(lower(…))`, for typing errors by trigram similarity. */
    searchTitle: text('search_title'),
    searchBody: text('search_body'),
  },
  (t) => [
    index('proposals_municipality_idx').on(t.municipalityId, t.state, t.createdAt),
    // The lists' filters, each with the newest-first order: per municipality by topic or by
    // district, and across the network by state or by topic.
    index('proposals_municipality_topic_idx').on(t.municipalityId, t.topic, t.createdAt),
    index('proposals_municipality_district_idx').on(t.municipalityId, t.district, t.createdAt),
    index('proposals_state_idx').on(t.state, t.createdAt),
    // The network's list without a state: every public proposal, newest first.
    index('proposals_public_idx')
      .on(t.createdAt)
      .where(
        sql`${t.state} in ('collecting', 'thresholdReached', 'expired', 'withBody', 'answered', 'withdrawn')`,
      ),
    index('proposals_topic_idx').on(t.topic, t.state, t.createdAt),
    // Written into directly, as the cases' search indexes (shared_cases, migration 0033).
    index('proposals_search_vector_idx').using('gin', t.searchVector).with({ fastupdate: false }),
    index('proposals_search_title_idx')
      .using('gin', t.searchTitle.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    index('proposals_search_body_idx')
      .using('gin', t.searchBody.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    check(
      'proposals_state',
      sql`${t.state} in ('draft', 'screening', 'refused', 'collecting', 'thresholdReached', 'expired', 'withBody', 'answered', 'withdrawn')`,
    ),
    check('proposals_title_length', sql`char_length(${t.title}) between 1 and 150`),
    check('proposals_body_length', sql`char_length(${t.body}) between 1 and 5000`),
    check('proposals_district_length', sql`char_length(${t.district}) <= 100`),
    check('proposals_threshold', sql`${t.threshold} is null or ${t.threshold} > 0`),
    check(
      'proposals_refusal',
      sql`${t.refusal} is null or ${t.refusal} in ('remit', 'offensive', 'duplicate')`,
    ),
    check(
      'proposals_answer',
      sql`${t.answer} is null or ${t.answer} in ('accepted', 'partly', 'rejected')`,
    ),
    check(
      'proposals_counts',
      sql`${t.supportVerified} >= 0 and ${t.supportUnverified} >= 0 and ${t.supportPaper} >= 0`,
    ),
  ],
);

/** One person's support of a proposal; the primary key keeps it to one, whichever way it came. */
export const proposalSupports = pgTable(
  'proposal_supports',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Signed in through the municipality's e-ID when supporting. */
    verified: boolean('verified').notNull(),
    /** Asked to be told by e-mail of the answer and of what becomes of the proposal. */
    tellMe: boolean('tell_me').notNull().default(false),
    /** Declared living in the municipality, as its rule asked when they supported. */
    declaredResident: boolean('declared_resident').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.userId] }),
    index('proposal_supports_user_idx').on(t.userId),
  ],
);

/** Signatures collected on paper and registered by staff: how many, when signed, who registered them. */
export const proposalPaperSignatures = pgTable(
  'proposal_paper_signatures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    count: integer('count').notNull(),
    signedOn: date('signed_on').notNull(),
    registeredBy: uuid('registered_by').references(() => users.id),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_paper_signatures_proposal_idx').on(t.proposalId),
    check('proposal_paper_signatures_count', sql`${t.count} between 1 and 100000`),
  ],
);
