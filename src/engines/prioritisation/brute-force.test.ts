import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomProblem } from './generate.ts';
import { selectGreedy } from './greedy.ts';
import { selectPortfolio } from './select.ts';
import { CRITERIA, type Problem, REQUIREMENTS } from './types.ts';

type Best = { mask: number; units: number; cost: number; rank: number; unique: boolean };

/**
 * Enumerates every subset, independently of the engine. The generated weights and ratings are
 * integers, so score = 100 × Σ w_c r'_c / (5 Σ w) with r' = 5 − r for risk is proportional to the
 * integer Σ w_c r'_c, compared exactly. The best feasible subset is the one with the highest score,
 * then the lowest cost, then the highest Σ (N − rank), rank being the position by id among the
 * initiatives that could ever be chosen.
 */
function bruteForce(problem: Problem) {
  const xs = [...problem.initiatives].sort((a, b) => (a.id < b.id ? -1 : 1));
  const n = xs.length;
  const at = new Map(xs.map((x, i) => [x.id, i]));
  const wsum = CRITERIA.reduce((s, c) => s + (problem.weights[c] ?? 0), 0);
  const units = xs.map((x) =>
    CRITERIA.reduce((s, c) => {
      const r = x.ratings[c];
      return s + (problem.weights[c] ?? 0) * (c === 'risk' ? 5 - r : r);
    }, 0),
  );
  const pointsPerUnit = 100 / (5 * wsum);
  const depMask = xs.map((x) => (x.dependsOn ?? []).reduce((m, d) => m | (1 << at.get(d)!), 0));
  const okReq = xs.map((x) => REQUIREMENTS.every((r) => x.requirements[r] === true));
  // Could ever be chosen: meets its requirements and so does everything it depends on.
  const able = [...okReq];
  for (let round = 0; round < n; round++) {
    xs.forEach((_, i) => {
      able[i] = okReq[i]! && xs.every((_, j) => !(depMask[i]! & (1 << j)) || able[j]!);
    });
  }
  const ableIds = xs.flatMap((_, i) => (able[i] ? [i] : []));
  const rankWeight = xs.map((_, i) => ableIds.length - ableIds.indexOf(i));
  const mandatory = xs.reduce((m, x, i) => (x.mandatory ? m | (1 << i) : m), 0);

  function feasible(mask: number): boolean {
    if ((mask & mandatory) !== mandatory) return false;
    let cost = 0;
    for (let i = 0; i < n; i++) {
      if (!(mask & (1 << i))) continue;
      if (!okReq[i] || (depMask[i]! & ~mask) !== 0) return false;
      cost += xs[i]!.cost;
    }
    if (cost > problem.budget) return false;
    return (problem.departmentMinimums ?? []).every((m) => {
      let count = 0;
      let spend = 0;
      xs.forEach((x, i) => {
        if (mask & (1 << i) && x.department === m.department) {
          count++;
          spend += x.cost;
        }
      });
      return count >= (m.minCount ?? 0) && spend >= (m.minSpend ?? 0);
    });
  }
  const keyOf = (mask: number) => {
    let u = 0;
    let c = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      if (!(mask & (1 << i))) continue;
      u += units[i]!;
      c += xs[i]!.cost;
      r += rankWeight[i]!;
    }
    return { units: u, cost: c, rank: r };
  };
  let best: Best | null = null;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (!feasible(mask)) continue;
    const k = keyOf(mask);
    const cmp = best ? k.units - best.units || best.cost - k.cost || k.rank - best.rank : 1;
    if (cmp > 0) best = { mask, ...k, unique: true };
    else if (cmp === 0 && best) best.unique = false;
  }
  const maskOf = (ids: readonly string[]) => ids.reduce((m, id) => m | (1 << at.get(id)!), 0);
  const idsOf = (mask: number) => xs.filter((_, i) => mask & (1 << i)).map((x) => x.id);
  return { best, feasible, keyOf, maskOf, idsOf, pointsPerUnit };
}

const instance = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  candidates: fc.integer({ min: 1, max: 14 }),
  dependencies: fc.integer({ min: 0, max: 20 }),
  departments: fc.integer({ min: 1, max: 4 }),
  mandatoryShare: fc.constantFrom(0, 0.1, 0.2),
  failShare: fc.constantFrom(0, 0.15),
  budgetShare: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
  minimums: fc.integer({ min: 0, max: 2 }),
});

describe('exact selection against enumeration of all subsets', () => {
  it('reaches the brute-force optimum and its tie-breaks, and satisfies every constraint', async () => {
    let solved = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(instance, async (o) => {
        const problem = randomProblem(o);
        const bf = bruteForce(problem);
        const r = await selectPortfolio(problem);
        if (!bf.best) {
          refused++;
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect([
              'infeasible',
              'mandatoryOverBudget',
              'mandatoryUnavailable',
              'departmentMinimumUnreachable',
            ]).toContain(r.reason);
          }
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        solved++;
        const mask = bf.maskOf(r.value.selected);
        expect(bf.feasible(mask)).toBe(true);
        expect(bf.keyOf(mask)).toEqual({
          units: bf.best.units,
          cost: bf.best.cost,
          rank: bf.best.rank,
        });
        expect(r.value.objective).toBeCloseTo(bf.best.units * bf.pointsPerUnit, 9);
        if (bf.best.unique) expect(r.value.selected).toEqual(bf.idsOf(bf.best.mask));
        // The greedy baseline is feasible exactly when it says it met the department minimums,
        // and then never beats the optimum.
        const g = selectGreedy(problem);
        expect(g.ok).toBe(true);
        if (!g.ok) return;
        const gm = bf.maskOf(g.value.selected);
        expect(bf.feasible(gm)).toBe(g.value.departmentMinimumsMet);
        if (g.value.departmentMinimumsMet) {
          expect(bf.keyOf(gm).units).toBeLessThanOrEqual(bf.best.units);
        }
      }),
      { numRuns: 300, seed: 20_260_301 },
    );
    // Both branches must be exercised well for this to prove anything.
    expect(solved).toBeGreaterThan(120);
    expect(refused).toBeGreaterThan(20);
  });
});
