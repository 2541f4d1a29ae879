import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { editRoutes } from './edit.routes.tsx';
import { gateRoutes } from './gate.routes.tsx';
import { listRoutes } from './list.routes.tsx';

/** Pages of the benefits domain, mounted under /:lang. */
export function benefitsRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', listRoutes());
  app.route('/', editRoutes());
  app.route('/', gateRoutes());
  return app;
}
