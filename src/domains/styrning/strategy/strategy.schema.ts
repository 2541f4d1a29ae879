import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { decisions } from '../../decisions/decisions.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { departments, municipalities } from '../../tenancy/tenancy.schema.ts';

/**
 * Versions of a municipality's future story (framtidsberättelse). A draft may be edited; a version
 * adopted by a decision never changes again (a trigger refuses it): the next draft is a new version.
 */
export const futureStoryVersions = pgTable(
  'future_story_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** Markdown as written; sanitised when rendered. */
    body: text('body').notNull(),
    /** 'draft' | 'adopted' */
    status: text('status').notNull().default('draft'),
    adoptedBy: uuid('adopted_by').references(() => decisions.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('future_story_versions_number').on(t.municipalityId, t.version)],
);

/** Strategic goals (no department) and department goals under them. */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => goals.id),
    departmentId: uuid('department_id').references(() => departments.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** 'draft' | 'adopted'; goals are adopted as a set by a decision. */
    status: text('status').notNull().default('draft'),
    adoptedBy: uuid('adopted_by').references(() => decisions.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The goals page and API read a municipality's goals in this order.
    index('goals_municipality_order_idx').on(t.municipalityId, t.position, t.createdAt),
    index('goals_parent_idx').on(t.parentId),
  ],
);

/** A measurable indicator of a goal, optionally a Kolada KPI. */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    /** 'higher' | 'lower' is better */
    direction: text('direction').notNull(),
    baselineValue: doublePrecision('baseline_value').notNull(),
    baselineDate: date('baseline_date').notNull(),
    targetValue: doublePrecision('target_value').notNull(),
    targetDate: date('target_date').notNull(),
    koladaKpiId: text('kolada_kpi_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicators_goal_idx').on(t.goalId)],
);

/** Measurements over time; append-only like every measurement. */
export const indicatorMeasurements = pgTable(
  'indicator_measurements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    value: doublePrecision('value').notNull(),
    measuredOn: date('measured_on').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_measurements_indicator_idx').on(t.indicatorId, t.measuredOn)],
);
