import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { counties, departments, municipalities } from '../tenancy/tenancy.schema.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** Stored lower-cased; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id PHC string; null for accounts that only log in through OpenID Connect. */
  passwordHash: text('password_hash'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /**
   * Set when the person deleted their account: the row stays, anonymised (an address that cannot
   * receive mail, no name, no password), because the append-only audit log refers to it.
   */
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

/**
 * Links a user to an account at one municipality's OpenID Connect provider. The key is the
 * provider (its municipality) with issuer and subject: a provider is configured by that
 * municipality's admin, so what it vouches for counts in that municipality only. The subject is
 * kept only as a hash (`subjectHash`, docs/decisions/0013): at e-ID brokers it is often the
 * person's identity number.
 */
export const externalIdentities = pgTable(
  'external_identities',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    issuer: text('issuer').notNull(),
    /** `subjectHash()` of municipality, issuer and subject (oidc/subject-hash.ts); hex. */
    subjectHash: text('subject_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('external_identities_provider_subject').on(
      t.municipalityId,
      t.issuer,
      t.subjectHash,
    ),
  ],
);

/** Sessions are looked up by the SHA-256 of the cookie value, so a leaked table leaks no sessions. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * A role held by a user. Municipal roles carry a municipality (and a department for managers);
 * coordinators carry a county, or none for the whole network. Revoking sets `revokedAt`.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    departmentId: uuid('department_id').references(() => departments.id),
    countyId: text('county_id').references(() => counties.id),
    grantedBy: uuid('granted_by').references(() => users.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [
    index('role_grants_user_idx').on(t.userId),
    index('role_grants_municipality_idx').on(t.municipalityId),
  ],
);

/** Personal API tokens: stored as SHA-256, scoped to one municipality. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Every token ends: 90 days by default, a year at most (API_TOKEN_MAX_DAYS). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** One OpenID Connect provider per municipality (its staff IdP or a resident e-ID broker). */
export const oidcProviders = pgTable('oidc_providers', {
  municipalityId: text('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  /**
   * The issuer's discovery document, read when the admin saved the settings; logins use it and
   * make no discovery request of their own. Null until a save could read it.
   */
  metadata: jsonb('metadata').$type<Record<string, unknown>>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** In-flight OpenID Connect logins (state, PKCE verifier, nonce); kept in the database so any process can finish them. */
export const oidcLogins = pgTable('oidc_logins', {
  state: text('state').primaryKey(),
  municipalityId: text('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  lang: text('lang').notNull(),
  /** Set when a signed-in user asked to link this provider to their own account. */
  linkUserId: uuid('link_user_id').references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/**
 * Registrations waiting for their e-mail address to be confirmed. The account is created only
 * when the link in the mail is followed; the link's token is kept as SHA-256 only. A confirmed or
 * expired row is kept a while (without its password hash once confirmed) so that following the
 * link again says what happened rather than "unknown link".
 */
export const pendingRegistrations = pgTable(
  'pending_registrations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tokenHash: text('token_hash').notNull().unique(),
    /** Lower-cased; not unique: whoever registers twice gets two links, and the first one used wins. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** argon2id PHC string; null once confirmed or expired. */
    passwordHash: text('password_hash'),
    /** The language of the page the person registered on; the mail was written in it. */
    lang: text('lang').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('pending_registrations_expires_idx').on(t.expiresAt)],
);

/**
 * Links for setting a new password, mailed on request. The token is kept as SHA-256 only; a link
 * works once (`usedAt`) and for an hour. Rows stay a week past their end, so that following an old
 * link says "used" or "expired" rather than "unknown".
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** A link goes with its account: deleting the account needs no step for it. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    index('password_resets_user_idx').on(t.userId),
    index('password_resets_expires_idx').on(t.expiresAt),
  ],
);
