import { describe, expect, it } from 'vitest';
import { computeCalculus, toCalculusResponse } from './calculus.ts';
import type { Calculus, CalculusInput } from './types.ts';

function calc(input: CalculusInput): Calculus {
  const r = computeCalculus(input);
  if (!r.ok) throw new Error(`unexpected failure: ${JSON.stringify(r.issues)}`);
  return r.value;
}

// Digital night supervision, 2026–2028, r = 4 %.
// Costs: 2026 investment 1 000 000 + running 100 000; 2027 and 2028 running 100 000.
// Benefits: freed staff hours at 400 kr/h, 2 000 h in 2027 and 3 000 h in 2028;
// dis-benefit: 1 000 extra support calls a year in 2027–2028 at 50 kr each (−50 000 a year);
// quality of sleep: no money value, so not in the calculus.
const nightSupervision: CalculusInput = {
  startYear: 2026,
  endYear: 2028,
  discountRate: 0.04,
  costs: [
    { year: 2026, investment: 1_000_000, running: 100_000 },
    { year: 2027, investment: 0, running: 100_000 },
    { year: 2028, investment: 0, running: 100_000 },
  ],
  benefits: [
    {
      id: 'hours',
      effect: 'benefit',
      moneyValuePerUnit: 400,
      planned: [
        { year: 2027, value: 2_000 },
        { year: 2028, value: 3_000 },
      ],
    },
    {
      id: 'calls',
      effect: 'dis-benefit',
      moneyValuePerUnit: 50,
      planned: [
        { year: 2027, value: 1_000 },
        { year: 2028, value: 1_000 },
      ],
    },
    {
      id: 'sleep',
      effect: 'benefit',
      moneyValuePerUnit: null,
      planned: [{ year: 2028, value: 1 }],
    },
  ],
};

describe('computeCalculus, hand-computed', () => {
  const c = calc(nightSupervision);

  it('nominal years: cost = investment + running, benefit = Σ ± money × quantity, net = benefit − cost', () => {
    // 2026: cost 1 100 000, benefit 0,                               net −1 100 000
    // 2027: cost   100 000, benefit 400·2 000 − 50·1 000 =   750 000, net    650 000
    // 2028: cost   100 000, benefit 400·3 000 − 50·1 000 = 1 150 000, net  1 050 000
    expect(c.years).toEqual([
      { year: 2026, cost: 1_100_000, benefit: 0, net: -1_100_000 },
      { year: 2027, cost: 100_000, benefit: 750_000, net: 650_000 },
      { year: 2028, cost: 100_000, benefit: 1_150_000, net: 1_050_000 },
    ]);
    expect(c.unvaluedBenefitIds).toEqual(['sleep']);
  });

  it('present values with factors 1, 1/1.04, 1/1.0816', () => {
    // PV(costs)    = 1 100 000 + 100 000/1.04 + 100 000/1.0816
    //              = 1 100 000 + 96 153.846154 + 92 455.621302 = 1 288 609.467456
    // PV(benefits) = 0 + 750 000/1.04 + 1 150 000/1.0816
    //              = 721 153.846154 + 1 063 239.644970 = 1 784 393.491124
    expect(c.discounted.map((d) => d.factor)).toEqual([
      1,
      expect.closeTo(1 / 1.04, 15),
      expect.closeTo(1 / 1.0816, 15),
    ]);
    expect(c.presentValueCosts).toBeCloseTo(1_288_609.467456, 5);
    expect(c.presentValueBenefits).toBeCloseTo(1_784_393.491124, 5);
  });

  it('NPV, benefit/cost ratio and payback year', () => {
    // NPV = 1 784 393.491124 − 1 288 609.467456 = 495 784.023669
    // BCR = 1 784 393.491124 / 1 288 609.467456 = 1.384743
    // cumulative discounted net: 2026 −1 100 000; 2027 −1 100 000 + 650 000/1.04 = −475 000;
    // 2028 −475 000 + 1 050 000/1.0816 = −475 000 + 970 784.023669 = 495 784.023669 ≥ 0 → 2028
    expect(c.npv).toBeCloseTo(495_784.023669, 5);
    expect(c.benefitCostRatio).toBeCloseTo(1.384743, 6);
    expect(c.discounted.map((d) => d.cumulativeNet)).toEqual([
      -1_100_000,
      -475_000,
      expect.closeTo(495_784.023669, 5),
    ]);
    expect(c.paybackYear).toBe(2028);
  });

  it('sensitivity: rows are benefit changes, columns cost changes', () => {
    // benefits −20 %, costs +20 %: 0.8·1 784 393.491124 − 1.2·1 288 609.467456 = −118 816.568047
    // benefits +20 %, costs −20 %: 1.2·1 784 393.491124 − 0.8·1 288 609.467456 = 1 110 384.615385
    expect(c.sensitivity.benefitChanges).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
    expect(c.sensitivity.npv[0]?.[4]).toBeCloseTo(-118_816.568047, 5);
    expect(c.sensitivity.npv[4]?.[0]).toBeCloseTo(1_110_384.615385, 5);
    expect(c.sensitivity.npv[2]?.[2]).toBeCloseTo(c.npv, 6);
  });

  it('toCalculusResponse gives exactly the API shape', () => {
    const body = toCalculusResponse(c);
    expect(Object.keys(body).sort()).toEqual(
      ['benefitCostRatio', 'discountRate', 'npv', 'paybackYear', 'years'].sort(),
    );
    expect(body.years[1]).toEqual({ year: 2027, cost: 100_000, benefit: 750_000, net: 650_000 });
    expect(body.discountRate).toBe(0.04);
  });
});

