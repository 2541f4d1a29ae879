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
