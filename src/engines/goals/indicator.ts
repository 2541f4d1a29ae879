import { dayNumber } from '../../vocabulary/dates.ts';
import { type Issue, isFiniteNumber } from '../../vocabulary/issues.ts';

/** Which way is better for an indicator: a higher value or a lower one. */
export type Direction = 'higher' | 'lower';

/** A value observed or aimed at on a calendar date (`YYYY-MM-DD`). */
export type DatedValue = { value: number; date: string };

/** An indicator as the goal rule needs it; `measurements` may be in any order. */
export type Indicator = {
  id: string;
  direction: Direction;
  baseline: DatedValue;
  target: DatedValue;
  measurements: readonly DatedValue[];
};

/** Largest magnitude accepted for an indicator value; anything beyond is a typing error. */
export const MAX_INDICATOR_VALUE = 1e15;

export type IndicatorIssueCode =
  | 'not-finite'
  | 'too-large'
  | 'invalid-date'
  | 'invalid-direction'
  | 'target-equals-baseline'
  | 'target-not-better'
  | 'target-date-not-after-baseline'
  | 'target-in-past';

/** Checks one dated value; pushes issues under `path`. */
function checkDated(p: DatedValue, path: string, out: Issue<IndicatorIssueCode>[]): void {
  if (!isFiniteNumber(p.value)) out.push({ path: `${path}.value`, code: 'not-finite' });
  else if (Math.abs(p.value) > MAX_INDICATOR_VALUE) {
    out.push({ path: `${path}.value`, code: 'too-large' });
  }
  if (typeof p.date !== 'string' || dayNumber(p.date) === null) {
    out.push({ path: `${path}.date`, code: 'invalid-date' });
  }
}

/**
 * Validates an indicator and returns every issue found (empty when valid). The target must be
 * strictly better than the baseline in the indicator's direction and dated after it, so progress
 * is always well defined. `today` (YYYY-MM-DD), when given, also rejects a target date in the past;
 * stored indicators are evaluated without it, since their targets may lawfully have passed.
 */
export function validateIndicator(
  ind: Indicator,
  path = 'indicator',
  options: { today?: string } = {},
): Issue<IndicatorIssueCode>[] {
  const out: Issue<IndicatorIssueCode>[] = [];
  if (ind.direction !== 'higher' && ind.direction !== 'lower') {
    out.push({ path: `${path}.direction`, code: 'invalid-direction' });
  }
  checkDated(ind.baseline, `${path}.baseline`, out);
  checkDated(ind.target, `${path}.target`, out);
  for (const [i, m] of ind.measurements.entries()) {
    checkDated(m, `${path}.measurements[${i}]`, out);
  }
  if (out.length > 0) return out;

  const b = ind.baseline.value;
  const t = ind.target.value;
  if (t === b) out.push({ path: `${path}.target.value`, code: 'target-equals-baseline' });
  else if ((ind.direction === 'higher') !== t > b) {
    out.push({ path: `${path}.target.value`, code: 'target-not-better' });
  }
  const bDay = dayNumber(ind.baseline.date) as number;
  const tDay = dayNumber(ind.target.date) as number;
  if (tDay <= bDay)
    out.push({ path: `${path}.target.date`, code: 'target-date-not-after-baseline' });
  const today = options.today === undefined ? null : dayNumber(options.today);
  if (today !== null && tDay < today)
    out.push({ path: `${path}.target.date`, code: 'target-in-past' });
  return out;
}
