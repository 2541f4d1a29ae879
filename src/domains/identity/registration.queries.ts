import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pendingRegistrations } from './identity.schema.ts';

export type PendingRegistrationRow = typeof pendingRegistrations.$inferSelect;

export async function insertPendingRegistration(
  db: Db,
  row: {
    tokenHash: string;
    email: string;
    name: string;
    municipalityId: string;
    passwordHash: string;
    lang: string;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insert(pendingRegistrations).values({ ...row, email: row.email.toLowerCase() });
}

/**
 * The registration a link's token belongs to. `forUpdate` locks it until the transaction ends, so
 * that two requests with the same link cannot both create the account.
 */
export async function findPendingRegistration(
  db: Db,
  tokenHash: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PendingRegistrationRow | undefined> {
  const query = db
    .select()
    .from(pendingRegistrations)
    .where(eq(pendingRegistrations.tokenHash, tokenHash));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

/** Marks a registration used and forgets its password hash (the account has it now). */
export async function markRegistrationConfirmed(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(pendingRegistrations)
    .set({ confirmedAt: now, passwordHash: null })
    .where(eq(pendingRegistrations.id, id));
}

/**
 * Forgets the password hashes of expired registrations at once, and the rows a week after they
 * expired (until then, following an old link says "expired" rather than "unknown").
 */
export async function purgePendingRegistrations(db: Db, now: Date): Promise<void> {
  await db
    .update(pendingRegistrations)
    .set({ passwordHash: null })
    .where(
      and(lt(pendingRegistrations.expiresAt, now), isNotNull(pendingRegistrations.passwordHash)),
    );
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
  await db.delete(pendingRegistrations).where(lt(pendingRegistrations.expiresAt, weekAgo));
}
