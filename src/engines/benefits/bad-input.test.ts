import { describe, expect, it } from 'vitest';
import { computeCalculus } from './calculus.ts';
import type { CalculusInput } from './types.ts';

const base: CalculusInput = {
  startYear: 2026,
  endYear: 2028,
  costs: [{ year: 2026, investment: 100, running: 10 }],
  benefits: [
    { id: 'b', effect: 'benefit', moneyValuePerUnit: 5, planned: [{ year: 2027, value: 40 }] },
  ],
};

/** The issues as `path:code`, or [] when the input was accepted. */
function issues(input: CalculusInput): string[] {
  const r = computeCalculus(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
}

describe('bad input gives typed failures, never NaN or Infinity', () => {
  it('accepts the base case', () => {
    expect(issues(base)).toEqual([]);
  });

  it('negative amounts', () => {
    expect(issues({ ...base, costs: [{ year: 2026, investment: -1, running: 0 }] })).toEqual([
      'costs[0].investment:negative',
    ]);
    const b = { ...base.benefits[0]!, moneyValuePerUnit: -5 };
    expect(issues({ ...base, benefits: [b] })).toEqual(['benefits[0].moneyValuePerUnit:negative']);
    const p = { ...base.benefits[0]!, planned: [{ year: 2027, value: -1 }] };
    expect(issues({ ...base, benefits: [p] })).toEqual(['benefits[0].planned[0].value:negative']);
  });

  it('non-finite and absurd amounts', () => {
    expect(
      issues({ ...base, costs: [{ year: 2026, investment: Number.NaN, running: Infinity }] }),
    ).toEqual(['costs[0].investment:not-finite', 'costs[0].running:not-finite']);
    expect(issues({ ...base, costs: [{ year: 2026, investment: 1e13, running: 0 }] })).toEqual([
      'costs[0].investment:too-large',
    ]);
  });

  it('discount rate outside (−1, 1]', () => {
    expect(issues({ ...base, discountRate: -1 })).toEqual(['discountRate:rate-out-of-range']);
    expect(issues({ ...base, discountRate: 1.01 })).toEqual(['discountRate:rate-out-of-range']);
    expect(issues({ ...base, discountRate: Number.NaN })).toEqual(['discountRate:not-finite']);
    expect(issues({ ...base, discountRate: 1 })).toEqual([]);
    expect(issues({ ...base, discountRate: -0.5 })).toEqual([]);
  });

  it('empty, too long or malformed horizon', () => {
    expect(issues({ ...base, startYear: 2028, endYear: 2026, costs: [], benefits: [] })).toEqual([
      'endYear:empty-horizon',
    ]);
    expect(issues({ ...base, endYear: 2126 })).toEqual(['endYear:horizon-too-long']);
    expect(issues({ ...base, startYear: 2026.5 })).toContain('startYear:invalid-year');
  });

  it('years out of order, repeated, outside the horizon or not whole', () => {
    const costs = [
      { year: 2027, investment: 1, running: 0 },
      { year: 2026, investment: 1, running: 0 },
      { year: 2026, investment: 1, running: 0 },
      { year: 2030, investment: 1, running: 0 },
      { year: 2028.5, investment: 1, running: 0 },
    ];
    expect(issues({ ...base, costs })).toEqual([
      'costs[1].year:years-out-of-order',
      'costs[2].year:years-out-of-order',
      'costs[3].year:year-outside-horizon',
      'costs[4].year:invalid-year',
    ]);
  });

  it('unknown effect and repeated benefit ids', () => {
    const b = base.benefits[0]!;
    expect(issues({ ...base, benefits: [b, { ...b, effect: 'gain' as 'benefit' }] })).toEqual([
      'benefits[1].id:duplicate-id',
      'benefits[1].effect:invalid-effect',
    ]);
  });

  it('valid parts that would overflow together: result-not-finite', () => {
    // (1 − 0.999999)^99 = 1e−594 underflows to 0, so its reciprocal would be Infinity.
    const r = computeCalculus({
      startYear: 2000,
      endYear: 2099,
      discountRate: -0.999999,
      costs: [{ year: 2099, investment: 1, running: 0 }],
      benefits: [],
    });
    expect(r).toMatchObject({
      ok: false,
      reason: 'invalid-input',
      fields: { '': 'result-not-finite' },
    });
  });
});
