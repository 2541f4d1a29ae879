import type { Context } from 'hono';
import { parseStrictInteger } from '../lib/integer.ts';
import { isUuid } from '../lib/uuid.ts';
import type { AppEnv } from './env.ts';
import { errorResponse, refuse } from './errors.tsx';

/**
 * Path parameters that name a row. Every route reads its ids and numbers from the address through
 * these, so a value that cannot name anything ends the request with the localised 404 (a problem
 * document under /api) before any query sees it. Call them where the route would otherwise use
 * the value, after its access checks, so the order of 404, login and 403 stays the route's own.
 */

/** The path parameter `name` as a UUID (`isUuid`); anything else is refused with 404. */
export function uuidParam(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!isUuid(value)) refuse(errorResponse(c, 'notFound'));
  return value;
}

/**
 * The path parameter `name` as a whole number in plain digits within the range (by default
 * 0 to PostgreSQL's integer maximum); anything else is refused with 404.
 */
export function integerParam(
  c: Context<AppEnv>,
  name: string,
  range: { min?: number; max?: number } = {},
): number {
  const value = parseStrictInteger(c.req.param(name) ?? '', range);
  if (value === undefined) refuse(errorResponse(c, 'notFound'));
  return value;
}
