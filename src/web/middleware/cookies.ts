import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';
import { isHttps } from './client-address.ts';

// Over HTTPS the __Host- prefix pins the cookie to this host, path / and Secure: a sibling
// subdomain cannot set it. The plain name is then never read, or a sibling could plant one.
export const sessionCookieNames = ['__Host-samskap_session', 'samskap_session'] as const;
export const csrfCookieNames = ['__Host-samskap_csrf', 'samskap_csrf'] as const;

function name(c: Context<AppEnv>, names: readonly [string, string]) {
  return isHttps(c) ? names[0] : names[1];
}

/** The cookie under the one name this request may use (`__Host-` over HTTPS, plain over HTTP). */
export function readCookie(
  c: Context<AppEnv>,
  names: readonly [string, string],
): string | undefined {
  return getCookie(c, name(c, names));
}

/** Max-Age rather than Expires: the browser's clock, not ours, counts the lifetime. */
export function setSessionCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number) {
  setCookie(c, name(c, sessionCookieNames), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  for (const n of sessionCookieNames)
    deleteCookie(c, n, { path: '/', secure: n.startsWith('__Host-') });
}

export function setCsrfCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, name(c, csrfCookieNames), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
  });
}
