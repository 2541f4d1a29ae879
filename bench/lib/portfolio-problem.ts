import { randomProblem } from '../../src/engines/prioritisation/generate.ts';

/**
 * The portfolio the selection benchmarks choose from: 2,000 seeded candidate initiatives with 300
 * dependencies in 12 departments, a tenth failing a requirement, a budget of a quarter of the cost.
 */
export const benchmarkPortfolio = () =>
  randomProblem({
    seed: 2027,
    candidates: 2000,
    dependencies: 300,
    departments: 12,
    failShare: 0.1,
    budgetShare: 0.25,
    cost: { min: 100_000, max: 5_000_000 },
    minimums: 3,
  });
