import { randomProblem } from './generate.ts';
import { selectPortfolio } from './select.ts';

/**
 * Loads the solver and runs one selection of a made-up portfolio, so that the first selection a
 * user asks for finds the WebAssembly compiled and the model-building code optimised: measured
 * cold, the first selection of 2,000 candidates in a process took three times as long as after
 * this warm-up (bench/first-selection.ts).
 */
export async function warmUpPrioritisation(): Promise<void> {
  const problem = randomProblem({
    seed: 1,
    // Measured (bench/first-selection.ts): 200 candidates left the first real selection twice as
    // slow as the second; 600 bring it within 10 % of it.
    candidates: 600,
    dependencies: 90,
    departments: 12,
    failShare: 0.1,
    budgetShare: 0.25,
    cost: { min: 100_000, max: 5_000_000 },
    minimums: 3,
  });
  const result = await selectPortfolio(problem);
  if (!result.ok) throw new Error(`warm-up selection refused: ${result.reason}`);
}
