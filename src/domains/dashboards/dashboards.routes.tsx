import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';

/** Pages of the dashboards domain, mounted under /:lang. */
export function dashboardsRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
