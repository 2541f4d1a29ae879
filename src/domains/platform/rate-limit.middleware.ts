import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { clientAddress } from '../../web/middleware/client-address.ts';
import { BatchedHits } from './batched-hits.ts';
import { hitRateLimit } from './platform.queries.ts';

export type RateLimitRule = {
  name: string;
  limit: (c: Context<AppEnv>) => number;
  windowSeconds: number;
  /** Who is counted: by default the signed-in user, else the client address. */
  key?: (c: Context<AppEnv>) => string;
  /**
   * Counted in the process and added to the database once a second (`BatchedHits`): for a limit
   * that many requests meet and that may be passed by a second's worth of another process's hits.
   */
  batched?: boolean;
};

function defaultKey(c: Context<AppEnv>): string {
  const actor = c.get('actor');
  return actor.kind === 'user' ? `user:${actor.userId}` : `ip:${clientAddress(c)}`;
}

/** Refuses with 429 and Retry-After once a key exceeds its limit in the current window. */
export function rateLimit(rule: RateLimitRule): MiddlewareHandler<AppEnv> {
  const batch = rule.batched ? new BatchedHits() : undefined;
  return async (c, next) => {
    const windowMs = rule.windowSeconds * 1000;
    const now = c.get('deps').now().getTime();
    const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
    const key = `${rule.name}:${(rule.key ?? defaultKey)(c)}`;
    const db = c.get('deps').database.db;
    const hits = batch
      ? await batch.hit(db, key, windowStart, performance.now())
      : await hitRateLimit(db, key, windowStart);
    if (hits > rule.limit(c)) {
      const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
      return errorResponse(c, 'rateLimited', { retryAfter });
    }
    await next();
  };
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Applies the write limit to every state-changing request. */
export function writeRateLimit(): MiddlewareHandler<AppEnv> {
  const limiter = rateLimit({
    name: 'write',
    windowSeconds: 60,
    limit: (c) => c.get('deps').config.rateLimitWritesPerMinute,
    batched: true,
  });
  return (c, next) => (unsafeMethods.has(c.req.method) ? limiter(c, next) : next());
}

/** The login limit, counted per client address so that guessing many accounts is slowed too. */
export function loginRateLimit(): MiddlewareHandler<AppEnv> {
  const limiter = rateLimit({
    name: 'login',
    windowSeconds: 60,
    limit: (c) => c.get('deps').config.rateLimitLoginPerMinute,
    key: (c) => `ip:${clientAddress(c)}`,
  });
  return (c, next) => (c.req.method === 'POST' ? limiter(c, next) : next());
}
