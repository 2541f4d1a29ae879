import {
  CRITERIA,
  type Criterion,
  type DepartmentMinimum,
} from '../../../engines/prioritisation/index.ts';
import { parseTypedNumber } from '../../../web/forms.ts';

/** Lowest and highest budget year the prioritisation accepts. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** Highest budget or department minimum accepted (absurd amounts are refused, not solved). */
export const MAX_AMOUNT = 1e12;
/** Highest single criterion weight (any scale works; this keeps the integers exact). */
export const MAX_WEIGHT = 1000;

/** The form field of a criterion's weight. */
export const weightField = (c: Criterion) => `weight_${c}`;

/**
 * Reads the six weights: each a number from 0 to 1,000, and together more than 0. Errors are
 * per field (`prioritisation.error.*` keys); the sum's error is on the first weight.
 */
export function readWeights(
  values: Record<string, string>,
):
  | { ok: true; weights: Record<Criterion, number> }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const weights = {} as Record<Criterion, number>;
  for (const c of CRITERIA) {
    const v = parseTypedNumber(values[weightField(c)]);
    if (v === null) errors[weightField(c)] = 'prioritisation.error.weightNumber';
    else if (v < 0) errors[weightField(c)] = 'prioritisation.error.weightNegative';
    else if (v > MAX_WEIGHT) errors[weightField(c)] = 'prioritisation.error.weightLarge';
    else weights[c] = v;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (CRITERIA.every((c) => weights[c] === 0)) {
    return {
      ok: false,
      errors: { [weightField(CRITERIA[0])]: 'prioritisation.error.weightsZero' },
    };
  }
  return { ok: true, weights };
}

/** Settings as submitted: weights and the discount rate in percent (0–30). */
export function readSettings(values: Record<string, string>) {
  const w = readWeights(values);
  const errors: Record<string, string> = w.ok ? {} : { ...w.errors };
  const rate = parseTypedNumber(values.discountRate);
  if (rate === null) errors.discountRate = 'prioritisation.error.rateNumber';
  else if (rate < 0 || rate > 30) errors.discountRate = 'prioritisation.error.rateRange';
  if (!w.ok || rate === null || errors.discountRate) return { ok: false as const, errors };
  return { ok: true as const, weights: w.weights, discountRate: rate / 100 };
}

/** A scenario as submitted: name, budget year, budget, weights, optional department minimums. */
export type ScenarioInput = {
  name: string;
  year: number;
  budget: number;
  weights: Record<Criterion, number>;
  departmentMinimums: DepartmentMinimum[];
};

/**
 * Reads the scenario form. Department minimums come as `minCount_<departmentId>` and
 * `minSpend_<departmentId>` for the given departments (others are ignored); blank means none.
 */
export function readScenario(
  values: Record<string, string>,
  departmentIds: readonly string[],
): { ok: true; input: ScenarioInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const name = (values.name ?? '').trim();
  if (name === '') errors.name = 'error.required';
  else if (name.length > 200) errors.name = 'error.tooLong';
  const year = parseTypedNumber(values.year);
  if (year === null || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.year = 'prioritisation.error.year';
  }
  const budget = parseTypedNumber(values.budget);
  if (budget === null || budget <= 0) errors.budget = 'prioritisation.error.budget';
  else if (budget > MAX_AMOUNT) errors.budget = 'prioritisation.error.amountLarge';
  const w = readWeights(values);
  if (!w.ok) Object.assign(errors, w.errors);
  const departmentMinimums: DepartmentMinimum[] = [];
  for (const d of departmentIds) {
    const m: DepartmentMinimum = { department: d };
    for (const kind of ['minCount', 'minSpend'] as const) {
      const field = `${kind}_${d}`;
      if ((values[field] ?? '').trim() === '') continue;
      const v = parseTypedNumber(values[field]);
      if (v === null || v < 0 || (kind === 'minCount' && !Number.isInteger(v))) {
        errors[field] = 'prioritisation.error.minimum';
      } else if (v > MAX_AMOUNT) errors[field] = 'prioritisation.error.amountLarge';
      else if (v > 0) m[kind] = v;
    }
    if (m.minCount !== undefined || m.minSpend !== undefined) departmentMinimums.push(m);
  }
  if (Object.keys(errors).length > 0 || !w.ok) return { ok: false, errors };
  return {
    ok: true,
    input: { name, year: year!, budget: budget!, weights: w.weights, departmentMinimums },
  };
}
