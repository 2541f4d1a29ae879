/**
 * Typed input failures shared by the Styrning engines. The shape extends the project's `Failure`
 * (src/lib/result.ts): `reason` is always 'invalid-input', `fields` maps a path such as
 * `indicators[2].target.date` to a stable code for forms, and `issues` keeps every problem in
 * order.
 */
export type Issue<C extends string> = { path: string; code: C };

export type InvalidInput<C extends string> = {
  ok: false;
  reason: 'invalid-input';
  fields: Record<string, C>;
  issues: Issue<C>[];
};

/** Builds the failure from collected issues; the first issue per path wins in `fields`. */
export function invalidInput<C extends string>(issues: Issue<C>[]): InvalidInput<C> {
  const fields: Record<string, C> = {};
  for (const issue of issues) fields[issue.path] ??= issue.code;
  return { ok: false, reason: 'invalid-input', fields, issues };
}

/** True for a finite number; rejects NaN, ±Infinity and non-numbers that slip past types. */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
