/** Goal status from indicators: a pure engine. See README.md for the rule. */
export { dayNumber, yearOf } from '../../vocabulary/dates.ts';
export {
  type InvalidInput,
  type Issue,
  invalidInput,
  isFiniteNumber,
} from '../../vocabulary/issues.ts';
export { evaluateGoal, type GoalEvaluation, type GoalIssueCode } from './goal.ts';
export {
  type DatedValue,
  type Direction,
  type Indicator,
  type IndicatorIssueCode,
  MAX_INDICATOR_VALUE,
  validateIndicator,
} from './indicator.ts';
export { expectedShare, latestSince, progressShare, reachesTarget } from './progress.ts';
export {
  combineStatuses,
  evaluateIndicator,
  GOAL_RULE,
  type GoalStatus,
  type IndicatorExplanation,
  type IndicatorReason,
} from './status.ts';
