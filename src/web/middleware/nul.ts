import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { errorResponse } from '../errors.tsx';

/**
 * PostgreSQL text cannot hold NUL characters, and no legitimate URL carries one: refuse them at
 * the door (400) rather than let a query fail deep inside a handler.
 */
export function refuseNulInUrl(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (/%00/i.test(c.req.url)) return errorResponse(c, 'badRequest');
    await next();
  };
}

/** Removes NUL characters from submitted text (forms and JSON strings). */
export function withoutNul(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}
