import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/** The client's address: the first X-Forwarded-For hop behind a trusted proxy, else the socket's. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests) have no socket.
    return 'local';
  }
}

/** Whether the request reached us over HTTPS (directly, via PUBLIC_URL, or via a trusted proxy). */
export function isHttps(c: Context<AppEnv>): boolean {
  const { config } = c.get('deps');
  if (config.publicUrl?.startsWith('https://')) return true;
  if (config.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}
