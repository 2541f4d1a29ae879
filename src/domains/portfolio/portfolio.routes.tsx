import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';

/** Pages of the portfolio domain, mounted under /:lang. */
export function portfolioRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
