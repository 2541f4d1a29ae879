import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';

/** Pages of the prioritisation domain, mounted under /:lang. */
export function prioritisationRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
