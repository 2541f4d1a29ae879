import type { Context, MiddlewareHandler } from 'hono';
import { hmac, randomSecret, safeEqual } from '../../lib/secrets.ts';
import type { AppEnv } from '../env.ts';
import { errorResponse } from '../errors.tsx';
import { isApiPath } from '../problem.ts';
import { csrfCookieNames, readCookie, sessionCookieNames, setCsrfCookie } from './cookies.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF protection in three layers. Every visitor gets a random secret in an httpOnly cookie; the
 * token a form carries in `_csrf` (or the `X-CSRF-Token` header) is that secret signed together
 * with the session, so a token is worth nothing in another session and a planted cookie alone
 * does not give it. A state-changing request from another origin (`Origin` header) is refused
 * outright. API requests authenticated with a Bearer token carry no ambient credentials and are
 * exempt; API requests riding on a session cookie are not.
 */
export function csrfProtection(selfAuthorising: readonly RegExp[] = []): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (unsafeMethods.has(c.req.method) && selfAuthorising.some((p) => p.test(c.req.path))) {
      return next();
    }
    // API reads carry no forms: no token, no cookie.
    if (isApiPath(c.req.path) && !unsafeMethods.has(c.req.method)) return next();
    const stored = readCookie(c, csrfCookieNames);
    const secret = stored && stored.length <= 100 ? stored : undefined;
    const session = readCookie(c, sessionCookieNames);
    const cookieSecret = secret ?? randomSecret();
    if (!secret) setCsrfCookie(c, cookieSecret);
    const expected = formToken(cookieSecret, session);
    c.set('csrfToken', expected);
    if (!unsafeMethods.has(c.req.method)) return next();
    const hasBearer = /^Bearer\s/i.test(c.req.header('authorization') ?? '');
    if (isApiPath(c.req.path) && (hasBearer || session === undefined)) return next();
    if (!sameOrigin(c)) return errorResponse(c, 'csrf');
    const sent = c.req.header('x-csrf-token') ?? (await sentFormToken(c));
    // A request that brought no secret cannot match: the one just made was never in a form.
    if (!sent || !secret || !safeEqual(sent, expected)) return errorResponse(c, 'csrf');
    await next();
  };
}

/** The token forms carry: the cookie's secret signed with the session (none for visitors). */
export function formToken(secret: string, session: string | undefined): string {
  return hmac(secret, `session:${session ?? ''}`);
}

/**
 * Whether a request's `Origin`, when the browser sends one, is this site: the public address, or
 * the address the request came to. Browsers send it on every cross-origin form post.
 */
function sameOrigin(c: Context<AppEnv>): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  const own = new Set([new URL(c.req.url).origin]);
  const publicUrl = c.get('deps').config.publicUrl;
  if (publicUrl) own.add(new URL(publicUrl).origin);
  return own.has(origin);
}

/** The form's `_csrf` field. Hono keeps the parsed body, so the route reads it again for free. */
async function sentFormToken(c: Context<AppEnv>): Promise<string | undefined> {
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
