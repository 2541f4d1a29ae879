import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';

/** A saved prioritisation run (weights, budget) and its result, to compare and to adopt. */
export const scenarios = pgTable(
  'scenarios',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    budget: doublePrecision('budget').notNull(),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scenarios_municipality_idx').on(t.municipalityId, t.year)],
);
