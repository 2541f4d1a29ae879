import { createServer, type RequestListener, type Server, type ServerOptions } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Config } from '../config.ts';
import { CompressingResponse } from './compression.ts';
import type { AppEnv } from './env.ts';
import { requestIdFrom } from './request-id.ts';
import { hsts, securityHeaders } from './security-headers.ts';

/**
 * Serves the app over HTTP with the security headers on every response, compressed with Brotli or
 * gzip where the client accepts it (web/compression.ts); resolves once listening.
 */
export function listen(
  app: Hono<AppEnv>,
  config: Config,
  port = config.port,
  host = config.host,
): Promise<Server> {
  const headers = Object.entries(securityHeaders(config));
  // Cookies are Secure whenever a trusted proxy says the request came over HTTPS (cookies.ts), and
  // HSTS goes with them even without an https PUBLIC_URL.
  const hstsFromProxy = !config.publicUrl?.startsWith('https://') && config.trustedProxies > 0;
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port,
      hostname: host,
      createServer: ((options: ServerOptions, listener: RequestListener) =>
        createServer({ ...options, ServerResponse: CompressingResponse }, (req, res) => {
          for (const [name, value] of headers) res.setHeader(name, value);
          if (hstsFromProxy && req.headers['x-forwarded-proto'] === 'https')
            res.setHeader('Strict-Transport-Security', hsts);
          const id = requestIdFrom(req.headers['x-request-id']);
          req.headers['x-request-id'] = id;
          res.setHeader('X-Request-Id', id);
          listener(req, res);
        })) as typeof createServer,
    }) as Server;
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
