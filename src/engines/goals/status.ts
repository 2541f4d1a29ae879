import type { DatedValue, Direction, Indicator } from './indicator.ts';
import { expectedShare, latestSince, progressShare, reachesTarget } from './progress.ts';

/** Status of an indicator or a goal. `unknown` means there is nothing measured to judge by. */
export type GoalStatus = 'on-track' | 'at-risk' | 'off-track' | 'unknown';

/**
 * The goal rule's parameters, exported so a page can state the rule with these very numbers
 * (margins are shares: 0.10 = 10 percentage points).
 */
export const GOAL_RULE = {
  /** On track when progress ≥ expected − this margin. */
  onTrackMargin: 0.1,
  /** At risk when progress ≥ expected − this margin (and not on track); otherwise off track. */
  atRiskMargin: 0.25,
  /** Float slack in the comparisons, so 0.4 computed as 0.39999999999999997 still counts as 0.4. */
  tolerance: 1e-9,
  /** How a goal combines its indicators: the worst status among those that have one. */
  combine: 'worst-known',
} as const;

/** Why an indicator got its status, in terms a page can put into words. */
export type IndicatorReason =
  | 'no-measurement'
  | 'within-on-track-margin'
  | 'within-at-risk-margin'
  | 'beyond-at-risk-margin';

/** The evaluation of one indicator, with every number the rule used. */
export type IndicatorExplanation = {
  indicatorId: string;
  status: GoalStatus;
  reason: IndicatorReason;
  direction: Direction;
  baseline: DatedValue;
  target: DatedValue;
  /** The measurement judged (latest on or after the baseline date), or null. */
  latest: DatedValue | null;
  /** Share of baseline → target reached by `latest` (null when unknown). */
  progress: number | null;
  /** Share expected by `latest.date` on the straight baseline → target line (null when unknown). */
  expected: number | null;
  /** progress − expected: negative when behind the line (null when unknown). */
  gap: number | null;
  /** True when `latest` is at or beyond the target value. */
  targetReached: boolean;
};

/**
 * Evaluates one valid indicator (see `validateIndicator`). Progress is measured at the latest
 * measurement's own date against where the straight line says it should be on that date, so an
 * old measurement is judged by the plan of its time; the page shows its date.
 */
export function evaluateIndicator(ind: Indicator): IndicatorExplanation {
  const base = {
    indicatorId: ind.id,
    direction: ind.direction,
    baseline: ind.baseline,
    target: ind.target,
  };
  const latest = latestSince(ind.measurements, ind.baseline.date);
  if (!latest) {
    return {
      ...base,
      status: 'unknown',
      reason: 'no-measurement',
      latest: null,
      progress: null,
      expected: null,
      gap: null,
      targetReached: false,
    };
  }
  const progress = progressShare(ind, latest.value);
  const expected = expectedShare(ind, latest.date);
  const gap = progress - expected;
  const slack = GOAL_RULE.tolerance;
  const [status, reason]: [GoalStatus, IndicatorReason] =
    gap >= -GOAL_RULE.onTrackMargin - slack
      ? ['on-track', 'within-on-track-margin']
      : gap >= -GOAL_RULE.atRiskMargin - slack
        ? ['at-risk', 'within-at-risk-margin']
        : ['off-track', 'beyond-at-risk-margin'];
  return {
    ...base,
    status,
    reason,
    latest,
    progress,
    expected,
    gap,
    targetReached: reachesTarget(ind, latest.value),
  };
}

const SEVERITY: Record<Exclude<GoalStatus, 'unknown'>, number> = {
  'on-track': 0,
  'at-risk': 1,
  'off-track': 2,
};

/**
 * Combines statuses (a goal's indicators, or a parent goal's sub-goals): the worst of those that
 * are known; `unknown` only when none is known (or the list is empty).
 */
export function combineStatuses(statuses: readonly GoalStatus[]): GoalStatus {
  let worst: GoalStatus = 'unknown';
  for (const s of statuses) {
    if (s === 'unknown') continue;
    if (worst === 'unknown' || SEVERITY[s] > SEVERITY[worst]) worst = s;
  }
  return worst;
}
