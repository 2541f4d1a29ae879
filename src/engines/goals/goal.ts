import { type InvalidInput, type Issue, invalidInput } from '../../vocabulary/issues.ts';
import { type Indicator, type IndicatorIssueCode, validateIndicator } from './indicator.ts';
import {
  combineStatuses,
  evaluateIndicator,
  type GoalStatus,
  type IndicatorExplanation,
} from './status.ts';

/** A goal's status with the explanation of each indicator and how many had each status. */
export type GoalEvaluation = {
  status: GoalStatus;
  indicators: IndicatorExplanation[];
  counts: Record<GoalStatus, number>;
};

export type GoalIssueCode = IndicatorIssueCode | 'duplicate-id';

/**
 * Evaluates a goal from its indicators: validates all of them first (typed failure listing every
 * issue, paths `indicators[i]...`), then applies the goal rule (`GOAL_RULE`). A goal without
 * indicators is `unknown`.
 */
export function evaluateGoal(
  indicators: readonly Indicator[],
): { ok: true; value: GoalEvaluation } | InvalidInput<GoalIssueCode> {
  const issues: Issue<GoalIssueCode>[] = [];
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.id)) issues.push({ path: `indicators[${i}].id`, code: 'duplicate-id' });
    seen.add(ind.id);
    issues.push(...validateIndicator(ind, `indicators[${i}]`));
  });
  if (issues.length > 0) return invalidInput(issues);

  const explained = indicators.map(evaluateIndicator);
  const counts: Record<GoalStatus, number> = {
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    unknown: 0,
  };
  for (const e of explained) counts[e.status] += 1;
  return {
    ok: true,
    value: {
      status: combineStatuses(explained.map((e) => e.status)),
      indicators: explained,
      counts,
    },
  };
}
