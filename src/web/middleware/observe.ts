import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../env.ts';
import type { Metrics } from '../metrics.ts';

/** Logs one JSON line per request with its id, and records count and latency by matched route. */
export function observe(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    // The matched route pattern keeps label cardinality bounded (never raw paths or ids).
    const route = c.res.status === 404 ? 'not-found' : handlerRoute(c);
    metrics.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    metrics.duration.observe({ method: c.req.method, route }, seconds);
    const { logger } = c.get('deps');
    const entry = {
      reqId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      route,
      status: c.res.status,
      ms: Math.round(seconds * 10_000) / 10,
    };
    if (c.res.status >= 500) logger.error(entry, 'request failed');
    else logger.info(entry, 'request');
  };
}

/** The pattern of the handler that answered (middleware is registered as ALL and skipped). */
function handlerRoute(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const r = routes[i];
    if (r && r.method !== 'ALL') return r.path;
  }
  return 'unmatched';
}
