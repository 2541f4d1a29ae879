import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/client.ts';
import { ACTIVITY_CHANNEL } from '../../db/read-models.ts';
import type { AppEnv } from '../env.ts';

/**
 * A server delivers the notifications that keep in-process copies honest a moment after the
 * commit, so a write made by this process (a logout, a revoked role, a new department) could meet
 * its next request before them: after a write request, this process forgets its copies at once.
 * PGlite delivers them with the committing query's result, so there is nothing to wait for.
 * A route whose writes no copy holds says so (`cachedDataTouched` 'nothing'): a vote, hundreds a
 * second in a busy dialogue, would otherwise empty every copy each time and send every next
 * request to the database for its session and municipality. A route whose writes are announced as
 * residents' activity (a support) says 'activity': only the copies kept on that channel go.
 */
export function forgetAfterWrites(
  database: Database,
  caches: { forget(): void; readonly channel: string }[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    // A refused request wrote nothing (the sweeps in web/tests hold every route to it), so an
    // error answer keeps the copies: hostile or mistaken posts do not empty them.
    if (c.res.status >= 400) return;
    // Unset unless the route set it.
    const touched = c.get('cachedDataTouched') as 'nothing' | 'activity' | undefined;
    if (touched === 'nothing') return;
    if (database.kind === 'postgres' && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      for (const cache of caches) {
        if (touched === undefined || cache.channel === ACTIVITY_CHANNEL) cache.forget();
      }
    }
  };
}
