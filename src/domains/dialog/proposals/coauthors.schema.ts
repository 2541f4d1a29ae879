import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.schema.ts';
import { proposals } from './proposals.schema.ts';

/**
 * A co-author of a proposal, from the invitation mailed to an address to the account that
 * accepted it. One row per proposal and address: inviting the address again mails a new link on
 * the same row. The link's token is kept as SHA-256 only; a new link replaces the old one.
 */
export const proposalCoauthors = pgTable(
  'proposal_coauthors',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    /** The invited address, lower-cased. */
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** 'invited' | 'accepted' | 'declined' | 'withdrawn' | 'removed' | 'left' (coauthors.ts). */
    state: text('state').notNull().default('invited'),
    /** The account that accepted; null until then. */
    userId: uuid('user_id').references(() => users.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When the invitation was last accepted, declined or ended. */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    unique('proposal_coauthors_address').on(t.proposalId, t.email),
    index('proposal_coauthors_user_idx').on(t.userId),
    index('proposal_coauthors_email_idx').on(t.email),
    check(
      'proposal_coauthors_state',
      sql`${t.state} in ('invited', 'accepted', 'declined', 'withdrawn', 'removed', 'left')`,
    ),
    check('proposal_coauthors_email_length', sql`char_length(${t.email}) between 3 and 254`),
    check(
      'proposal_coauthors_accepted_user',
      sql`${t.state} <> 'accepted' or ${t.userId} is not null`,
    ),
  ],
);
