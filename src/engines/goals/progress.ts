import { dayNumber } from '../../vocabulary/dates.ts';
import type { DatedValue, Direction } from './indicator.ts';

type Span = { direction: Direction; baseline: DatedValue; target: DatedValue };

/**
 * Share of the way from baseline to target that `value` has come, direction-aware:
 * higher is better: (value − baseline) / (target − baseline);
 * lower is better:  (baseline − value) / (baseline − target).
 * 0 at the baseline, 1 at the target, above 1 beyond it, negative when worse than the baseline.
 * Not clamped, so a page can say "120 % of the target". Requires target ≠ baseline.
 */
export function progressShare(span: Span, value: number): number {
  const b = span.baseline.value;
  const t = span.target.value;
  return span.direction === 'higher' ? (value - b) / (t - b) : (b - value) / (b - t);
}

/**
 * Expected progress on `date` if the indicator moved in a straight line from the baseline (date,
 * value) to the target (date, value): elapsed days / planned days, clamped to [0, 1].
 */
export function expectedShare(span: Span, date: string): number {
  const b = dayNumber(span.baseline.date) as number;
  const t = dayNumber(span.target.date) as number;
  const d = dayNumber(date) as number;
  return Math.min(1, Math.max(0, (d - b) / (t - b)));
}

/** True when `value` is at the target or better, in the indicator's direction. */
export function reachesTarget(span: Span, value: number): boolean {
  return span.direction === 'higher' ? value >= span.target.value : value <= span.target.value;
}

/**
 * The measurement that counts as "latest": the one with the latest date on or after the baseline
 * date (earlier ones predate the baseline measurement and say nothing about progress). Among
 * measurements of the same date the one listed last wins, since it was recorded last.
 */
export function latestSince(
  measurements: readonly DatedValue[],
  baselineDate: string,
): DatedValue | null {
  const from = dayNumber(baselineDate) as number;
  let best: DatedValue | null = null;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const m of measurements) {
    const d = dayNumber(m.date) as number;
    if (d >= from && d >= bestDay) {
      best = m;
      bestDay = d;
    }
  }
  return best;
}
