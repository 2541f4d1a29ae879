import { MAX_AMOUNT } from '../../../engines/benefits/index.ts';
import { validateIndicator } from '../../../engines/goals/indicator.ts';
import { dayNumber } from '../../../vocabulary/dates.ts';
import { type Parsed, parseTypedNumber } from '../../../web/forms.ts';
import type { BenefitRow, BenefitValues } from './benefits.queries.ts';

export const benefitKinds = [
  'financial',
  'time',
  'quality',
  'environment',
  'satisfaction',
] as const;
export const confidences = ['green', 'yellow', 'red'] as const;
export const directions = ['higher', 'lower'] as const;
export const effects = ['benefit', 'dis-benefit'] as const;

/** Planned years outside this range are typing errors, not plans. */
export const PLANNED_MIN_YEAR = 2000;
export const PLANNED_MAX_YEAR = 2100;
const MAX_PLANNED_ROWS = 50;

function text(
  values: Record<string, string>,
  name: string,
  max: number,
  errors: Record<string, string>,
  required = true,
): string {
  const v = (values[name] ?? '').trim();
  if (required && v === '') errors[name] = 'error.required';
  else if (v.length > max) errors[name] = 'error.tooLong';
  return v;
}

function oneOf<T extends string>(
  values: Record<string, string>,
  name: string,
  allowed: readonly T[],
  errors: Record<string, string>,
): T {
  const v = values[name] ?? '';
  if (!(allowed as readonly string[]).includes(v)) errors[name] = 'benefits.error.choose';
  return v as T;
}

function amount(
  values: Record<string, string>,
  name: string,
  errors: Record<string, string>,
  opts: { min?: number } = {},
): number {
  const n = parseTypedNumber(values[name]);
  if (n === null) errors[name] = 'benefits.error.number';
  else if (Math.abs(n) > MAX_AMOUNT) errors[name] = 'benefits.error.tooLarge';
  else if (opts.min !== undefined && n < opts.min) errors[name] = 'benefits.error.negative';
  return n ?? 0;
}

function date(values: Record<string, string>, name: string, errors: Record<string, string>) {
  const v = (values[name] ?? '').trim();
  const day = dayNumber(v);
  if (day === null || Number(v.slice(0, 4)) < 1900 || Number(v.slice(0, 4)) > 2300) {
    errors[name] = 'error.date';
  }
  return v;
}

/** Parses "2027: 120" lines (also "2027 = 120" or "2027 120") into the stored `{ "2027": 120 }`. */
export function parsePlanned(raw: string): { planned: Record<string, number> } | { error: string } {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > MAX_PLANNED_ROWS) return { error: 'error.tooLong' };
  const planned: Record<string, number> = {};
  for (const line of lines) {
    const m = /^(\d{4})\s*[:=;\t ]\s*(.+)$/.exec(line);
    if (!m) return { error: 'benefits.error.plannedLine' };
    const year = Number(m[1]);
    if (year < PLANNED_MIN_YEAR || year > PLANNED_MAX_YEAR) return { error: 'benefits.error.year' };
    const value = parseTypedNumber(m[2]);
    if (value === null) return { error: 'benefits.error.plannedLine' };
    if (value < 0) return { error: 'benefits.error.negative' };
    if (value > MAX_AMOUNT) return { error: 'benefits.error.tooLarge' };
    if (Object.hasOwn(planned, String(year))) return { error: 'benefits.error.plannedDuplicate' };
    planned[String(year)] = value;
  }
  return { planned };
}

/** The stored plan as the form's text, one year a line. */
export function plannedText(planned: Record<string, number>): string {
  return Object.entries(planned)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([y, v]) => `${y}: ${v}`)
    .join('\n');
}

/**
 * Validates the benefit form. Besides each field's own rule, the target must be better than the
 * baseline in the chosen direction and dated after it; when `today` is given (creating a benefit)
 * a target date in the past is refused too — a stored benefit's target may lawfully have passed.
 */
export function parseBenefitForm(
  values: Record<string, string>,
  opts: { today?: string } = {},
): Parsed<BenefitValues> {
  const errors: Record<string, string> = {};
  const data = {
    description: text(values, 'description', 2000, errors),
    kind: oneOf(values, 'kind', benefitKinds, errors),
    isDisbenefit: oneOf(values, 'effect', effects, errors) === 'dis-benefit',
    recipient: text(values, 'recipient', 200, errors, false),
    ownerName: text(values, 'ownerName', 200, errors),
    indicator: text(values, 'indicator', 200, errors),
    unit: text(values, 'unit', 40, errors),
    direction: oneOf(values, 'direction', directions, errors),
    baselineValue: amount(values, 'baselineValue', errors),
    baselineDate: date(values, 'baselineDate', errors),
    targetValue: amount(values, 'targetValue', errors),
    targetDate: date(values, 'targetDate', errors),
    moneyPerUnit:
      (values.moneyPerUnit ?? '').trim() === ''
        ? null
        : amount(values, 'moneyPerUnit', errors, { min: 0 }),
    confidence: oneOf(values, 'confidence', confidences, errors),
    planned: {} as Record<string, number>,
    countsForGate: values.countsForGate === 'on',
  };
  const planned = parsePlanned(values.planned ?? '');
  if ('error' in planned) errors.planned = planned.error;
  else data.planned = planned.planned;

  const fieldsForIndicator = ['direction', 'baselineValue', 'baselineDate', 'targetValue'];
  if (fieldsForIndicator.every((f) => !errors[f]) && !errors.targetDate) {
    const issues = validateIndicator(
      {
        id: 'form',
        direction: data.direction,
        baseline: { value: data.baselineValue, date: data.baselineDate },
        target: { value: data.targetValue, date: data.targetDate },
        measurements: [],
      },
      'b',
      opts.today ? { today: opts.today } : {},
    );
    for (const issue of issues) {
      if (issue.code === 'target-equals-baseline' || issue.code === 'target-not-better') {
        errors.targetValue ??= 'benefits.error.targetNotBetter';
      } else if (issue.code === 'target-date-not-after-baseline') {
        errors.targetDate ??= 'benefits.error.targetBeforeBaseline';
      } else if (issue.code === 'target-in-past') {
        errors.targetDate ??= 'benefits.error.targetInPast';
      }
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, form: { values, errors } };
  return { ok: true, data };
}

/** A stored benefit as the edit form's values. */
export function benefitFormValues(b: BenefitRow): Record<string, string> {
  return {
    description: b.description,
    kind: b.kind,
    effect: b.isDisbenefit ? 'dis-benefit' : 'benefit',
    recipient: b.recipient,
    ownerName: b.ownerName,
    indicator: b.indicator,
    unit: b.unit,
    direction: b.direction,
    baselineValue: String(b.baselineValue),
    baselineDate: b.baselineDate,
    targetValue: String(b.targetValue),
    targetDate: b.targetDate,
    moneyPerUnit: b.moneyPerUnit === null ? '' : String(b.moneyPerUnit),
    confidence: b.confidence,
    planned: plannedText(b.planned),
    countsForGate: b.countsForGate ? 'on' : '',
  };
}

/** Default values of a new benefit's form. */
export const newBenefitValues: Record<string, string> = {
  kind: 'time',
  effect: 'benefit',
  direction: 'higher',
  confidence: 'yellow',
  countsForGate: 'on',
};
