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

/** The names of a pattern's parameters, in order. */
export function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
}

/**
 * The route a concrete path belongs to. A literal segment wins over a parameter
 * (`/initiatives/new` over `/initiatives/:iid`), as the router's order has it.
 */
export function routeOf(routes: readonly Route[], method: string, path: string): Route | undefined {
  const bare = path.split('?')[0] ?? path;
  const matching = routes.filter((r) => {
    if (r.method !== method) return false;
    const source = r.pattern
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return new RegExp(`^${source}$`).test(bare);
  });
  return matching.sort((a, b) => paramNames(a.pattern).length - paramNames(b.pattern).length)[0];
}

export const routeKey = (r: Route) => `${r.method} ${r.pattern}`;
