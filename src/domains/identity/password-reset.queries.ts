import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { passwordResets, sessions } from './identity.schema.ts';

export type PasswordResetRow = typeof passwordResets.$inferSelect;

export async function insertPasswordReset(
  db: Db,
  row: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResets).values(row);
}

/**
 * The reset a link's token belongs to. `forUpdate` locks it until the transaction ends, so that
 * two requests with the same link cannot both set a password.
 */
export async function findPasswordReset(
  db: Db,
  tokenHash: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PasswordResetRow | undefined> {
  const query = db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

/** The account's links for its data export: when each was asked for, ends and was used. */
export function passwordResetsOf(db: Db, userId: string) {
  return db
    .select({
      createdAt: passwordResets.createdAt,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
    })
    .from(passwordResets)
    .where(eq(passwordResets.userId, userId))
    .orderBy(asc(passwordResets.createdAt));
}

/** Uses up every unused link of the account: the one followed, and any older ones still in the mailbox. */
export async function usePasswordResetsOf(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

/** Ends every session of the account, in every browser. */
export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Forgets links a week after they ended (until then, an old link says "expired", not "unknown"). */
export async function purgePasswordResets(db: Db, now: Date): Promise<void> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
  await db.delete(passwordResets).where(lt(passwordResets.expiresAt, weekAgo));
}
