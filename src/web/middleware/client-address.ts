import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * The client's address. Behind `n` trusted proxies each appends the address it received the
 * request from to X-Forwarded-For, so the client is the n-th entry from the right; anything to
 * its left was written by the client itself and could be anything. Else the socket's address.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const hops = c.get('deps').config.trustedProxies;
  if (hops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const forwarded = chain[Math.max(0, chain.length - hops)];
    if (forwarded) return forwarded;
  }
  return socketAddress(c);
}

/** The socket's remote address; `local` for requests made in-process (tests), which have none. */
function socketAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** Whether the request reached us over HTTPS (directly, via PUBLIC_URL, or via a trusted proxy). */
export function isHttps(c: Context<AppEnv>): boolean {
  const { config } = c.get('deps');
  if (config.publicUrl?.startsWith('https://')) return true;
  if (config.trustedProxies > 0 && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * Whether the request comes from this machine itself: a loopback socket that no trusted proxy
 * forwarded (a proxy on the same host makes everyone's requests arrive from loopback). Requests
 * made in-process have no socket and count as local.
 */
export function fromLoopback(c: Context<AppEnv>): boolean {
  if (c.get('deps').config.trustedProxies > 0 && c.req.header('x-forwarded-for')) return false;
  return /^(local$|127\.|::1$|::ffff:127\.)/.test(socketAddress(c));
}
