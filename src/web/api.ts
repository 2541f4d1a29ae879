import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { problem } from './problem.ts';

/** RFC 9457 problem document, as the API answers every error. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** Non-empty text without NUL characters (PostgreSQL text cannot hold them). */
export const text = z
  .string()
  .min(1)
  .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** A sub-app whose validation failures become 400 problem documents listing each field. */
export function apiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = result.error.issues.map((i) => ({
        field: i.path.join('.') || '(body)',
        message: i.message,
      }));
      return problem(c, {
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        errors,
      });
    },
  });
}

/** Which page of a list, and how many items a page: the query of every paged list in the API. */
export const PageQuery = z.object({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(1)
    .openapi({
      param: { name: 'page', in: 'query' },
      description: 'Page number, from 1; a page past the last has no items.',
    }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(100)
    .openapi({ param: { name: 'pageSize', in: 'query' }, description: 'Items a page, 1–100.' }),
});

/**
 * Where in the network a list looks: a country, a county (an id from `/counties`), or both; the
 * query of the network-wide lists. `placeOf` turns it into the filter the queries take.
 */
export const PlaceQuery = z.object({
  country: z
    .enum(['SE', 'NO'])
    .optional()
    .openapi({ param: { name: 'country', in: 'query' } }),
  county: z
    .string()
    .max(10)
    .optional()
    .openapi({ param: { name: 'county', in: 'query' }, example: 'SE-01' }),
});

export const placeOf = (q: z.infer<typeof PlaceQuery>) => ({
  country: q.country,
  countyId: q.county || undefined,
});

/** The items of one page as the API answers it: `total` counts them all, a page past the last is empty. */
export function pageSlice<T>(
  items: readonly T[],
  query: { page: number; pageSize: number },
): { total: number; items: T[] } {
  const start = (query.page - 1) * query.pageSize;
  return { total: items.length, items: items.slice(start, start + query.pageSize) };
}
