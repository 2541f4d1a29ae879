import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * Every route the app serves, classified. `public`: anyone may read it (it shows only public data
 * or the actor's own); `internal`: only a role in the municipality in the path may use it.
 * The tests fail when a route is added without being classified here.
 */
export const routeClasses: Record<string, 'public' | 'internal'> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /metrics': 'public',
  'GET /': 'public',
  'GET /assets/:name': 'public',
  'GET /api/v1/municipalities': 'public',
  'GET /api/v1/municipalities/:id': 'public',
  'GET /api/v1/municipalities/:id/departments': 'public',
  'GET /api/v1/counties': 'public',
  'POST /api/v1/auth/token': 'public',
  'GET /api/v1/me': 'public',
  'GET /api/v1/municipalities/:id/audit': 'internal',
  'GET /api/v1/openapi.json': 'public',
  'GET /auth/oidc/callback': 'public',
  'GET /:lang': 'public',
  'GET /:lang/accessibility': 'public',
  'GET /:lang/municipalities': 'public',
  'GET /:lang/municipalities/:id': 'public',
  'POST /:lang/municipalities/:id/departments': 'internal',
  'GET /:lang/login': 'public',
  'POST /:lang/login': 'public',
  'POST /:lang/logout': 'public',
  'GET /:lang/register': 'public',
  'POST /:lang/register': 'public',
  'GET /:lang/account': 'public',
  'POST /:lang/account/tokens': 'public',
  'POST /:lang/account/tokens/:tokenId/revoke': 'public',
  'GET /:lang/municipalities/:id/admin/roles': 'internal',
  'POST /:lang/municipalities/:id/admin/roles': 'internal',
  'POST /:lang/municipalities/:id/admin/roles/:grantId/revoke': 'internal',
  'GET /:lang/municipalities/:id/admin/login': 'internal',
  'POST /:lang/municipalities/:id/admin/login': 'internal',
  'GET /:lang/municipalities/:id/admin/audit': 'internal',
  'GET /:lang/municipalities/:id/login': 'public',
  'GET /:lang/network/coordinators': 'internal',
  'GET /:lang/municipalities/:id/decisions': 'public',
  'POST /:lang/municipalities/:id/decisions': 'internal',
  'POST /:lang/municipalities/:id/decision-bodies': 'internal',
  'GET /api/v1/municipalities/:id/decisions': 'public',
  'GET /api/v1/municipalities/:id/decisions/verify': 'public',
  // prioritisation
  'GET /:lang/municipalities/:id/prioritisation': 'internal',
  'GET /:lang/municipalities/:id/prioritisation/settings': 'internal',
  'POST /:lang/municipalities/:id/prioritisation/settings': 'internal',
  'POST /:lang/municipalities/:id/prioritisation/scenarios': 'internal',
  'GET /:lang/municipalities/:id/prioritisation/scenarios/:sid': 'internal',
  'GET /:lang/municipalities/:id/prioritisation/scenarios/:sid/sensitivity': 'internal',
  'GET /:lang/municipalities/:id/prioritisation/compare': 'internal',
  'POST /:lang/municipalities/:id/prioritisation/scenarios/:sid/adopt': 'internal',
  'POST /api/v1/municipalities/:id/portfolio/select': 'internal',
  // portfolio: initiatives and department plans
  'GET /:lang/municipalities/:id/initiatives': 'public',
  'GET /:lang/municipalities/:id/initiatives/new': 'internal',
  'POST /:lang/municipalities/:id/initiatives/new': 'internal',
  'GET /:lang/municipalities/:id/initiatives/:iid': 'public',
  'POST /:lang/municipalities/:id/initiatives/:iid/stage': 'internal',
  'GET /:lang/municipalities/:id/initiatives/:iid/edit': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/basics': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/costs': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/risks': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/participants': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/assessment': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/goals': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/systems': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/competences': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/dependencies': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/costs/:year/remove': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/risks/:rid/remove': 'internal',
  'GET /:lang/municipalities/:id/departments/:did': 'public',
  'GET /api/v1/municipalities/:id/initiatives': 'public',
  'GET /api/v1/municipalities/:id/initiatives.csv': 'public',
  'GET /api/v1/municipalities/:id/initiatives/:iid': 'public',
  'POST /:lang/network/coordinators': 'internal',
  'GET /:lang/municipalities/:id/dashboard': 'internal',
  'GET /:lang/municipalities/:id/departments/:did/dashboard': 'internal',
  'GET /api/v1/municipalities/:id/dashboard': 'internal',
  'POST /:lang/network/coordinators/:grantId/revoke': 'internal',
  // strategy: the adopted future story and adopted goals are public; drafts and writes are not
  'GET /:lang/municipalities/:id/future-story': 'public',
  'GET /:lang/municipalities/:id/future-story/versions': 'public',
  'POST /:lang/municipalities/:id/future-story/versions': 'internal',
  'GET /:lang/municipalities/:id/future-story/versions/:versionId': 'public',
  'POST /:lang/municipalities/:id/future-story/versions/:versionId': 'internal',
  'POST /:lang/municipalities/:id/future-story/versions/:versionId/adopt': 'internal',
  'GET /:lang/municipalities/:id/goals': 'public',
  'POST /:lang/municipalities/:id/goals': 'internal',
  'POST /:lang/municipalities/:id/goals/adopt': 'internal',
  'GET /:lang/municipalities/:id/goals/:goalId': 'public',
  'POST /:lang/municipalities/:id/goals/:goalId': 'internal',
  'POST /:lang/municipalities/:id/goals/:goalId/indicators': 'internal',
  'POST /:lang/municipalities/:id/goals/:goalId/measurements': 'internal',
  'GET /api/v1/municipalities/:id/future-story': 'public',
  'GET /api/v1/municipalities/:id/goals': 'public',
  'GET /:lang/municipalities/:id/roadmap': 'public',
  'GET /:lang/municipalities/:id/systems': 'internal',
  'POST /:lang/municipalities/:id/capabilities': 'internal',
  'POST /:lang/municipalities/:id/capabilities/:capabilityId': 'internal',
  'POST /:lang/municipalities/:id/systems': 'internal',
  'POST /:lang/municipalities/:id/systems/:systemId': 'internal',
  'POST /:lang/municipalities/:id/system-usage': 'internal',
  'POST /:lang/municipalities/:id/capabilities/:capabilityId/delete': 'internal',
  'POST /:lang/municipalities/:id/systems/:systemId/delete': 'internal',
  'GET /api/v1/municipalities/:id/roadmap': 'public',
  'GET /api/v1/municipalities/:id/systems-map': 'internal',
  'GET /:lang/municipalities/:id/initiatives/:iid/benefits': 'public',
  'GET /:lang/municipalities/:id/initiatives/:iid/benefits/new': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/benefits': 'internal',
  'GET /:lang/municipalities/:id/initiatives/:iid/benefits/:bid': 'public',
  'GET /:lang/municipalities/:id/initiatives/:iid/benefits/:bid/edit': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/benefits/:bid': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/benefits/:bid/measurements': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/scale': 'internal',
  'POST /:lang/municipalities/:id/initiatives/:iid/gate-override': 'internal',
  'GET /:lang/municipalities/:id/initiatives/:iid/calculus': 'public',
  'GET /api/v1/municipalities/:id/initiatives/:iid/calculus': 'public',
  'GET /api/v1/municipalities/:id/benefits.csv': 'public',
  'GET /api/v1/municipalities/:id/measurements.csv': 'public',
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
