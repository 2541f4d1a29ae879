import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A län (SE) or fylke (NO). Id is country and code: `SE-01`, `NO-03`. */
export const counties = pgTable('counties', {
  id: text('id').primaryKey(),
  country: text('country').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
});

/** A kommun / kommune. Id is country and code (`SE-0127`): codes alone collide across countries. */
export const municipalities = pgTable(
  'municipalities',
  {
    id: text('id').primaryKey(),
    country: text('country').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    countyId: text('county_id')
      .notNull()
      .references(() => counties.id),
    hasDemoContent: boolean('has_demo_content').notNull().default(false),
  },
  (t) => [index('municipalities_county_idx').on(t.countyId)],
);

/** A verksamhet / förvaltning / etat of one municipality. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('departments_municipality_idx').on(t.municipalityId)],
);
