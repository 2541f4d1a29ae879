import { randomProblem } from './generate.ts';
import { selectPortfolio } from './select.ts';

/**
 * Loads the solver and runs one small selection, so that the first selection a user asks for
 * finds the WebAssembly compiled and the model-building code optimised: measured cold, the first
 * selection of 2,000 candidates in a process took three to five times as long as the later ones.
 */
export async function warmUpPrioritisation(): Promise<void> {
  const problem = randomProblem({
    seed: 1,
    candidates: 200,
    dependencies: 30,
    departments: 6,
    failShare: 0.1,
    budgetShare: 0.25,
    cost: { min: 100_000, max: 5_000_000 },
    minimums: 2,
  });
  const result = await selectPortfolio(problem);
  if (!result.ok) throw new Error(`warm-up selection refused: ${result.reason}`);
}
