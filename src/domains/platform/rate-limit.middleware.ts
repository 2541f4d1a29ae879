import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { clientAddress } from '../../web/middleware/client-address.ts';
import { hitRateLimit } from './platform.queries.ts';

export type RateLimitRule = {
  name: string;
  limit: (c: Context<AppEnv>) => number;
  windowSeconds: number;
  /** Who is counted: by default the signed-in user, else the client address. */
  key?: (c: Context<AppEnv>) => string;
};

function defaultKey(c: Context<AppEnv>): string {
  const actor = c.get('actor');
  return actor.kind === 'user' ? `user:${actor.userId}` : `ip:${clientAddress(c)}`;
}

/** Refuses with 429 and Retry-After once a key exceeds its limit in the current window. */
export function rateLimit(rule: RateLimitRule): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const windowMs = rule.windowSeconds * 1000;
    const now = c.get('deps').now().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const key = `${rule.name}:${(rule.key ?? defaultKey)(c)}`;
    const hits = await hitRateLimit(c.get('deps').database.db, key, new Date(windowStart));
    if (hits > rule.limit(c)) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
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
