import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';

/** Pages of the strategy domain, mounted under /:lang. */
export function strategyRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
