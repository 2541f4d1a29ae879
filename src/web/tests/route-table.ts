import type { Hono } from 'hono';
import { modules } from '../../modules.ts';
import type { AppEnv } from '../env.ts';
import type { RouteClass } from '../module.ts';

/**
 * Every route the app serves, classified by the module that serves it (`routeClasses` in each
 * `module.ts`). `public`: anyone may read it (it shows only public data or the actor's own);
 * `internal`: only a role in the municipality in the path may use it. The tests fail when a route
 * is served without being classified.
 */
export const routeClasses: Record<string, RouteClass> = {
  'GET /api/v1/openapi.json': 'public',
  ...Object.assign({}, ...modules.map((m) => m.routeClasses ?? {})),
};

export type Route = { method: string; pattern: string };

/** The app's handler routes (middleware excluded), with the language parameter simplified. */
export function servedRoutes(app: Hono<AppEnv>): Route[] {
  const seen = new Set<string>();
  const routes: Route[] = [];
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const pattern = r.path.replace(/^\/:lang\{[^}]*\}\)?\}?/, '/:lang');
    const key = `${r.method} ${pattern}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({ method: r.method, pattern });
  }
  return routes;
}

/** Fills a pattern's parameters. */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `missing-${name}`);
}
