import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Where links that leave the page lead (mails, feeds, calendar files, the login callback): the
 * instance's PUBLIC_URL when it is set, so a request's Host header never chooses it; without it
 * (a trial on one's own machine), the request's own origin.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.get('deps').config.publicUrl ?? new URL(c.req.url).origin;
}
