import type { z } from 'zod';
import type { Parsed } from '../../../web/forms.ts';
import { isMessageKey } from '../../../web/i18n/index.ts';

/**
 * Like `validateForm`, but keeps this domain's own message keys (`initiative.error.*`) instead of
 * reducing every key outside `error.*` to the generic message.
 */
export function validateInitiativeForm<S extends z.ZodType>(
  schema: S,
  values: Record<string, string>,
): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '_');
    errors[field] ??= isMessageKey(issue.message) ? issue.message : 'error.invalid';
  }
  return { ok: false, form: { values, errors } };
}
