import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { counties, departments, municipalities } from '../tenancy/tenancy.schema.ts';
import {
  apiTokens,
  externalIdentities,
  oidcLogins,
  passwordResets,
  pendingRegistrations,
  roleGrants,
  sessions,
  users,
} from './identity.schema.ts';

// The account's own rows, for the person's download and for deleting the account.

/** Every role the user holds or held, with where. */
export function allGrantsOf(db: Db, userId: string) {
  return db
    .select({
      role: roleGrants.role,
      municipality: municipalities.name,
      department: departments.name,
      county: counties.name,
      grantedAt: roleGrants.grantedAt,
      revokedAt: roleGrants.revokedAt,
    })
    .from(roleGrants)
    .leftJoin(municipalities, eq(municipalities.id, roleGrants.municipalityId))
    .leftJoin(departments, eq(departments.id, roleGrants.departmentId))
    .leftJoin(counties, eq(counties.id, roleGrants.countyId))
    .where(eq(roleGrants.userId, userId))
    .orderBy(asc(roleGrants.grantedAt), asc(roleGrants.id));
}

/** The municipalities' login services linked to the account (never the subject: not stored). */
export function eidLinksOf(db: Db, userId: string) {
  return db
    .select({
      municipality: municipalities.name,
      issuer: externalIdentities.issuer,
      linkedAt: externalIdentities.createdAt,
    })
    .from(externalIdentities)
    .innerJoin(municipalities, eq(municipalities.id, externalIdentities.municipalityId))
    .where(eq(externalIdentities.userId, userId))
    .orderBy(asc(externalIdentities.createdAt));
}

/** The user's API tokens, revoked ones too (never the token itself: only its hash is stored). */
export function allTokensOf(db: Db, userId: string) {
  return db
    .select({
      name: apiTokens.name,
      municipality: municipalities.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(municipalities, eq(municipalities.id, apiTokens.municipalityId))
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.createdAt));
}

/** The user's sessions: when each began and ends. */
export function sessionsOf(db: Db, userId: string) {
  return db
    .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt));
}

/** The account row, locked until the transaction ends: one deletion at a time. */
export async function lockUser(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).for('update');
  return row;
}

/**
 * Ends everything that lets the account act: its sessions, password reset links, logins under way
 * and links to login services are deleted; its roles and API tokens are revoked (kept, as every
 * revocation is).
 */
export async function disableAccount(db: Db, userId: string, now: Date): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await db.delete(passwordResets).where(eq(passwordResets.userId, userId));
  await db.delete(oidcLogins).where(eq(oidcLogins.linkUserId, userId));
  await db.delete(externalIdentities).where(eq(externalIdentities.userId, userId));
  await db
    .update(roleGrants)
    .set({ revokedAt: now, revokedBy: userId })
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)));
  await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

/** Deletes registrations of an address that are waiting for, or kept after, their confirmation. */
export async function deleteRegistrationsOf(db: Db, email: string): Promise<void> {
  await db.delete(pendingRegistrations).where(eq(pendingRegistrations.email, email.toLowerCase()));
}

/**
 * Anonymises the account row in place: the append-only audit log refers to it, so it stays, with
 * an address that cannot receive mail (`.invalid`, RFC 6761) and cannot clash (it carries the
 * id), no name and no password.
 */
export async function anonymiseUser(db: Db, userId: string, email: string, now: Date) {
  await db
    .update(users)
    .set({ email, name: '–', passwordHash: null, deletedAt: now })
    .where(and(eq(users.id, userId), sql`${users.deletedAt} is null`));
}
