import type { Fixed } from './model.ts';
import type { Relaxation } from './solver.ts';

/**
 * Reduced-cost fixing (e.g. Wolsey, _Integer Programming_, 1998, §7.4). Let z be the optimum of
 * a stage's LP relaxation and d_j its reduced costs. Every solution x of the relaxation is worse
 * than z by at least Σ_j |d_j| · |x_j − bound_j| over the items at a bound. A solution that must
 * be within `slack` of z (a known bound on the stage's optimum: the score reached in stage 1, or
 * a feasible portfolio's cost or rank) therefore keeps every item with |d_j| > slack at its
 * bound. The margin absorbs HiGHS's dual feasibility tolerance (1e-7 per item) many times over;
 * items with a smaller reduced cost stay free. Returns `base` plus the items fixed here.
 */
export function fixByReducedCost(r: Relaxation, slack: number, base: Fixed): Map<number, 0 | 1> {
  const margin = 1e-6 * Math.max(1, Math.abs(r.objective)) + 1e-3;
  const fixed = new Map(base);
  for (const [i, c] of r.columns) {
    if (c.at !== null && Math.abs(c.reducedCost) > slack + margin) fixed.set(i, c.at);
  }
  return fixed;
}
