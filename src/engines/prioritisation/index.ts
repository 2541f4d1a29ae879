/**
 * Prioritisation engine: scores initiatives on weighted criteria, drops those failing a
 * must-requirement, and chooses the portfolio for one budget year exactly (HiGHS), with reasons,
 * sensitivity to the weights, scenario comparison and a greedy baseline. No I/O. See README.md.
 */
export { initiative } from './build.ts';
export { compareScenarios, type Delta, type ScenarioDiff } from './compare.ts';
export { type GreedySelection, selectGreedy } from './greedy.ts';
export { reasonKey } from './reasons.ts';
export { type SelectResponse, toSelectResponse } from './response.ts';
export {
  benefitCostRating,
  normaliseWeights,
  RATING_MAX,
  scoreOf,
} from './scoring.ts';
export { type SelectOptions, selectPortfolio } from './select.ts';
export { type Sensitivity, sensitivity, type WeightShift } from './sensitivity.ts';
export { loadSolver } from './solver.ts';
export * from './types.ts';
export { warmUpPrioritisation } from './warm-up.ts';
