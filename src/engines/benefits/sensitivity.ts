import { SENSITIVITY_STEPS } from './limits.ts';
import type { SensitivityTable } from './types.ts';

/**
 * NPV when all benefits change by each step (rows) and all costs by each step (columns), e.g.
 * benefits −20 % and costs +20 %: 0.8·PV(benefits) − 1.2·PV(costs). Scaling a whole stream scales
 * its present value by the same factor, so the table follows from the two present values alone.
 * Dis-benefits are part of the benefit stream and scale with it.
 */
export function sensitivityTable(
  pvBenefits: number,
  pvCosts: number,
  steps: readonly number[] = SENSITIVITY_STEPS,
): SensitivityTable {
  return {
    benefitChanges: steps,
    costChanges: steps,
    npv: steps.map((b) => steps.map((c) => (1 + b) * pvBenefits - (1 + c) * pvCosts)),
  };
}
