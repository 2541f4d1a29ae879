import { Hono } from 'hono';
import { safeEqual } from '../../lib/secrets.ts';
import type { AppEnv } from '../../web/env.ts';
import { negotiateLanguage } from '../../web/i18n/index.ts';
import type { Metrics } from '../../web/metrics.ts';
import { fromLoopback } from '../../web/middleware/client-address.ts';

/** Health, readiness, metrics and the language redirect: none of them touches sessions. */
export function operationsRoutes(metrics: Metrics) {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await c.get('deps').database.ping();
      return c.json({ status: 'ready' });
    } catch {
      return c.json({ status: 'unavailable', reason: 'database unreachable' }, 503);
    }
  });
  app.get('/metrics', async (c) => {
    // With a token, the token decides; without one, only this machine may read the metrics.
    const token = c.get('deps').config.metricsToken;
    if (token) {
      const sent = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
      if (!safeEqual(sent, token)) {
        return c.text('Unauthorized\n', 401, { 'WWW-Authenticate': 'Bearer realm="metrics"' });
      }
    } else if (!fromLoopback(c)) {
      return c.text('Forbidden: set METRICS_TOKEN to read the metrics from elsewhere\n', 403);
    }
    return c.body(await metrics.registry.metrics(), 200, {
      'Content-Type': metrics.registry.contentType,
    });
  });
  app.get('/', (c) => {
    c.header('Vary', 'Accept-Language');
    return c.redirect(`/${negotiateLanguage(c.req.header('accept-language'))}`, 302);
  });
  return app;
}
