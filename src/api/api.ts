import { modules } from '../modules.ts';
import { apiApp } from '../web/api.ts';
import { problem } from '../web/problem.ts';

/** /api/v1: every domain's API in one OpenAPI 3.1 document at /api/v1/openapi.json. */
export function apiV1() {
  const app = apiApp();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token from POST /api/v1/auth/token or the account page',
  });
  for (const m of modules) if (m.api) app.route('/', m.api());
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
