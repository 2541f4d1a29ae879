import type { Context, MiddlewareHandler } from 'hono';
import { anonymous } from '../../vocabulary/actor.ts';
import type { AppEnv } from '../../web/env.ts';
import { readCookie, sessionCookieNames } from '../../web/middleware/cookies.ts';
import { problem } from '../../web/problem.ts';
import { actorFromApiToken, actorFromSession } from './resolve-actor.ts';

function bearerToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

// What a signed-in user or a token holder is answered may be theirs alone: no cache keeps it,
// neither a shared proxy nor the browser's back button on a shared computer. Set before the
// route runs, so a route with its own rule (a public logo) still decides for itself.
const privateAnswer = 'no-store';

/** Sets `actor` from a Bearer token (API) or the session cookie; a bad token is a 401, never a fallback. */
export function resolveActor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ctx = c.get('ctx');
    const token = bearerToken(c);
    if (token !== undefined) {
      const actor =
        token.length <= 200
          ? await actorFromApiToken(ctx, token, c.get('deps').sessionActors)
          : undefined;
      if (!actor) {
        return problem(
          c,
          {
            title: 'Unauthorized',
            status: 401,
            detail: 'The API token is unknown, expired or revoked.',
          },
          { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
        );
      }
      c.set('actor', actor);
      c.header('Cache-Control', privateAnswer);
      return next();
    }
    const sessionId = readCookie(c, sessionCookieNames);
    const actor =
      sessionId && sessionId.length <= 200
        ? await actorFromSession(ctx, sessionId, c.get('deps').sessionActors)
        : anonymous;
    c.set('actor', actor);
    if (actor.kind === 'user') c.header('Cache-Control', privateAnswer);
    await next();
  };
}
