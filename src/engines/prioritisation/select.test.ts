import { describe, expect, it } from 'vitest';
import { initiative } from './build.ts';
import { selectPortfolio } from './select.ts';
import type { Initiative, Problem, Selection } from './types.ts';

// With only goalContribution weighted, score = 100 × rating / 5 = 20 × rating.
const goalOnly = { goalContribution: 1 };
const item = (id: string, score: number, cost: number, more: Partial<Initiative> = {}) => ({
  ...initiative(id, { cost, ratings: { goalContribution: score / 20 } }),
  ...more,
});

async function select(problem: Problem): Promise<Selection> {
  const r = await selectPortfolio(problem);
  if (!r.ok) throw new Error(`unexpected failure ${r.reason}`);
  return r.value;
}

describe('exact selection, hand-computed', () => {
  it('prefers the better combination over the best ratio', async () => {
    // A alone: 100; B+C: 160 (cost 10); D is free: B+C+D = 180.
    const s = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: [
        item('A', 100, 6),
        item('B', 80, 5),
        item('C', 80, 5),
        item('D', 20, 0),
        { ...item('E', 100, 1), requirements: { verifiedNeed: true } },
      ],
    });
    expect(s.selected).toEqual(['B', 'C', 'D']);
    expect(s.objective).toBe(180);
    expect(s.totalCost).toBe(10);
    // A has the best ratio (16.7) but no chosen item with a higher ratio could make room for it.
    expect(s.reasons.A).toEqual({ code: 'out:budget' });
    expect(s.reasons.E).toEqual({
      code: 'out:failedRequirement',
      requirements: [
        'namedOwner',
        'goalLink',
        'developmentFinancing',
        'operationFinancing',
        'architectureFit',
      ],
    });
    expect(s.candidates.map((c) => c.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(s.candidates[0]).toEqual({
      id: 'A',
      score: 100,
      cost: 6,
      dependsOn: [],
      mandatory: false,
    });
  });

  it('names the marginal better-value item that displaced one', async () => {
    // A (ratio 20) + B (18) fill the budget; C (12) is out, B is the cheapest-ratio displacer.
    const s = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: [item('C', 60, 5), item('B', 90, 5), item('A', 100, 5)],
    });
    expect(s.selected).toEqual(['A', 'B']);
    expect(s.objective).toBe(190);
    expect(s.reasons.C).toEqual({ code: 'out:lowerScore', id: 'B' });
  });

  it('respects dependencies', async () => {
    // {A,B} = 110 (cost 8); {C,D} = 115 (cost 7); {A,B,D} costs 11.
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
    expect(s.selected).toEqual(['C', 'D']);
    expect(s.objective).toBe(115);
    expect(s.reasons.A).toEqual({ code: 'out:needs', id: 'B' });
    // B (ratio 2.5) does not fit in R = 3; C (15) and D (18.3) would each free enough: C is lower.
    expect(s.reasons.B).toEqual({ code: 'out:lowerScore', id: 'C' });
    expect(s.candidates[0]?.dependsOn).toEqual(['B']);
  });

  it('keeps mandatory items and what they need', async () => {
    // B forced: {A,B} = 110 beats {B,C} = 70 and {B,D} = 65; {B,C,D} costs 11.
    const s = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: [
        item('A', 100, 4, { dependsOn: ['B'] }),
        item('B', 10, 4, { mandatory: true }),
        item('C', 60, 4),
        item('D', 55, 3),
      ],
    });
    expect(s.selected).toEqual(['A', 'B']);
    expect(s.reasons.C).toEqual({ code: 'out:lowerScore', id: 'A' });
    expect(s.reasons.D).toEqual({ code: 'out:lowerScore', id: 'A' });
    // A mandatory item drags in its dependency even when it scores nothing.
    const t = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: [item('A', 0, 4, { dependsOn: ['B'], mandatory: true }), item('B', 0, 4)],
    });
    expect(t.selected).toEqual(['A', 'B']);
    expect(t.objective).toBe(0);
  });

  it('blocks what depends on a non-candidate', async () => {
    const s = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: [
        item('A', 100, 1, { dependsOn: ['B'] }),
        { ...item('B', 100, 1), requirements: {} },
        item('C', 100, 1, { dependsOn: ['A'] }),
      ],
    });
    expect(s.selected).toEqual([]);
    expect(s.reasons.A).toEqual({ code: 'out:needs', id: 'B' });
    expect(s.reasons.C).toEqual({ code: 'out:needs', id: 'A' });
  });

  it('meets department minimums by count and by spend', async () => {
    const base = [
      item('A', 100, 5, { department: 'x' }),
      item('B', 90, 5, { department: 'x' }),
      item('C', 20, 5, { department: 'y' }),
      item('D', 10, 1, { department: 'y' }),
    ];
    const free = await select({ budget: 10, weights: goalOnly, initiatives: base });
    expect(free.selected).toEqual(['A', 'B']);
    const count = await select({
      budget: 10,
      weights: goalOnly,
      initiatives: base,
      departmentMinimums: [{ department: 'y', minCount: 1 }],
    });
    // A + C = 120 (cost 10) beats A + D = 110 (cost 6).
    expect(count.selected).toEqual(['A', 'C']);
    const spend = await select({
      budget: 11,
      weights: goalOnly,
      initiatives: base,
      departmentMinimums: [{ department: 'y', minSpend: 6 }],
    });
    expect(spend.selected).toEqual(['A', 'C', 'D']);
    expect(spend.objective).toBe(130);
  });

  it('breaks ties by lower cost, then by earlier id', async () => {
    const cheaper = await select({
      budget: 5,
      weights: goalOnly,
      initiatives: [item('A', 50, 5), item('B', 50, 4)],
    });
    expect(cheaper.selected).toEqual(['B']);
    const earlier = await select({
      budget: 5,
      weights: goalOnly,
      initiatives: [item('B', 50, 5), item('A', 50, 5)],
    });
    expect(earlier.selected).toEqual(['A']);
    expect(earlier.reasons.B).toEqual({ code: 'out:budget' });
    // A zero-score item is not bought, unless it is free.
    const zero = await select({
      budget: 5,
      weights: goalOnly,
      initiatives: [item('A', 0, 1), item('B', 0, 0)],
    });
    expect(zero.selected).toEqual(['B']);
    expect(zero.reasons.A).toEqual({ code: 'out:noScore' });
  });
});
