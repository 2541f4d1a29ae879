import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { endSession, startSession } from '../domains/identity/sessions.ts';
import type { AppEnv } from './env.ts';
import { clearSessionCookie, sessionCookieNames, setSessionCookie } from './middleware/cookies.ts';

/** Logs the browser in as `userId`: any previous session is ended and a new id issued (no fixation). */
export async function logInAs(c: Context<AppEnv>, userId: string): Promise<void> {
  await endCurrentSessions(c);
  const days = c.get('deps').config.sessionDays;
  const { token } = await startSession(c.get('ctx'), userId, days);
  setSessionCookie(c, token, days * 86_400);
}

async function endCurrentSessions(c: Context<AppEnv>): Promise<void> {
  for (const name of sessionCookieNames) {
    const token = getCookie(c, name);
    if (token) await endSession(c.get('ctx'), token);
  }
}

export async function logOut(c: Context<AppEnv>): Promise<void> {
  await endCurrentSessions(c);
  clearSessionCookie(c);
}

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
