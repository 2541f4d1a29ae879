import { sql } from 'drizzle-orm';
import {
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import { sharedCases } from '../cases/cases.schema.ts';

/**
 * A case a coordinator recommends: to their county's municipalities, or (without a county) on the
 * network's national shortlist. One recommendation per case and county; taking one back deletes
 * it, and the audit log keeps both.
 */
export const caseRecommendations = pgTable(
  'case_recommendations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => sharedCases.id),
    /** Null: the network's national shortlist. */
    countyId: text('county_id').references(() => counties.id),
    note: text('note').notNull().default(''),
    recommendedBy: uuid('recommended_by').references(() => users.id),
    recommendedAt: timestamp('recommended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_recommendations_county_case_idx')
      .on(t.countyId, t.caseId)
      .where(sql`${t.countyId} is not null`),
    uniqueIndex('case_recommendations_shortlist_case_idx')
      .on(t.caseId)
      .where(sql`${t.countyId} is null`),
    index('case_recommendations_case_idx').on(t.caseId),
    check('case_recommendations_note_length', sql`char_length(${t.note}) <= 500`),
  ],
);

/**
 * That someone working in a municipality has opened a case's page: one row per case and
 * municipality, written the first time and never again, so a coordinator sees who has not looked.
 */
export const caseLooks = pgTable(
  'case_looks',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => sharedCases.id),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    firstLookedAt: timestamp('first_looked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.municipalityId] })],
);
