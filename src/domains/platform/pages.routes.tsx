import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { AccessibilityPage, HomePage } from './views/home.tsx';

export function pageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const counties = await c.get('deps').registry.counties();
    const municipalities = counties.reduce((sum, county) => sum + county.municipalities, 0);
    return sendPage(
      c,
      <HomePage {...pageContext(c)} municipalities={municipalities} counties={counties.length} />,
    );
  });
  app.get('/accessibility', (c) => sendPage(c, <AccessibilityPage {...pageContext(c)} />));
  return app;
}
