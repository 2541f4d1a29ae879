import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.schema.ts';
import { municipalities } from '../tenancy/tenancy.schema.ts';

/** Kommunfullmäktige / kommunestyre, kommunstyrelse / formannskap, nämnder / utvalg. */
export const decisionBodies = pgTable(
  'decision_bodies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    /** 'council' | 'executive' | 'committee' */
    kind: text('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decision_bodies_municipality_idx').on(t.municipalityId)],
);

/**
 * A recorded decision. Append-only (a database trigger refuses UPDATE and DELETE); a correction is
 * a new decision. `sequence` numbers a municipality's decisions from 1; `hash` is SHA-256 over the
 * canonical content and `previousHash`, so the chain can be verified. Paragraph, registration
 * number and protocol link are hashed with the rest when given (decisions recorded before they
 * existed have none, and their hashes are unchanged).
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    sequence: integer('sequence').notNull(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => decisionBodies.id),
    decidedOn: date('decided_on').notNull(),
    text: text('text').notNull(),
    /** What the decision adopts: pairs of kind ('future-story-version', 'goal-set', 'portfolio-scenario', 'gate-override') and id. */
    adopts: jsonb('adopts').$type<{ kind: string; id: string }[]>().notNull().default([]),
    /** The paragraph of the minutes (§ 45, or PS 45/26 in Norway). */
    paragraph: text('paragraph'),
    /** The registration number of the case: diarienummer (KS 2026/123) or saksnummer (26/01234). */
    registrationNumber: text('registration_number'),
    /** Where the minutes (protokoll) are published; https only. */
    protocolUrl: text('protocol_url'),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('decisions_municipality_sequence').on(t.municipalityId, t.sequence),
    check('decisions_paragraph_length', sql`char_length(${t.paragraph}) between 1 and 20`),
    check(
      'decisions_registration_number_length',
      sql`char_length(${t.registrationNumber}) between 1 and 50`,
    ),
    check(
      'decisions_protocol_url_https',
      sql`${t.protocolUrl} like 'https://_%' and char_length(${t.protocolUrl}) <= 2000`,
    ),
  ],
);
