import { type Issue, isFiniteNumber } from '../../vocabulary/issues.ts';
import { MAX_AMOUNT, MAX_HORIZON_YEARS, MAX_YEAR, MIN_YEAR } from './limits.ts';
import type { CalculusInput } from './types.ts';

export type BenefitIssueCode =
  | 'not-finite'
  | 'negative'
  | 'too-large'
  | 'invalid-year'
  | 'empty-horizon'
  | 'horizon-too-long'
  | 'years-out-of-order'
  | 'year-outside-horizon'
  | 'rate-out-of-range'
  | 'invalid-effect'
  | 'duplicate-id'
  | 'result-not-finite';

type Out = Issue<BenefitIssueCode>[];

/** A calendar year: an integer in [MIN_YEAR, MAX_YEAR]. */
export function isYear(y: unknown): y is number {
  return Number.isInteger(y) && (y as number) >= MIN_YEAR && (y as number) <= MAX_YEAR;
}

/** An amount: finite, ≥ 0 unless `signed`, |x| ≤ MAX_AMOUNT. Returns whether it passed. */
export function checkAmount(x: unknown, path: string, out: Out, signed = false): boolean {
  const before = out.length;
  if (!isFiniteNumber(x)) out.push({ path, code: 'not-finite' });
  else if (!signed && x < 0) out.push({ path, code: 'negative' });
  else if (Math.abs(x) > MAX_AMOUNT) out.push({ path, code: 'too-large' });
  return out.length === before;
}

/**
 * Checks that the entries' years are calendar years, strictly ascending (so also unique) and,
 * when a horizon is given, inside it.
 */
export function checkYears(
  entries: readonly { year: number }[],
  path: string,
  out: Out,
  horizon?: { startYear: number; endYear: number },
): void {
  let previous = Number.NEGATIVE_INFINITY;
  for (const [i, e] of entries.entries()) {
    const p = `${path}[${i}].year`;
    if (!isYear(e.year)) out.push({ path: p, code: 'invalid-year' });
    else if (e.year <= previous) out.push({ path: p, code: 'years-out-of-order' });
    else if (horizon && (e.year < horizon.startYear || e.year > horizon.endYear)) {
      out.push({ path: p, code: 'year-outside-horizon' });
    }
    if (isYear(e.year)) previous = Math.max(previous, e.year);
  }
}

/** Discount rate r must satisfy −1 < r ≤ 1 (a yearly rate; at −1 the future is worth nothing). */
export function checkRate(r: unknown, path: string, out: Out): void {
  if (!isFiniteNumber(r)) out.push({ path, code: 'not-finite' });
  else if (r <= -1 || r > 1) out.push({ path, code: 'rate-out-of-range' });
}

/** Every issue in a calculus input, in input order (empty when valid). */
export function validateCalculusInput(input: CalculusInput): Issue<BenefitIssueCode>[] {
  const out: Out = [];
  const { startYear, endYear } = input;
  const yearsOk = isYear(startYear) && isYear(endYear);
  if (!isYear(startYear)) out.push({ path: 'startYear', code: 'invalid-year' });
  if (!isYear(endYear)) out.push({ path: 'endYear', code: 'invalid-year' });
  if (yearsOk && endYear < startYear) out.push({ path: 'endYear', code: 'empty-horizon' });
  if (yearsOk && endYear - startYear + 1 > MAX_HORIZON_YEARS) {
    out.push({ path: 'endYear', code: 'horizon-too-long' });
  }
  const horizon = yearsOk && endYear >= startYear ? { startYear, endYear } : undefined;
  if (input.discountRate !== undefined) checkRate(input.discountRate, 'discountRate', out);

  checkYears(input.costs, 'costs', out, horizon);
  for (const [i, c] of input.costs.entries()) {
    checkAmount(c.investment, `costs[${i}].investment`, out);
    checkAmount(c.running, `costs[${i}].running`, out);
  }
  const ids = new Set<string>();
  for (const [i, b] of input.benefits.entries()) {
    const p = `benefits[${i}]`;
    if (ids.has(b.id)) out.push({ path: `${p}.id`, code: 'duplicate-id' });
    ids.add(b.id);
    if (b.effect !== 'benefit' && b.effect !== 'dis-benefit') {
      out.push({ path: `${p}.effect`, code: 'invalid-effect' });
    }
    if (b.moneyValuePerUnit !== null)
      checkAmount(b.moneyValuePerUnit, `${p}.moneyValuePerUnit`, out);
    checkYears(b.planned, `${p}.planned`, out, horizon);
    for (const [j, v] of b.planned.entries()) checkAmount(v.value, `${p}.planned[${j}].value`, out);
  }
  return out;
}
