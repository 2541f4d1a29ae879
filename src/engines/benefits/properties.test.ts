import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCalculus } from './calculus.ts';
import type { Calculus, CalculusInput, ValuedBenefit } from './types.ts';

const START = 2026;

// A valid calculus input: 1–12 years, costs and 0–3 benefits with quantities on every year.
const inputArb = fc.integer({ min: 1, max: 12 }).chain((n) => {
  const perYear = (max: number) =>
    fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n });
  const benefit = fc.record({
    effect: fc.constantFrom('benefit' as const, 'dis-benefit' as const),
    money: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: null }),
    quantities: perYear(10_000),
  });
  return fc
    .record({
      rate: fc.double({ min: -0.5, max: 1, noNaN: true }),
      investment: perYear(10_000_000),
      running: perYear(1_000_000),
      benefits: fc.array(benefit, { maxLength: 3 }),
    })
    .map(
      (g): CalculusInput => ({
        startYear: START,
        endYear: START + n - 1,
        discountRate: g.rate,
        costs: g.investment.map((inv, i) => ({
          year: START + i,
          investment: inv,
          running: g.running[i] ?? 0,
        })),
        benefits: g.benefits.map(
          (b, k): ValuedBenefit => ({
            id: `b${k}`,
            effect: b.effect,
            moneyValuePerUnit: b.money,
            planned: b.quantities.map((value, i) => ({ year: START + i, value })),
          }),
        ),
      }),
    );
});

function calc(input: CalculusInput): Calculus {
  const r = computeCalculus(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const scaleMoney = (input: CalculusInput, kb: number, kc: number): CalculusInput => ({
  ...input,
  costs: input.costs.map((c) => ({ ...c, investment: c.investment * kc, running: c.running * kc })),
  benefits: input.benefits.map((b) => ({
    ...b,
    moneyValuePerUnit: b.moneyValuePerUnit === null ? null : b.moneyValuePerUnit * kb,
  })),
});

/** Closeness relative to the magnitudes involved. */
const near = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

describe('calculus properties', () => {
  it('every valid input gives finite numbers and NPV = PV(benefits) − PV(costs)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const c = calc(input);
        expect(near(c.npv, c.presentValueBenefits - c.presentValueCosts, c.presentValueCosts)).toBe(
          true,
        );
        expect(c.years).toHaveLength(input.endYear - input.startYear + 1);
      }),
    );
  });

  it('NPV is linear in benefits: scaling money values by k gives k·PV(benefits) − PV(costs)', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 5 }), (input, k) => {
        const c = calc(input);
        const scaled = calc(scaleMoney(input, k, 1));
        const scale = Math.abs(c.presentValueBenefits) * k + c.presentValueCosts;
        expect(near(scaled.npv, k * c.presentValueBenefits - c.presentValueCosts, scale)).toBe(
          true,
        );
      }),
    );
  });

  it('NPV is additive over benefits: NPV(A ∪ B) = NPV(A) + PV(B)', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(3), (input, cut) => {
        const a = { ...input, benefits: input.benefits.slice(0, cut) };
        const b = { ...input, benefits: input.benefits.slice(cut) };
        const [all, ca, cb] = [calc(input), calc(a), calc(b)];
        const scale = Math.abs(ca.presentValueBenefits) + Math.abs(cb.presentValueBenefits);
        expect(near(all.npv, ca.npv + cb.presentValueBenefits, scale + ca.presentValueCosts)).toBe(
          true,
        );
      }),
    );
  });

  it('the benefit/cost ratio is invariant when costs and benefits scale together', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (input, k) => {
        const a = calc(input).benefitCostRatio;
        const b = calc(scaleMoney(input, k, k)).benefitCostRatio;
        if (a === null) expect(b).toBeNull();
        else expect(near(b ?? Number.NaN, a, Math.abs(a))).toBe(true);
      }),
    );
  });

  it('payback never comes later when benefits rise', () => {
    const never = Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.nat(11),
        (input, extra, at) => {
          const year = Math.min(input.startYear + at, input.endYear);
          const more: CalculusInput = {
            ...input,
            benefits: [
              ...input.benefits,
              {
                id: 'extra',
                effect: 'benefit',
                moneyValuePerUnit: 1,
                planned: [{ year, value: extra }],
              },
            ],
          };
          expect(calc(more).paybackYear ?? never).toBeLessThanOrEqual(
            calc(input).paybackYear ?? never,
          );
        },
      ),
    );
  });
});
