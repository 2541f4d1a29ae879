import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Grant, MunicipalRole } from '../../vocabulary/actor.ts';
import { counties, departments, municipalities } from '../tenancy/tenancy.schema.ts';
import { apiTokens, externalIdentities, roleGrants, sessions, users } from './identity.schema.ts';
import { subjectHash } from './oidc/subject-hash.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Inserts a user; returns undefined when the e-mail is taken. */
export async function insertUser(
  db: Db,
  row: { email: string; name: string; passwordHash: string | null; isDemo?: boolean },
): Promise<UserRow | undefined> {
  const [created] = await db
    .insert(users)
    .values({ ...row, email: row.email.toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return created;
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** The account linked to a subject at one municipality's provider (looked up by its hash). */
export async function findExternalIdentity(
  db: Db,
  municipalityId: string,
  issuer: string,
  subject: string,
) {
  const hash = subjectHash(municipalityId, issuer, subject);
  const [row] = await db
    .select()
    .from(externalIdentities)
    .where(
      and(
        eq(externalIdentities.municipalityId, municipalityId),
        eq(externalIdentities.issuer, issuer),
        eq(externalIdentities.subjectHash, hash),
      ),
    );
  return row;
}

/** The municipalities whose provider a user has linked to their account. */
export async function linkedMunicipalitiesOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ municipalityId: externalIdentities.municipalityId })
    .from(externalIdentities)
    .where(eq(externalIdentities.userId, userId));
  return rows.map((r) => r.municipalityId);
}

/** Links a subject at a municipality's provider to a user; only the subject's hash is written. */
export async function insertExternalIdentity(
  db: Db,
  row: { userId: string; municipalityId: string; issuer: string; subject: string },
) {
  const { subject, ...rest } = row;
  await db
    .insert(externalIdentities)
    .values({ ...rest, subjectHash: subjectHash(row.municipalityId, row.issuer, subject) })
    .onConflictDoNothing();
}

// ---- sessions

export async function insertSession(db: Db, idHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ idHash, userId, expiresAt });
}

/**
 * The user of a live session with their live grants, in one statement (it runs on every signed-in
 * request): one row per grant, or one row with null grant columns for a user without roles.
 */
export async function findSessionUserWithGrants(db: Db, idHash: string, now: Date) {
  // Only the columns an actor needs: on PGlite, every extra column costs parsing on each request.
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: roleGrants.role,
      municipalityId: roleGrants.municipalityId,
      departmentId: roleGrants.departmentId,
      countyId: roleGrants.countyId,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(roleGrants, and(eq(roleGrants.userId, users.id), isNull(roleGrants.revokedAt)))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  const first = rows[0];
  if (!first) return undefined;
  const grants = grantsOfJoinedRows(rows);
  return {
    user: { id: first.id, email: first.email, name: first.name },
    grants,
    expiresAt: first.expiresAt,
  };
}

export async function deleteSession(db: Db, idHash: string) {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(sql`${sessions.expiresAt} <= ${now}`);
}

// ---- roles

/** The grants in rows of a left join on role grants (a row without a role is the user alone). */
function grantsOfJoinedRows(
  rows: (Pick<GrantRow, 'municipalityId' | 'departmentId' | 'countyId'> & {
    role: GrantRow['role'] | null;
  })[],
): Grant[] {
  const grants: Grant[] = [];
  for (const row of rows) if (row.role !== null) grants.push(toGrant({ ...row, role: row.role }));
  return grants;
}

type GrantRow = typeof roleGrants.$inferSelect;

function toGrant(
  row: Pick<GrantRow, 'role' | 'municipalityId' | 'departmentId' | 'countyId'>,
): Grant {
  if (row.role === 'coordinator') return { role: 'coordinator', countyId: row.countyId };
  return {
    role: row.role as MunicipalRole,
    municipalityId: row.municipalityId ?? '',
    departmentId: row.departmentId,
  };
}

/** The live (unrevoked) grants of a user. */
export async function grantsOf(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)));
  return rows.map(toGrant);
}

export type GrantInput = {
  userId: string;
  role: string;
  municipalityId: string | null;
  departmentId: string | null;
  countyId: string | null;
  grantedBy: string | null;
};

/** Inserts a grant unless the same live grant exists; returns the grant id, or undefined if it existed. */
export async function insertGrant(db: Db, g: GrantInput): Promise<string | undefined> {
  const same = and(
    eq(roleGrants.userId, g.userId),
    eq(roleGrants.role, g.role),
    isNull(roleGrants.revokedAt),
    g.municipalityId
      ? eq(roleGrants.municipalityId, g.municipalityId)
      : isNull(roleGrants.municipalityId),
    g.departmentId ? eq(roleGrants.departmentId, g.departmentId) : isNull(roleGrants.departmentId),
    g.countyId ? eq(roleGrants.countyId, g.countyId) : isNull(roleGrants.countyId),
  );
  const [existing] = await db.select({ id: roleGrants.id }).from(roleGrants).where(same);
  if (existing) return undefined;
  const [row] = await db.insert(roleGrants).values(g).returning({ id: roleGrants.id });
  return row?.id;
}

