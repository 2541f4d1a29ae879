import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { matters } from '../dialogues/dialogues.schema.ts';

/**
 * Who follows a matter. A signed-in participant follows it without a row; a row with
 * `following = false` says the person stopped, so taking part again does not bring them back.
 */
export const matterFollows = pgTable(
  'matter_follows',
  {
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    following: boolean('following').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.matterId, t.userId] }),
    index('matter_follows_user_idx').on(t.userId),
  ],
);

/**
 * Something followers are told about a matter: its dialogue closed, the decision was made, the
 * feedback was published. One of each kind per matter, so two processes noticing the same close
 * write one notice.
 */
export const matterNotices = pgTable(
  'matter_notices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    /** `closed`, `decided` or `feedback`. */
    kind: text('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('matter_notices_matter_kind').on(t.matterId, t.kind)],
);

/**
 * A notice waiting for one person, until a mail carries it (`sentAt`): at once, or in the daily or
 * weekly digest, as the person chose.
 */
export const noticeDeliveries = pgTable(
  'notice_deliveries',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => matterNotices.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.noticeId, t.userId] }),
    index('notice_deliveries_waiting_idx')
      .on(t.userId, t.createdAt)
      .where(sql`${t.sentAt} is null`),
  ],
);

/**
 * How often a person wants notification mails: `none`, `immediately`, `daily` (the default, with
 * no row) or `weekly`; in which language; and when the last one left.
 */
export const notificationSettings = pgTable('notification_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  frequency: text('frequency').notNull().default('daily'),
  lang: text('lang'),
  lastMailAt: timestamp('last_mail_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The one-click unsubscribe link in a notification mail: its token's SHA-256, so a leaked table
 * unsubscribes nobody. Following it stops that person's notification mails.
 */
export const unsubscribeLinks = pgTable(
  'unsubscribe_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('unsubscribe_links_user_idx').on(t.userId)],
);
