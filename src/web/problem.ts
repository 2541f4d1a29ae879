import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
};

/** Answers with an RFC 9457 problem document. */
export function problem(c: Context, p: Problem, headers?: Record<string, string>): Response {
  const body: Problem = { type: p.type ?? 'about:blank', ...p, instance: p.instance ?? c.req.path };
  return c.body(JSON.stringify(body), p.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...headers,
  });
}

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
