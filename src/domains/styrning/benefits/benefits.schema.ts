import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { initiatives } from '../portfolio/portfolio.schema.ts';

/**
 * A benefit (nytta / gevinst) or dis-benefit of an initiative, with the indicator that measures it,
 * its baseline (nullpunktsmåling), target, owner in the line organisation (gevinstansvarlig),
 * money value per unit where it has one, and planned yearly values.
 */
export const benefits = pgTable(
  'benefits',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    description: text('description').notNull(),
    /** 'financial' | 'time' | 'quality' | 'environment' | 'satisfaction' */
    kind: text('kind').notNull(),
    isDisbenefit: boolean('is_disbenefit').notNull().default(false),
    recipient: text('recipient').notNull().default(''),
    ownerName: text('owner_name').notNull(),
    indicator: text('indicator').notNull(),
    unit: text('unit').notNull(),
    /** 'higher' | 'lower' is better */
    direction: text('direction').notNull(),
    baselineValue: doublePrecision('baseline_value').notNull(),
    baselineDate: date('baseline_date').notNull(),
    targetValue: doublePrecision('target_value').notNull(),
    targetDate: date('target_date').notNull(),
    moneyPerUnit: doublePrecision('money_per_unit'),
    /** 'green' | 'yellow' | 'red' */
    confidence: text('confidence').notNull().default('yellow'),
    /** Planned value per year, e.g. { "2027": 120 } */
    planned: jsonb('planned').$type<Record<string, number>>().notNull().default({}),
    /** Whether reaching this benefit's target is required for a pilot to scale. */
    countsForGate: boolean('counts_for_gate').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('benefits_initiative_idx').on(t.initiativeId)],
);

/** Measurements of a benefit's indicator; append-only. */
export const benefitMeasurements = pgTable(
  'benefit_measurements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    benefitId: uuid('benefit_id')
      .notNull()
      .references(() => benefits.id),
    value: doublePrecision('value').notNull(),
    measuredOn: date('measured_on').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('benefit_measurements_benefit_idx').on(t.benefitId, t.measuredOn)],
);
