import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Mails waiting to be sent, and those sent. A mail is written in the transaction of what it
 * announces, so a rolled-back write sends nothing; a background worker sends it afterwards.
 * A worker claims a mail by setting `claimToken` and `claimedUntil` (a lease): while the lease
 * runs no other worker takes it, and only the holder of the token can mark it sent or failed.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** What the mail is about, e.g. `identity.registration`; for logs, never shown. */
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    /** The recipient's language (sv, nb, en): the mail is written in it. */
    lang: text('lang').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    /**
     * For mails a person may stop (notifications): the address of the one-click unsubscribe,
     * sent as `List-Unsubscribe` with `List-Unsubscribe-Post` (RFC 8058).
     */
    unsubscribeUrl: text('unsubscribe_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Not before: the next attempt is due then (later after each failure). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Attempts begun so far, counted when claimed, so a mail that crashes its worker ends too. */
    attempts: integer('attempts').notNull().default(0),
    claimToken: uuid('claim_token'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Set when the last attempt failed: the mail is given up. */
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [
    // The worker's question: which unsent mails are due?
    index('mail_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    index('mail_outbox_to_idx').on(t.toAddress, t.createdAt),
  ],
);
