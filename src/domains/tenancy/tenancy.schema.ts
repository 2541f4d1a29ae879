import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

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
    /** Inhabitants by the national statistics office (reference-data/population). */
    population: integer('population'),
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

/** Binary data: `bytea`, read as bytes from PGlite and from node-postgres alike. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * A municipality's own look, set by its admin: an accent colour (`#rrggbb`, dark enough for white
 * text on it and for links on white) and a logo (PNG or SVG, at most 100 KB, stored here and
 * served from this site). One row per municipality that has set either.
 */
export const municipalityBranding = pgTable(
  'municipality_branding',
  {
    municipalityId: text('municipality_id')
      .primaryKey()
      .references(() => municipalities.id),
    accentColour: text('accent_colour'),
    logo: bytea('logo'),
    logoType: text('logo_type'),
    /** First 12 hex digits of the logo's SHA-256: part of its long-cached address. */
    logoHash: text('logo_hash'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('municipality_branding_accent_colour', sql`${t.accentColour} ~ '^#[0-9a-f]{6}$'`),
    check(
      'municipality_branding_logo',
      sql`(${t.logo} is null and ${t.logoType} is null and ${t.logoHash} is null) or (octet_length(${t.logo}) <= 102400 and ${t.logoType} in ('image/png', 'image/svg+xml') and ${t.logoHash} is not null)`,
    ),
  ],
);
