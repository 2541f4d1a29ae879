import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';

/** Pages of the roadmap domain, mounted under /:lang. */
export function roadmapRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
