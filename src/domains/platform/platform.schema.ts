import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Instance-wide settings that must survive restarts (e.g. the generated demo password). */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Fixed-window rate-limit counters, shared by every app process through the database. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});
