/**
 * Expected failures are values, not exceptions. `reason` is a stable code that routes map to a
 * status and a localised message; `fields` carries per-field reasons for forms.
 */
export type Failure<R extends string = string> = {
  ok: false;
  reason: R;
  fields?: Record<string, string>;
};
export type Result<T, R extends string = string> = { ok: true; value: T } | Failure<R>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(reason: R, fields?: Record<string, string>): Failure<R> =>
  fields ? { ok: false, reason, fields } : { ok: false, reason };
