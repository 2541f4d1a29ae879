import type { Db } from '../../db/client.ts';
import { deleteExpiredSessions } from '../identity/identity.queries.ts';
import { deleteExpiredOidcLogins } from '../identity/oidc/oidc.queries.ts';
import { purgePasswordResets } from '../identity/password-reset.queries.ts';
import { purgePendingRegistrations } from '../identity/registration.queries.ts';
import { deleteOldMail } from '../mail/mail.queries.ts';
import { deleteStaleRateLimits } from './platform.queries.ts';

const hour = 3_600_000;

/**
 * Removes what has expired: sessions past their end, abandoned OpenID Connect logins, rate-limit
 * counters whose window closed long ago, registrations never confirmed, password reset links a
 * week after they ended, and mails sent or given up a month ago. Idempotent, so every process
 * may run it.
 */
export async function purgeExpired(db: Db, now: Date): Promise<void> {
  await deleteExpiredSessions(db, now);
  await deleteExpiredOidcLogins(db, now);
  await deleteStaleRateLimits(db, new Date(now.getTime() - hour));
  await purgePendingRegistrations(db, now);
  await purgePasswordResets(db, now);
  await deleteOldMail(db, new Date(now.getTime() - 30 * 24 * hour));
}

/** Runs `purgeExpired` every hour in the background, off the start-up path; returns a stopper. */
export function scheduleHousekeeping(
  db: Db,
  onError: (error: unknown) => void,
  /** The domains' own purges (`DomainModule.purge`), run after the platform's. */
  purges: readonly ((db: Db, now: Date) => Promise<void>)[] = [],
): () => void {
  const timer = setInterval(async () => {
    const now = new Date();
    for (const purge of [purgeExpired, ...purges]) await purge(db, now).catch(onError);
  }, hour);
  timer.unref();
  return () => clearInterval(timer);
}
