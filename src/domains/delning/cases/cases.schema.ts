import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';

/** A `tsvector`, written by the database only (see `searchVector` below). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** What a case says besides its initiative's own data; kept whole in every version. */
export type CaseContent = {
  title: string;
  summary: string;
  need: string;
  solution: string;
  results: string;
  lessons: string;
  contact: string;
  serviceDomain: string;
  licenceUrl: string;
  sourceUrl: string;
  documentsUrl: string;
  procurementUrl: string;
  costModel: string;
  costNote: string;
};

/**
 * An initiative published to the network as a shared case (Dela Digitalt). The initiative stays
 * the source of its stage and benefits; the case adds what another municipality needs to reuse
 * it. One case per initiative; a withdrawn case is kept, marked.
 */
export const sharedCases = pgTable(
  'shared_cases',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    need: text('need').notNull().default(''),
    solution: text('solution').notNull().default(''),
    results: text('results').notNull().default(''),
    lessons: text('lessons').notNull().default(''),
    contact: text('contact').notNull(),
    serviceDomain: text('service_domain').notNull(),
    licenceUrl: text('licence_url').notNull().default(''),
    sourceUrl: text('source_url').notNull().default(''),
    documentsUrl: text('documents_url').notNull().default(''),
    procurementUrl: text('procurement_url').notNull().default(''),
    /** 'one-off' | 'per-inhabitant' | 'per-size-band' */
    costModel: text('cost_model').notNull(),
    costNote: text('cost_note').notNull().default(''),
    /** 'published' | 'withdrawn' */
    status: text('status').notNull().default('published'),
    version: integer('version').notNull().default(1),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    // What the search looks in, kept by the trigger `shared_cases_search_fill` (migrations 0033,
    // 0035) on each write to the texts or the municipality, in the text search configuration of
    // the municipality's country, so a search reads indexes instead of every case's text. Never
    // written by the application.
    /** The configuration the case is searched with; null for a country without one. */
    searchConfig: text('search_config'),
    /** Title (weight A), then the texts and the municipality's name (weight B). */
    searchVector: tsvector('search_vector'),
    /** The title and the body as `unaccent(lower(…))`, for typing errors by trigram similarity. */
    searchTitle: text('search_title'),
    searchBody: text('search_body'),
  },
  (t) => [
    uniqueIndex('shared_cases_initiative_idx').on(t.initiativeId),
    index('shared_cases_municipality_idx').on(t.municipalityId),
    index('shared_cases_status_idx').on(t.status, t.updatedAt),
    // Written into directly (no pending list): on PGlite nothing vacuums, and a pending list
    // would be read through on every search. Cases are written seldom and searched often.
    index('shared_cases_search_vector_idx')
      .using('gin', t.searchVector)
      .with({ fastupdate: false }),
    index('shared_cases_search_title_idx')
      .using('gin', t.searchTitle.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    index('shared_cases_search_body_idx')
      .using('gin', t.searchBody.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    check('shared_cases_summary_length', sql`char_length(${t.summary}) <= 300`),
    check('shared_cases_status', sql`${t.status} in ('published', 'withdrawn')`),
  ],
);

/** Every version of a case as it was published, with who and when; append-only. */
export const caseVersions = pgTable(
  'case_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => sharedCases.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<CaseContent>().notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_versions_case_version_idx').on(t.caseId, t.version)],
);

/**
 * A municipality that reuses a case: the initiative it started in its own portfolio from the
 * case. Its status is read from that initiative's stage, so it follows without being kept here.
 */
export const caseAdoptions = pgTable(
  'case_adoptions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => sharedCases.id),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    /** 'as-is' | 'adapted' */
    mode: text('mode').notNull(),
    adoptedBy: uuid('adopted_by').references(() => users.id),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_adoptions_case_municipality_idx').on(t.caseId, t.municipalityId),
    index('case_adoptions_municipality_idx').on(t.municipalityId),
    uniqueIndex('case_adoptions_initiative_idx').on(t.initiativeId),
    check('case_adoptions_mode', sql`${t.mode} in ('as-is', 'adapted')`),
  ],
);
