import { createRoute, z } from '@hono/zod-openapi';
import { effectiveGrants, municipalRoles } from '../../vocabulary/actor.ts';
import { apiApp, problemResponse, text } from '../../web/api.ts';
import { problem } from '../../web/problem.ts';
import { loginRateLimit } from '../platform/rate-limit.middleware.ts';
import { createApiToken, tokenMunicipality } from './commands/api-tokens.ts';
import { checkPassword, loginWaitSeconds } from './commands/log-in.ts';
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS } from './identity.inputs.ts';
import { resolveActorOfUser } from './resolve-actor.ts';

const tokenRoute = createRoute({
  method: 'post',
  path: '/auth/token',
  summary: 'Create a personal API token with e-mail and password',
  description:
    'The token is scoped to one municipality where the user holds a role (required when there are several) and never grants more than the user has. Rate-limited.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            email: text.max(254),
            password: text.max(256),
            municipality: z
              .string()
              .regex(/^(SE|NO)-\d{4}$/)
              .optional(),
            name: text.max(100).optional(),
            expiresInDays: z
              .number()
              .int()
              .min(1)
              .max(API_TOKEN_MAX_DAYS)
              .optional()
              .openapi({
                description: `Days until the token ends (default ${API_TOKEN_DEFAULT_DAYS}, at most ${API_TOKEN_MAX_DAYS}).`,
              }),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The token; shown once',
      content: {
        'application/json': {
          schema: z.object({
            token: z.string(),
            municipality: z.string(),
            id: z.string(),
            expiresAt: z.string().openapi({ format: 'date-time' }),
          }),
        },
      },
    },
    400: problemResponse('Invalid body'),
    401: problemResponse('Wrong e-mail or password'),
    403: problemResponse(
      'No staff role or higher in the requested municipality (residents get no tokens)',
    ),
    422: problemResponse('The user holds roles in several municipalities: name one'),
    429: problemResponse('Too many attempts'),
  },
});

const Grant = z.union([
  z.object({
    role: z.enum(municipalRoles),
    municipalityId: z.string(),
    departmentId: z.string().nullable(),
  }),
  z.object({ role: z.literal('coordinator'), countyId: z.string().nullable() }),
]);

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  summary: 'Who the token (or session) acts as, and with which roles',
  security: [{ bearerAuth: [] }],
  responses: {
    200: {
      description: 'The acting user',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            email: z.string(),
            name: z.string(),
            tokenMunicipality: z.string().nullable(),
            roles: z.array(Grant),
          }),
        },
      },
    },
    401: problemResponse('Not authenticated'),
  },
});

export function identityApi() {
  const app = apiApp();
  app.use('/auth/token', loginRateLimit());
  app.openapi(tokenRoute, async (c) => {
    const body = c.req.valid('json');
    const ctx = c.get('ctx');
    const email = body.email.trim().toLowerCase();
    const wait = await loginWaitSeconds(ctx, email);
    if (wait > 0) {
      return problem(
        c,
        {
          title: 'Too Many Requests',
          status: 429,
          detail: 'Too many wrong passwords for this e-mail address in a row. Try again later.',
        },
        { 'Retry-After': String(wait) },
      ) as never;
    }
    const checked = await checkPassword(ctx, {
      email,
      password: body.password,
    });
    if (!checked.ok) {
      return problem(c, {
        title: 'Unauthorized',
        status: 401,
        detail: 'The e-mail address or password is wrong.',
      }) as never;
    }
    const owner = await resolveActorOfUser(ctx, checked.value.userId);
    const scope = tokenMunicipality(owner, body.municipality);
    if (!scope.ok) {
      return (
        scope.reason === 'forbidden'
          ? problem(c, {
              title: 'Forbidden',
              status: 403,
              detail: 'You hold no role in that municipality.',
            })
          : problem(c, {
              title: 'Unprocessable Content',
              status: 422,
              detail: 'You hold roles in several municipalities: name one in "municipality".',
            })
      ) as never;
    }
    const created = await createApiToken(ctx, owner, {
      name: body.name ?? 'API',
      municipalityId: scope.value,
      expiresInDays: body.expiresInDays ?? API_TOKEN_DEFAULT_DAYS,
    });
    if (!created.ok) return problem(c, { title: 'Forbidden', status: 403 }) as never;
    // The answer holds the secret itself: no cache may keep it.
    return c.json(
      {
        token: created.value.token,
        municipality: scope.value,
        id: created.value.id,
        expiresAt: created.value.expiresAt.toISOString(),
      },
      201,
      { 'Cache-Control': 'no-store' },
    );
  });
  app.openapi(meRoute, (c) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') {
      return problem(
        c,
        { title: 'Unauthorized', status: 401, detail: 'Send a Bearer token.' },
        { 'WWW-Authenticate': 'Bearer' },
      ) as never;
    }
    return c.json(
      {
        id: actor.userId,
        email: actor.email,
        name: actor.name,
        tokenMunicipality: actor.tokenMunicipalityId ?? null,
        roles: effectiveGrants(actor),
      },
      200,
    );
  });
  return app;
}
