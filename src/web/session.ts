import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** A same-site path to return to after login; anything else (other hosts, schemes) falls back. */
export function safeReturnPath(next: string | undefined, fallback: string): string {
  if (
    !next ||
    !/^\/(sv|nb|en)(\/|$|\?)/.test(next) ||
    next.startsWith('//') ||
    next.includes('\\')
  ) {
    return fallback;
  }
  return next.slice(0, 500);
}

/** Redirects anonymous visitors to the login page, remembering where they were going. */
export function loginRedirect(c: Context<AppEnv>): Response {
  const url = new URL(c.req.url);
  const next = encodeURIComponent(url.pathname + url.search);
  return c.redirect(`/${c.get('lang')}/login?next=${next}`, 303);
}