/** Revokes one live municipal grant of this municipality; returns whether one was revoked. */
export async function revokeGrant(
  db: Db,
  grantId: string,
  municipalityId: string,
  revokedBy: string,
): Promise<boolean> {
  const rows = await db
    .update(roleGrants)
    .set({ revokedAt: new Date(), revokedBy })
    .where(
      and(
        eq(roleGrants.id, grantId),
        eq(roleGrants.municipalityId, municipalityId),
        isNull(roleGrants.revokedAt),
      ),
    )
    .returning({ id: roleGrants.id });
  return rows.length > 0;
}

/** The ids of a municipality's live admin grants, locked until the transaction ends. */
export async function lockLiveAdminGrants(db: Db, municipalityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.municipalityId, municipalityId),
        eq(roleGrants.role, 'admin'),
        isNull(roleGrants.revokedAt),
      ),
    )
    .for('update');
  return rows.map((r) => r.id);
}

/** Revokes a live coordinator grant; returns whether one was revoked. */
export async function revokeCoordinatorGrant(
  db: Db,
  grantId: string,
  revokedBy: string,
): Promise<boolean> {
  const rows = await db
    .update(roleGrants)
    .set({ revokedAt: new Date(), revokedBy })
    .where(
      and(
        eq(roleGrants.id, grantId),
        eq(roleGrants.role, 'coordinator'),
        isNull(roleGrants.revokedAt),
      ),
    )
    .returning({ id: roleGrants.id });
  return rows.length > 0;
}

/** Live coordinator grants with user and county, for the network page. */
export async function coordinatorGrants(db: Db) {
  return db
    .select({
      id: roleGrants.id,
      email: users.email,
      name: users.name,
      countyName: counties.name,
      grantedAt: roleGrants.grantedAt,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(counties, eq(counties.id, roleGrants.countyId))
    .where(and(eq(roleGrants.role, 'coordinator'), isNull(roleGrants.revokedAt)))
    .orderBy(asc(counties.id), asc(users.email));
}

/** Live grants in a municipality, with the user and department, for the admin page. */
export async function grantsInMunicipality(db: Db, municipalityId: string) {
  return db
    .select({
      id: roleGrants.id,
      role: roleGrants.role,
      grantedAt: roleGrants.grantedAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      departmentName: departments.name,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(departments, eq(departments.id, roleGrants.departmentId))
    .where(and(eq(roleGrants.municipalityId, municipalityId), isNull(roleGrants.revokedAt)))
    .orderBy(asc(users.email), asc(roleGrants.role));
}

/** The user's live grants with names, for the account page. */
export async function describeGrants(db: Db, userId: string) {
  return db
    .select({
      role: roleGrants.role,
      municipalityId: roleGrants.municipalityId,
      municipalityName: municipalities.name,
      departmentName: departments.name,
      countyName: counties.name,
    })
    .from(roleGrants)
    .leftJoin(municipalities, eq(municipalities.id, roleGrants.municipalityId))
    .leftJoin(departments, eq(departments.id, roleGrants.departmentId))
    .leftJoin(counties, eq(counties.id, roleGrants.countyId))
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)))
    .orderBy(asc(municipalities.name), asc(roleGrants.role));
}

// ---- API tokens

export async function insertApiToken(
  db: Db,
  row: {
    userId: string;
    municipalityId: string;
    name: string;
    tokenHash: string;
    expiresAt: Date;
  },
) {
  const [created] = await db.insert(apiTokens).values(row).returning({ id: apiTokens.id });
  if (!created) throw new Error('token insert returned no row');
  return created.id;
}

/**
 * A live token by hash (not revoked, not expired) with its owner and the owner's live grants, in
 * one query as for sessions.
 */
export async function findLiveTokenWithGrants(db: Db, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      tokenId: apiTokens.id,
      tokenMunicipalityId: apiTokens.municipalityId,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: roleGrants.role,
      municipalityId: roleGrants.municipalityId,
      departmentId: roleGrants.departmentId,
      countyId: roleGrants.countyId,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(roleGrants, and(eq(roleGrants.userId, users.id), isNull(roleGrants.revokedAt)))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, now),
      ),
    );
  const first = rows[0];
  if (!first) return undefined;
  const grants = grantsOfJoinedRows(rows);
  return {
    token: {
      id: first.tokenId,
      municipalityId: first.tokenMunicipalityId,
      lastUsedAt: first.lastUsedAt,
      expiresAt: first.expiresAt,
    },
    user: { id: first.id, email: first.email, name: first.name },
    grants,
  };
}

export async function touchToken(db: Db, id: string, now: Date) {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function tokensOf(db: Db, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      municipalityId: apiTokens.municipalityId,
      municipalityName: municipalities.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(municipalities, eq(municipalities.id, apiTokens.municipalityId))
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(asc(apiTokens.createdAt));
}

/** Revokes a token of this user; returns its municipality, or undefined when none was revoked. */
export async function revokeToken(db: Db, userId: string, tokenId: string) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    )
    .returning({ municipalityId: apiTokens.municipalityId });
  return row?.municipalityId;
}
