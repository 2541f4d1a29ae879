import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomProblem } from './generate.ts';
import { selectPortfolio } from './select.ts';
import { loadSolver } from './solver.ts';

/**
 * Reduced-cost fixing must never change the portfolio: on random instances, small (where
 * brute-force.test.ts proves the unfixed selection right) and larger, the selection with fixing
 * forced on equals the one without, reasons and all.
 */
describe('reduced-cost fixing', () => {
  const same = async (o: Parameters<typeof randomProblem>[0]) => {
    const problem = randomProblem(o);
    const solver = await loadSolver();
    const on = await selectPortfolio(problem, { solver, reducedCostFixing: true });
    const off = await selectPortfolio(problem, { solver, reducedCostFixing: false });
    expect(on.ok).toBe(off.ok);
    if (!on.ok || !off.ok) return null;
    expect(on.value.selected).toEqual(off.value.selected);
    expect(on.value.reasons).toEqual(off.value.reasons);
    expect(on.value.objective).toBe(off.value.objective);
    return on.value.solver.free ?? 0;
  };

  it('gives the same portfolio as without, on small instances full of ties', async () => {
    let solved = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          candidates: fc.integer({ min: 1, max: 14 }),
          dependencies: fc.integer({ min: 0, max: 20 }),
          departments: fc.integer({ min: 1, max: 4 }),
          mandatoryShare: fc.constantFrom(0, 0.1),
          failShare: fc.constantFrom(0, 0.15),
          budgetShare: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
          minimums: fc.integer({ min: 0, max: 2 }),
        }),
        async (o) => {
          if ((await same(o)) !== null) solved++;
        },
      ),
      { numRuns: 80, seed: 20_261_201 },
    );
    expect(solved).toBeGreaterThan(25);
  }, 120_000);

  it('gives the same portfolio as without, on larger instances with equal costs', async () => {
    for (const seed of [1, 2, 3]) {
      // Fixing really happened: fewer than the 150 items stayed free.
      expect(
        await same({
          seed,
          candidates: 150,
          dependencies: 60,
          departments: 5,
          mandatoryShare: 0,
          failShare: 0.1,
          budgetShare: 0.3,
          cost: { min: 1, max: 6 },
          minimums: 0,
        }),
      ).toBeLessThan(100);
    }
  }, 120_000);
});
