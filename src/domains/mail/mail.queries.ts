import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox } from './mail.schema.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;

/** The channel a worker listens on to hear of a new mail as soon as its transaction commits. */
export const MAIL_CHANNEL = 'samskap_mail';

/** A mail as it is queued: what the outbox is told, before its times and attempts. */
export type QueuedMail = {
  kind: string;
  toAddress: string;
  lang: string;
  subject: string;
  bodyText: string;
  unsubscribeUrl?: string | null;
};

export async function insertOutboxMail(db: Db, row: QueuedMail, now: Date): Promise<OutboxRow> {
  const [created] = await db
    .insert(mailOutbox)
    .values({ ...row, createdAt: now, nextAttemptAt: now })
    .returning();
  if (!created) throw new Error('the outbox took no mail');
  // Delivered when (and only if) the transaction commits, to every process listening.
  await db.execute(sql`select pg_notify(${MAIL_CHANNEL}, '')`);
  return created;
}

/**
 * Queues several mails with one insert, and wakes the workers once. Nothing is inserted for an
 * empty list.
 */
export async function insertOutboxMails(
  db: Db,
  rows: readonly QueuedMail[],
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const created = await db
    .insert(mailOutbox)
    .values(rows.map((row) => ({ ...row, createdAt: now, nextAttemptAt: now })))
    .returning({ id: mailOutbox.id });
  await db.execute(sql`select pg_notify(${MAIL_CHANNEL}, '')`);
  return created.length;
}

/** How many mails were queued to each of the addresses since `since`, sent or not. */
export async function countMailsTo(
  db: Db,
  toAddresses: string[],
  since: Date,
): Promise<Map<string, number>> {
  if (toAddresses.length === 0) return new Map();
  const rows = await db
    .select({ to: mailOutbox.toAddress, n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.toAddress, toAddresses), gte(mailOutbox.createdAt, since)))
    .groupBy(mailOutbox.toAddress);
  return new Map(rows.map((r) => [r.to, r.n]));
}

/** How many mails were queued to one address since `since`, sent or not. */
export async function countMailTo(db: Db, toAddress: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, toAddress), gte(mailOutbox.createdAt, since)));
  return row?.n ?? 0;
}

/**
 * Claims up to `limit` due mails for one worker: each gets `claimToken` and a lease until
 * `leaseUntil`, and its attempt is counted. Rows another worker is claiming right now are skipped
 * (`SKIP LOCKED`), and rows under a live lease are not due, so no two workers hold the same mail.
 */
export async function claimDueMail(
  db: Db,
  opts: { claimToken: string; now: Date; leaseUntil: Date; limit: number },
): Promise<OutboxRow[]> {
  const due = and(
    isNull(mailOutbox.sentAt),
    isNull(mailOutbox.failedAt),
    lte(mailOutbox.nextAttemptAt, opts.now),
    or(isNull(mailOutbox.claimedUntil), lte(mailOutbox.claimedUntil, opts.now)),
  );
  const candidates = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(due)
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(opts.limit)
    .for('update', { skipLocked: true });
  return (
    db
      .update(mailOutbox)
      .set({
        claimToken: opts.claimToken,
        claimedUntil: opts.leaseUntil,
        attempts: sql`${mailOutbox.attempts} + 1`,
      })
      // `due` again: on PostgreSQL a row changed by another worker meanwhile is checked afresh.
      .where(and(inArray(mailOutbox.id, candidates), due))
      .returning()
  );
}

/**
 * Marks a claimed mail sent; false when the claim was lost (its lease ran out and another took it).
 * A sent mail keeps no body: it may hold a link that still works, such as a registration's.
 */
export async function markMailSent(
  db: Db,
  id: string,
  claimToken: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(mailOutbox)
    .set({ sentAt: now, bodyText: '', claimToken: null, claimedUntil: null, lastError: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, claimToken)))
    .returning({ id: mailOutbox.id });
  return rows.length === 1;
}

/** Releases a claimed mail after a failed attempt: tried again at `retryAt`, or given up when that is null. */
export async function markMailFailed(
  db: Db,
  id: string,
  claimToken: string,
  opts: { now: Date; retryAt: Date | null; error: string },
): Promise<void> {
  await db
    .update(mailOutbox)
    .set({
      claimToken: null,
      claimedUntil: null,
      lastError: opts.error,
      ...(opts.retryAt ? { nextAttemptAt: opts.retryAt } : { failedAt: opts.now }),
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, claimToken)));
}

/** Mails to one address, oldest first (tests and the command line read them). */
export async function outboxMailTo(db: Db, toAddress: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, toAddress))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
}

/** Forgets mails sent or given up before `before`. */
export async function deleteOldMail(db: Db, before: Date): Promise<void> {
  await db
    .delete(mailOutbox)
    .where(
      or(
        and(isNotNull(mailOutbox.sentAt), lt(mailOutbox.sentAt, before)),
        and(isNotNull(mailOutbox.failedAt), lt(mailOutbox.failedAt, before)),
      ),
    );
}
