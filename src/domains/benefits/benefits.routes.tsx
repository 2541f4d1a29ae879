import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';

/** Pages of the benefits domain, mounted under /:lang. */
export function benefitsRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
