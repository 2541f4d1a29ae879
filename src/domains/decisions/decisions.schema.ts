import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
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
 * canonical form of the decision and `previousHash`, so the chain can be verified. What the
 * canonical form covers is `hashVersion`'s: 1 the content (body id, date, text, adoptions and the
 * references when given), kept by decisions recorded before version 2 so their published hashes
 * never change; 2 everything the page and the API show, the body's name, who recorded it and when
 * included (engines/decisions, record.ts; docs/decisions/0009).
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
    /** What the hash covers (see above). No default: whoever writes a decision says which. */
    hashVersion: smallint('hash_version').notNull(),
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
    check('decisions_hash_version', sql`${t.hashVersion} in (1, 2)`),
  ],
);

/**
 * Signed checkpoints of a municipality's decision chain: the instance's Ed25519 signature
 * (base64url) over `count`, `head`, the municipality, `signedAt` and the key's id (the canonical
 * payload of engines/decisions/checkpoint.ts). One is written with every decision, in the same
 * transaction, and published, so whoever keeps one can tell a rewritten chain. Append-only.
 */
export const decisionCheckpoints = pgTable(
  'decision_checkpoints',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    count: integer('count').notNull(),
    head: text('head').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [
    uniqueIndex('decision_checkpoints_municipality_count').on(t.municipalityId, t.count),
    check('decision_checkpoints_count', sql`${t.count} >= 1`),
  ],
);
