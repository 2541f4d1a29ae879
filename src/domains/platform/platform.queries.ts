import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { instanceSettings, rateLimits } from './platform.schema.ts';

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key));
  return row?.value;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insert(instanceSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: instanceSettings.key, set: { value } });
}

/**
 * The setting's value, set to `make()` first when it has none. Of two processes that set it at
 * once, the first to commit wins and both return its value: it is set once per database.
 */
export async function settingOrInsert(db: Db, key: string, make: () => string): Promise<string> {
  const stored = await getSetting(db, key);
  if (stored !== undefined) return stored;
  await db.insert(instanceSettings).values({ key, value: make() }).onConflictDoNothing();
  const value = await getSetting(db, key);
  if (value === undefined) throw new Error(`setting ${key} was not kept`);
  return value;
}

/**
 * Counts `hits` (one by default) in the fixed window that starts at `windowStart`; returns the
 * hits in that window including these. One atomic statement, so concurrent processes count
 * correctly.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  windowStart: Date,
  hits = 1,
): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: hits })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + excluded.count else excluded.count end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count });
  return row?.count ?? 1;
}

/**
 * Counts one more failure in a row for `key` (the row's window start is the last failure); returns
 * how many in a row. Shares the rate-limit table, so housekeeping forgets a quiet key after an hour.
 */
export async function recordFailure(db: Db, key: string, at: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: at, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: { count: sql`${rateLimits.count} + 1`, windowStart: sql`excluded.window_start` },
    })
    .returning({ count: rateLimits.count });
  return row?.count ?? 1;
}

/** The failures in a row for `key` and when the last one was, if any. */
export async function failuresOf(db: Db, key: string) {
  const [row] = await db
    .select({ count: rateLimits.count, lastAt: rateLimits.windowStart })
    .from(rateLimits)
    .where(eq(rateLimits.key, key));
  return row;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

export async function deleteStaleRateLimits(db: Db, before: Date): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.windowStart} < ${before}`);
}
