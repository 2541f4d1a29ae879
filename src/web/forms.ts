import type { Context } from 'hono';
import type { z } from 'zod';
import type { FormState } from './components/forms.tsx';
import { isMessageKey } from './i18n/index.ts';
import { withoutNul } from './middleware/nul.ts';

/**
 * The submitted form's text fields. Files and repeated fields are reduced to text, so a hostile
 * body can never reach a command as anything but strings.
 */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: false });
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = withoutNul(value);
  }
  return values;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; form: FormState };

/**
 * A number as people type it in a Nordic form: spaces (also no-break and narrow no-break) as
 * thousands separators, a decimal comma, and a typographic minus are accepted; anything else
 * (NaN, Infinity, 1e400, "12 kr") is refused with null.
 */
export function parseTypedNumber(raw: string | undefined): number | null {
  const s = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[+\-−]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s.replace('−', '-'));
  return Number.isFinite(n) ? n : null;
}

/**
 * Validates form values; on failure returns the form state with one message key per field. A
 * schema's message that is a registered key (`error.required`, `portfolio.initiative.error.goal`)
 * is kept; any other message (zod's own English) becomes the generic `error.invalid`.
 */
export function validateForm<S extends z.ZodType>(
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
  // Never echo a password back into the page.
  const { password: _omit, clientSecret: _omit2, ...safe } = values;
  return { ok: false, form: { values: safe, errors } };
}
