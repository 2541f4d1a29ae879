import { auditApi } from '../domains/audit/audit.api.ts';
import { decisionsApi } from '../domains/decisions/decisions.api.ts';
import { identityApi } from '../domains/identity/identity.api.ts';
import { benefitsApi } from '../domains/styrning/benefits/benefits.api.ts';
import { dashboardsApi } from '../domains/styrning/dashboards/dashboards.api.ts';
import { portfolioApi } from '../domains/styrning/portfolio/portfolio.api.ts';
import { prioritisationApi } from '../domains/styrning/prioritisation/prioritisation.api.ts';
import { roadmapApi } from '../domains/styrning/roadmap/roadmap.api.ts';
import { strategyApi } from '../domains/styrning/strategy/strategy.api.ts';
import { tenancyApi } from '../domains/tenancy/tenancy.api.ts';
import { problem } from '../web/problem.ts';
import { apiApp } from './api-common.ts';

/** /api/v1: every domain's API in one OpenAPI 3.1 document at /api/v1/openapi.json. */
export function apiV1() {
  const app = apiApp();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token from POST /api/v1/auth/token or the account page',
  });
  app.route('/', tenancyApi());
  app.route('/', identityApi());
  app.route('/', auditApi());
  app.route('/', decisionsApi());
  app.route('/', strategyApi());
  app.route('/', portfolioApi());
  app.route('/', benefitsApi());
  app.route('/', prioritisationApi());
  app.route('/', roadmapApi());
  app.route('/', dashboardsApi());
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Samskap API',
      version: '1.0.0',
      description:
        'Steering, dialogue and sharing for Nordic municipalities. Errors are RFC 9457 problem documents.',
      license: { name: 'MPL-2.0', url: 'https://www.mozilla.org/MPL/2.0/' },
    },
    servers: [{ url: '/api/v1' }],
  });
  app.notFound((c) =>
    problem(c, { title: 'Not Found', status: 404, detail: 'No such API route.' }),
  );
  return app;
}
