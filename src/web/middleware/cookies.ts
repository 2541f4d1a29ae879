import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';
import { isHttps } from './client-address.ts';

// Over HTTPS the __Host- prefix pins the cookie to this host, path / and Secure.
export const sessionCookieNames = ['__Host-samskap_session', 'samskap_session'] as const;
export const csrfCookieNames = ['__Host-samskap_csrf', 'samskap_csrf'] as const;

function name(c: Context<AppEnv>, names: readonly [string, string]) {
  return isHttps(c) ? names[0] : names[1];
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
