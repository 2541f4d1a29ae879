import { describe, expect, it } from 'vitest';
import { initiative } from './build.ts';
import { selectGreedy } from './greedy.ts';
import { selectPortfolio } from './select.ts';
import type { Initiative, Problem } from './types.ts';

const scored = (id: string, more: Partial<Initiative> = {}) => ({
  ...initiative(id, { cost: 2, ratings: { goalContribution: 3 } }),
  ...more,
});
const base: Problem = {
  budget: 10,
  weights: { goalContribution: 1 },
  initiatives: [scored('a'), scored('b', { dependsOn: ['a'] })],
};

async function refusal(problem: Problem) {
  const r = await selectPortfolio(problem);
  if (r.ok) throw new Error('expected a failure');
  // The greedy baseline refuses the same input in the same way.
  expect(selectGreedy(problem)).toEqual(r);
  return { reason: r.reason, ids: r.ids };
}

describe('bad input gives typed failures', () => {
  it('budget of zero, negative or not a number', async () => {
    for (const budget of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(await refusal({ ...base, budget })).toEqual({ reason: 'invalidBudget', ids: [] });
    }
  });

  it('negative or non-finite cost', async () => {
    const initiatives = [scored('a', { cost: -1 }), scored('b', { cost: Number.NaN }), scored('c')];
    expect(await refusal({ ...base, initiatives })).toEqual({
      reason: 'invalidCost',
      ids: ['a', 'b'],
    });
  });

  it('weights all zero, missing or negative', async () => {
    expect((await refusal({ ...base, weights: { risk: 0, urgency: 0 } })).reason).toBe(
      'zeroWeights',
    );
    expect((await refusal({ ...base, weights: {} })).reason).toBe('zeroWeights');
    expect(await refusal({ ...base, weights: { urgency: -0.1, risk: 1 } })).toEqual({
      reason: 'invalidWeights',
      ids: ['urgency'],
    });
  });

  it('ratings outside 0–5 and duplicate ids', async () => {
    const bad = scored('x');
    bad.ratings = { ...bad.ratings, urgency: 6 };
    expect(await refusal({ ...base, initiatives: [bad, scored('y')] })).toEqual({
      reason: 'invalidRating',
      ids: ['x'],
    });
    expect(await refusal({ ...base, initiatives: [scored('a'), scored('a')] })).toEqual({
      reason: 'duplicateId',
      ids: ['a'],
    });
  });

  it('a dependency on an unknown or foreign initiative names both sides', async () => {
    const r = await selectPortfolio({
      ...base,
      initiatives: [scored('a', { dependsOn: ['other-municipality:7'] }), scored('b')],
    });
    expect(r).toEqual({
      ok: false,
      reason: 'unknownDependency',
      ids: ['other-municipality:7'],
      detail: { a: ['other-municipality:7'] },
    });
  });

  it('a dependency cycle, with or without a mandatory item in it', async () => {
    const cycle = [
      scored('a', { dependsOn: ['c'] }),
      scored('b', { dependsOn: ['a'] }),
      scored('c', { dependsOn: ['b'] }),
      scored('d'),
    ];
    expect(await refusal({ ...base, initiatives: cycle })).toEqual({
      reason: 'dependencyCycle',
      ids: ['a', 'c', 'b'],
    });
    const withMandatory = cycle.map((x) => (x.id === 'b' ? { ...x, mandatory: true } : x));
    expect((await refusal({ ...base, initiatives: withMandatory })).reason).toBe('mandatoryCycle');
    expect(
      (await refusal({ ...base, initiatives: [scored('s', { dependsOn: ['s'] })] })).ids,
    ).toEqual(['s']);
  });

  it('mandatory items over the budget, or failing a requirement', async () => {
    const initiatives = [
      scored('a', { cost: 6, mandatory: true }),
      scored('b', { cost: 3 }),
      scored('c', { cost: 2, mandatory: true, dependsOn: ['b'] }),
    ];
    // a + c + b (needed by c) = 11 > 10.
    expect(await refusal({ ...base, initiatives })).toEqual({
      reason: 'mandatoryOverBudget',
      ids: ['a', 'b', 'c'],
    });
    const failing = [{ ...scored('a', { mandatory: true }), requirements: {} }];
    expect(await refusal({ ...base, initiatives: failing })).toEqual({
      reason: 'mandatoryUnavailable',
      ids: ['a'],
    });
  });

  it('department minimums that are invalid, unreachable or infeasible with the budget', async () => {
    const initiatives = [
      scored('a', { department: 'x', cost: 6 }),
      scored('b', { department: 'y', cost: 6 }),
    ];
    expect(
      await refusal({
        ...base,
        initiatives,
        departmentMinimums: [{ department: 'x', minCount: -1 }],
      }),
    ).toEqual({ reason: 'invalidDepartmentMinimum', ids: ['x'] });
    expect(
      await refusal({
        ...base,
        initiatives,
        departmentMinimums: [{ department: 'x', minCount: 2 }],
      }),
    ).toEqual({ reason: 'departmentMinimumUnreachable', ids: ['x'] });
    // Each alone is reachable, both together cost 12 > 10: only the solver can tell.
    const both = [
      { department: 'x', minCount: 1 },
      { department: 'y', minSpend: 5 },
    ];
    const r = await selectPortfolio({ ...base, initiatives, departmentMinimums: both });
    expect(r).toEqual({ ok: false, reason: 'infeasible', ids: ['x', 'y'] });
  });
});
