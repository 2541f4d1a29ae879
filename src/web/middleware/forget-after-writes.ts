import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/client.ts';
import type { AppEnv } from '../env.ts';

/**
 * A server delivers the notifications that keep in-process copies honest a moment after the
 * commit, so a write made by this process (a logout, a revoked role, a new department) could meet
 * its next request before them: after a write request, this process forgets its copies at once.
 * PGlite delivers them with the committing query's result, so there is nothing to wait for.
 * A route whose writes no copy holds says so (`cachedDataUntouched`): a vote, hundreds a second in
 * a busy dialogue, would otherwise empty every copy each time and send every next request to the
 * database for its session and municipality.
 */
export function forgetAfterWrites(
  database: Database,
  caches: { forget(): void }[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.get('cachedDataUntouched') === true) return;
    if (database.kind === 'postgres' && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      for (const cache of caches) cache.forget();
    }
  };
}
