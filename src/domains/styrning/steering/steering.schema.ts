import { doublePrecision, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { municipalities } from '../../tenancy/tenancy.schema.ts';

/** A municipality's steering settings: criteria weights and the discount rate of the benefit calculus. */
export const steeringSettings = pgTable('steering_settings', {
  municipalityId: text('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  discountRate: doublePrecision('discount_rate').notNull().default(0.04),
  currency: text('currency').notNull(),
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
