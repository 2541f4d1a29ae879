import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { futureStoryRoutes } from './future-story.routes.tsx';
import { goalRoutes } from './goals.routes.tsx';

/** Pages of the strategy domain, mounted under /:lang. */
export function strategyRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', futureStoryRoutes());
  app.route('/', goalRoutes());
  return app;
}
