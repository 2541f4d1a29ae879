import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { trimTrailingSlash } from 'hono/trailing-slash';
import { apiV1 } from './api/api.ts';
import { listenFor } from './db/notified-cache.ts';
import { ActivityModels, ReadModels } from './db/read-models.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { resolveActor } from './domains/identity/actor.middleware.ts';
import { SessionActors } from './domains/identity/session-actors.ts';
import { assetRoutes } from './domains/platform/assets.ts';
import { operationsRoutes } from './domains/platform/operations.routes.ts';
import { writeRateLimit } from './domains/platform/rate-limit.middleware.ts';
import { MunicipalityFactsCache } from './domains/tenancy/municipality-facts.ts';
import { createRegistryCache } from './domains/tenancy/registry-cache.ts';
import { OncePerInterval } from './lib/once-per-interval.ts';
import { modules } from './modules.ts';
import type { AppDeps, AppEnv, AppServices } from './web/env.ts';
import { errorResponse } from './web/errors.tsx';
import { isLang, translator } from './web/i18n/index.ts';
import { createMetrics, type Metrics } from './web/metrics.ts';
import { csrfProtection } from './web/middleware/csrf.ts';
import { forgetAfterWrites } from './web/middleware/forget-after-writes.ts';
import { refuseNulInUrl } from './web/middleware/nul.ts';
import { observe } from './web/middleware/observe.ts';
import { requestIdFrom } from './web/request-id.ts';
import { ActivityPages, SignedInPages, VisitorPages } from './web/visitor-pages.ts';

/** Runs a middleware only for requests that carry a body (reading one is not free). */
function onlyWithBody(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : middleware(c, next);
}

/** Pages in a language: mounted under /sv, /nb and /en. */
function webRoutes() {
  const web = new Hono<AppEnv>();
  web.use('*', async (c, next) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) return errorResponse(c, 'notFound');
    c.set('lang', lang);
    c.set('t', translator(lang));
    await next();
  });
  for (const m of modules) if (m.routes) web.route('/', m.routes());
  return web;
}

/** What the app keeps in memory and NOTIFY keeps honest: every copy a write may make stale. */
export function inProcessCopies(services: AppServices) {
  return [
    services.sessionActors,
    services.municipalityFacts,
    services.readModels,
    services.visitorPages,
    services.signedInPages,
    services.activityPages,
    services.activityModels,
  ];
}

/** Builds the whole application from its domains. */
export function createApp(
  deps: AppDeps,
  options: { processMetrics?: boolean } = {},
): { app: Hono<AppEnv>; metrics: Metrics; services: AppServices } {
  const metrics = createMetrics(deps.database, options.processMetrics ?? false);
  const app = new Hono<AppEnv>();

  const notListening = (err: unknown) =>
    deps.logger.warn({ err }, 'not listening for changes: nothing is kept in memory');
  const services: AppServices = {
    ...deps,
    registry: createRegistryCache(deps.database.db),
    sessionActors: listenFor(deps.database, new SessionActors(), notListening),
    municipalityFacts: listenFor(deps.database, new MunicipalityFactsCache(), notListening),
    readModels: listenFor(deps.database, new ReadModels(), notListening),
    visitorPages: listenFor(deps.database, new VisitorPages(), notListening),
    signedInPages: listenFor(deps.database, new SignedInPages(), notListening),
    activityPages: listenFor(deps.database, new ActivityPages(), notListening),
    activityModels: listenFor(deps.database, new ActivityModels(), notListening),
  };
  app.use('*', async (c, next) => {
    // The HTTP server has already put a valid id in the header and on the response (http-server.ts).
    const id = requestIdFrom(c.req.header('x-request-id'));
    c.set('requestId', id);
    c.set('deps', services);
    c.set('ctx', {
      db: deps.database.db,
      requestId: id,
      now: deps.now,
      decisionSigningKey: deps.config.decisionSigningKey,
    });
    await next();
  });
  app.use('*', observe(metrics));
  // Security headers are set by the HTTP server (web/http-server.ts) on every response.

  const databaseDown = new OncePerInterval(1000);
  app.onError((error, c) => {
    // A ready response thrown by an access check (`refuse`): a 404, 403 or login redirect.
    if (error instanceof HTTPException && error.res) return error.getResponse();
    // Malformed bodies (e.g. broken JSON) surface as HTTP exceptions from the validators.
    if (error instanceof HTTPException && error.status < 500) {
      if (error.status === 413) return errorResponse(c, 'tooLarge');
      return errorResponse(c, error.status === 404 ? 'notFound' : 'badRequest');
    }
    if (isDatabaseUnavailable(error)) {
      // An outage fails every request at once: say so once a second, not once per request.
      databaseDown.report(deps.now().getTime(), (suppressed) =>
        deps.logger.error({ err: error, suppressed }, 'database unavailable'),
      );
      return errorResponse(c, 'unavailable', { retryAfter: 30 });
    }
    deps.logger.error(
      { err: error, reqId: c.get('requestId'), path: c.req.path },
      'unhandled error',
    );
    return errorResponse(c, 'server');
  });
  app.notFound((c) => errorResponse(c, 'notFound'));

  // Operations and static assets answer before sessions are looked up.
  app.route('/', operationsRoutes(metrics));
  app.route('/', assetRoutes());

  app.use(
    '*',
    refuseNulInUrl(),
    // `/sv/municipalities/` and the like: a page that exists without the slash is redirected to.
    trimTrailingSlash(),
    onlyWithBody(
      bodyLimit({
        maxSize: deps.config.bodyLimitBytes,
        onError: (c) => errorResponse(c as never, 'tooLarge'),
      }),
    ),
    forgetAfterWrites(deps.database, inProcessCopies(services)),
    resolveActor(),
    csrfProtection(modules.flatMap((m) => m.selfAuthorisingPaths ?? [])),
    writeRateLimit(),
  );
  app.route('/api/v1', apiV1());
  for (const m of modules) if (m.rootRoutes) app.route('/', m.rootRoutes());
  app.route('/:lang{(?:sv|nb|en)}', webRoutes());
  return { app, metrics, services };
}
