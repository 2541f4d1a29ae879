import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { randomSecret, safeEqual } from '../../lib/secrets.ts';
import type { AppEnv } from '../env.ts';
import { errorResponse } from '../errors.tsx';
import { isApiPath } from '../problem.ts';
import { csrfCookieNames, setCsrfCookie } from './cookies.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Double-submit CSRF protection. Every visitor gets a random token in an httpOnly cookie; every form
 * carries it in `_csrf` (or the `X-CSRF-Token` header). A state-changing request whose token is
 * missing or differs is refused with 403. API requests authenticated with a Bearer token carry no
 * ambient credentials and are exempt; API requests riding on a session cookie are not.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // API reads carry no forms: no token, no cookie.
    if (isApiPath(c.req.path) && !unsafeMethods.has(c.req.method)) return next();
    let token = csrfCookieNames.map((n) => getCookie(c, n)).find((v) => v && v.length <= 100);
    if (!token) {
      token = randomSecret();
      setCsrfCookie(c, token);
    }
    c.set('csrfToken', token);
    if (!unsafeMethods.has(c.req.method)) return next();
    const hasBearer = /^Bearer\s/i.test(c.req.header('authorization') ?? '');
    if (isApiPath(c.req.path) && (hasBearer || !hasSessionCookie(c.req.header('cookie')))) {
      return next();
    }
    const sent = c.req.header('x-csrf-token') ?? (await formToken(c));
    const cookieToken = csrfCookieNames.map((n) => getCookie(c, n)).find(Boolean);
    if (!sent || !cookieToken || !safeEqual(sent, cookieToken)) return errorResponse(c, 'csrf');
    await next();
  };
}

function hasSessionCookie(header: string | undefined): boolean {
  return /(?:^|;\s*)(?:__Host-)?samskap_session=/.test(header ?? '');
}

/** The form's `_csrf` field. Hono keeps the parsed body, so the route reads it again for free. */
async function formToken(c: Context<AppEnv>): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (
    !type.includes('application/x-www-form-urlencoded') &&
    !type.includes('multipart/form-data')
  ) {
    return undefined;
  }
  try {
    const value = (await c.req.parseBody())._csrf;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
