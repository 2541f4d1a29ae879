import { describe, expect, it } from 'vitest';
import { initiative } from './build.ts';
import { compareScenarios } from './compare.ts';
import { selectGreedy } from './greedy.ts';
import { toSelectResponse } from './response.ts';
import { selectPortfolio } from './select.ts';
import { sensitivity } from './sensitivity.ts';
import type { Initiative, Problem, Selection } from './types.ts';

const goalOnly = { goalContribution: 1 };
const item = (id: string, score: number, cost: number, more: Partial<Initiative> = {}) => ({
  ...initiative(id, { cost, ratings: { goalContribution: score / 20 } }),
  ...more,
});
async function select(problem: Problem): Promise<Selection> {
  const r = await selectPortfolio(problem);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('greedy by ratio', () => {
  it('takes the best ratios first and can miss the optimum', () => {
    // Ratios: D free, A 16.7, B 16, C 16. Greedy: D, A (6) → 4 left, B and C do not fit: 120.
    const g = selectGreedy({
      budget: 10,
      weights: goalOnly,
      initiatives: [item('A', 100, 6), item('B', 80, 5), item('C', 80, 5), item('D', 20, 0)],
    });
    expect(g.ok && g.value.selected).toEqual(['A', 'D']);
    expect(g.ok && g.value.objective).toBeCloseTo(120, 9);
  });

  it('brings in dependencies together and starts from mandatory items', () => {
    // A (25) needs B: A + B = 8 fits; then D (3) and C (4) do not fit in 2.
    const g = selectGreedy({
      budget: 10,
      weights: goalOnly,
      initiatives: [
        item('A', 100, 4, { dependsOn: ['B'] }),
        item('B', 10, 4),
        item('C', 60, 4),
        item('D', 55, 3, { mandatory: true }),
      ],
    });
    // D first (mandatory, 3), then A + B would need 8 > 7: C (4) fits, then nothing.
    expect(g.ok && g.value.selected).toEqual(['C', 'D']);
    expect(g.ok && g.value.reasons.A).toEqual({ code: 'out:needs', id: 'B' });
  });
});

describe('sensitivity to ±10 % on one weight', () => {
  it('reports which choices flip, per weight and direction', async () => {
    // One slot. A = 100·gc/(gc+u); B = 100·0.96·u/(gc+u). Base (1, 1): A 50 > B 48.
    // urgency ×1.1: A 47.6 < B 50.3 → B in, A out. goal ×0.9: A 47.4 < B 50.5 → same flip.
    const r = await sensitivity({
      budget: 1,
      weights: { goalContribution: 1, urgency: 1 },
      initiatives: [
        initiative('A', { cost: 1, ratings: { goalContribution: 5 } }),
        initiative('B', { cost: 1, ratings: { urgency: 4.8 } }),
      ],
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.base.selected).toEqual(['A']);
    const flips = r.value.shifts
      .filter((s) => s.entering.length + s.leaving.length > 0)
      .map((s) => [s.criterion, s.direction, s.entering, s.leaving]);
    expect(flips).toEqual([
      ['goalContribution', 'down', ['B'], ['A']],
      ['urgency', 'up', ['B'], ['A']],
    ]);
    expect(r.value.shifts).toHaveLength(12);
    expect(r.value.flipping).toEqual(['A', 'B']);
    const up = r.value.shifts.find((s) => s.criterion === 'urgency' && s.direction === 'up');
    expect(up?.weight).toBeCloseTo(1.1, 12);
    expect(up?.objective).toBeCloseTo((100 * 1.1 * 0.96) / 2.1, 9);
  });
});

describe('scenario comparison and API shape', () => {
  it('lists what enters, leaves and changes between two scenarios', async () => {
    const initiatives = [item('A', 100, 5), item('B', 90, 5), item('C', 60, 5)];
    const small = await select({ budget: 5, weights: goalOnly, initiatives });
    const large = await select({ budget: 10, weights: goalOnly, initiatives });
    const d = compareScenarios(small, large);
    expect(d.entering).toEqual(['B']);
    expect(d.leaving).toEqual([]);
    expect(d.objective).toEqual({ a: 100, b: 190, delta: 90 });
    expect(d.budget.delta).toBe(5);
    expect(d.reasons).toEqual([
      { id: 'B', a: { code: 'out:lowerScore', id: 'A' }, b: { code: 'chosen' } },
      { id: 'C', a: { code: 'out:lowerScore', id: 'A' }, b: { code: 'out:lowerScore', id: 'B' } },
    ]);
    expect(d.scores).toEqual([]);
    expect(compareScenarios(large, large).reasons).toEqual([]);
  });

  it('shapes the portfolio/select response of the API', async () => {
    const s = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: [
        item('A', 100, 4, { dependsOn: ['B'] }),
        item('B', 10, 4),
        item('C', 60, 4),
        item('D', 55, 3),
      ],
    });
    expect(toSelectResponse(s)).toEqual({
      selected: ['C', 'D'],
      objective: s.objective,
      totalCost: 7,
      reasons: { A: 'out:needs:B', B: 'out:lowerScore:C', C: 'chosen', D: 'chosen' },
      candidates: [
        { id: 'A', score: s.scores.A?.score, cost: 4, dependsOn: ['B'], mandatory: false },
        { id: 'B', score: s.scores.B?.score, cost: 4, dependsOn: [], mandatory: false },
        { id: 'C', score: s.scores.C?.score, cost: 4, dependsOn: [], mandatory: false },
        { id: 'D', score: s.scores.D?.score, cost: 3, dependsOn: [], mandatory: false },
      ],
    });
    expect(s.objective).toBeCloseTo(115, 9);
  });
});