describe('conventions at the edges', () => {
  it('defaults to r = 4 %', () => {
    const { discountRate, ...rest } = nightSupervision;
    expect(calc(rest).discountRate).toBe(0.04);
  });

  it('exact break-even pays back: 100 spent in 2026, 108.16 gained in 2028 at 4 %', () => {
    // 108.16 / 1.04² = 108.16 / 1.0816 = 100 → cumulative 0 (−1.4e−14 in floats) → 2028
    const c = calc({
      startYear: 2026,
      endYear: 2028,
      costs: [{ year: 2026, investment: 100, running: 0 }],
      benefits: [
        {
          id: 'b',
          effect: 'benefit',
          moneyValuePerUnit: 1,
          planned: [{ year: 2028, value: 108.16 }],
        },
      ],
    });
    expect(c.paybackYear).toBe(2028);
    expect(c.npv).toBeCloseTo(0, 9);
  });

  it('payback is searched from the first year with a cost, and is null when never reached', () => {
    // 2026 quiet (cumulative 0), 2027 cost 500, 2028 benefit 300 → cumulative never ≥ 0.
    const c = calc({
      startYear: 2026,
      endYear: 2028,
      costs: [{ year: 2027, investment: 500, running: 0 }],
      benefits: [
        { id: 'b', effect: 'benefit', moneyValuePerUnit: 1, planned: [{ year: 2028, value: 300 }] },
      ],
    });
    expect(c.paybackYear).toBeNull();
    expect(c.npv).toBeLessThan(0);
  });

  it('no costs: benefit/cost ratio is null, payback is t₀', () => {
    const c = calc({
      startYear: 2026,
      endYear: 2027,
      costs: [],
      benefits: [
        { id: 'b', effect: 'benefit', moneyValuePerUnit: 10, planned: [{ year: 2027, value: 5 }] },
      ],
    });
    expect(c.benefitCostRatio).toBeNull();
    expect(c.paybackYear).toBe(2026);
    expect(c.npv).toBeCloseTo(50 / 1.04, 9);
  });

  it('r = 0 gives nominal sums; a one-year horizon works', () => {
    const c = calc({ ...nightSupervision, discountRate: 0 });
    expect(c.presentValueCosts).toBe(1_300_000);
    expect(c.npv).toBe(600_000); // 1 900 000 − 1 300 000
    const one = calc({
      ...nightSupervision,
      endYear: 2026,
      benefits: [],
      costs: nightSupervision.costs.slice(0, 1),
    });
    expect(one.years).toHaveLength(1);
    expect(one.benefitCostRatio).toBe(0);
  });
});
