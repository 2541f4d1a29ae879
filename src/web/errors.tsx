import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { anonymous } from '../vocabulary/actor.ts';
import type { AppEnv } from './env.ts';
import { isLang, type MessageKey, negotiateLanguage, translator } from './i18n/index.ts';
import { Layout } from './layout.tsx';
import { isApiPath, problem } from './problem.ts';

export type ErrorKind =
  | 'badRequest'
  | 'notFound'
  | 'forbidden'
  | 'csrf'
  | 'tooLarge'
  | 'rateLimited'
  | 'unavailable'
  | 'server';

const statusOf: Record<ErrorKind, ContentfulStatusCode> = {
  badRequest: 400,
  notFound: 404,
  forbidden: 403,
  csrf: 403,
  tooLarge: 413,
  rateLimited: 429,
  unavailable: 503,
  server: 500,
};

const englishTitle: Record<ErrorKind, string> = {
  badRequest: 'Bad Request',
  notFound: 'Not Found',
  forbidden: 'Forbidden',
  csrf: 'Forbidden: missing or invalid CSRF token',
  tooLarge: 'Payload Too Large',
  rateLimited: 'Too Many Requests',
  unavailable: 'Service Unavailable',
  server: 'Internal Server Error',
};

/** The language of an error page: the URL's prefix, else the browser's preference. */
function errorLanguage(c: Context<AppEnv>) {
  const fromPath = c.req.path.split('/')[1];
  return isLang(fromPath) ? fromPath : negotiateLanguage(c.req.header('accept-language'));
}

/** A localised error page for browsers, or problem+json under /api. */
export function errorResponse(
  c: Context<AppEnv>,
  kind: ErrorKind,
  opts: { retryAfter?: number; detail?: string } = {},
): Response {
  const status = statusOf[kind];
  const headers: Record<string, string> = {};
  if (opts.retryAfter !== undefined) headers['Retry-After'] = String(opts.retryAfter);
  if (isApiPath(c.req.path)) {
    return problem(
      c,
      { title: englishTitle[kind], status, ...(opts.detail ? { detail: opts.detail } : {}) },
      headers,
    );
  }
  const t = translator(errorLanguage(c));
  const title = t(`error.${kind}.title` as MessageKey);
  const body =
    kind === 'rateLimited'
      ? t('error.rateLimited.body', { seconds: opts.retryAfter ?? 60 })
      : t(`error.${kind}.body` as MessageKey);
  // Unset when the error happened before the session middleware ran.
  const actor = c.get('actor') ?? anonymous;
  const csrfToken = c.get('csrfToken') ?? '';
  const page = (
    <Layout t={t} actor={actor} csrfToken={csrfToken} path={c.req.path} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{body}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}`}>
          {t('error.backHome')}
        </a>
      </p>
    </Layout>
  );
  return c.html(`<!doctype html>${page}`, status, headers);
}

/**
 * Ends the request with a ready response (an error page, a problem document or a login redirect).
 * Access checks throw it so that a route reads as one line; the app's error handler sends it as is.
 */
export function refuse(response: Response): never {
  throw new HTTPException(response.status as ContentfulStatusCode, { res: response });
}
