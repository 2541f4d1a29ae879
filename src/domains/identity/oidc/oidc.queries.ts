import { and, eq, gt, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { oidcLogins, oidcProviders } from '../identity.schema.ts';

export type OidcProviderRow = typeof oidcProviders.$inferSelect;

export async function findOidcProvider(
  db: Db,
  municipalityId: string,
): Promise<OidcProviderRow | undefined> {
  const [row] = await db
    .select()
    .from(oidcProviders)
    .where(eq(oidcProviders.municipalityId, municipalityId));
  return row;
}

export async function upsertOidcProvider(
  db: Db,
  row: {
    municipalityId: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
    enabled: boolean;
    metadata: Record<string, unknown> | null;
  },
) {
  await db
    .insert(oidcProviders)
    .values({ ...row, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: oidcProviders.municipalityId,
      set: {
        issuer: row.issuer,
        clientId: row.clientId,
        clientSecret: row.clientSecret,
        enabled: row.enabled,
        metadata: row.metadata,
        updatedAt: new Date(),
      },
    });
}

export async function insertOidcLogin(db: Db, row: typeof oidcLogins.$inferInsert) {
  await db.insert(oidcLogins).values(row);
}

/** Takes (reads and deletes) a pending login, so a state can be used once only. */
export async function takeOidcLogin(db: Db, state: string, now: Date) {
  const [row] = await db
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.state, state), gt(oidcLogins.expiresAt, now)))
    .returning();
  return row;
}

export async function deleteExpiredOidcLogins(db: Db, now: Date) {
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
}

/** Which of these municipalities have an enabled login provider whose settings were checked. */
export async function withEnabledProvider(db: Db, municipalityIds: readonly string[]) {
  if (municipalityIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ municipalityId: oidcProviders.municipalityId })
    .from(oidcProviders)
    .where(
      and(
        inArray(oidcProviders.municipalityId, [...municipalityIds]),
        eq(oidcProviders.enabled, true),
        isNotNull(oidcProviders.metadata),
      ),
    );
  return new Set(rows.map((r) => r.municipalityId));
}
