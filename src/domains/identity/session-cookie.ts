import type { Context } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import {
  clearSessionCookie,
  readCookie,
  sessionCookieNames,
  setSessionCookie,
} from '../../web/middleware/cookies.ts';
import { endSession, startSession } from './sessions.ts';

/** Logs the browser in as `userId`: any previous session is ended and a new id issued (no fixation). */
export async function logInAs(c: Context<AppEnv>, userId: string): Promise<void> {
  await endCurrentSessions(c);
  const days = c.get('deps').config.sessionDays;
  const { token } = await startSession(c.get('ctx'), userId, days);
  setSessionCookie(c, token, days * 86_400);
}

async function endCurrentSessions(c: Context<AppEnv>): Promise<void> {
  const token = readCookie(c, sessionCookieNames);
  if (token) await endSession(c.get('ctx'), token);
}

export async function logOut(c: Context<AppEnv>): Promise<void> {
  await endCurrentSessions(c);
  clearSessionCookie(c);
}
