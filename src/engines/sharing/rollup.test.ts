import { describe, expect, it } from 'vitest';
import { type Adopter, realisedValue, rollUp } from './rollup.ts';

const benefit = (over: Partial<Adopter['benefits'][number]> = {}) => ({
  direction: 'higher',
  baselineValue: 10,
  moneyPerUnit: 1000,
  latestValue: 14,
  latestOn: '2026-06-01',
  ...over,
});

describe('the roll-up of a case across its adopters', () => {
  it('values a benefit by its improvement in the better direction', () => {
    expect(realisedValue(benefit())).toBe(4000);
    expect(realisedValue(benefit({ direction: 'lower', latestValue: 7 }))).toBe(3000);
    // Worse than the baseline is a loss, not nothing.
    expect(realisedValue(benefit({ latestValue: 8 }))).toBe(-2000);
    expect(realisedValue(benefit({ moneyPerUnit: null }))).toBeNull();
    expect(realisedValue(benefit({ latestValue: null, latestOn: null }))).toBeNull();
  });

  it('adds adopters per currency, with the least and the most of one, and counts who measures', () => {
    const r = rollUp(
      [
        {
          currency: 'SEK',
          adoptedOn: '2026-01-01',
          benefits: [benefit(), benefit({ baselineValue: 13 })],
        },
        { currency: 'SEK', adoptedOn: '2026-02-01', benefits: [benefit({ latestValue: 30 })] },
        { currency: 'NOK', adoptedOn: '2026-03-01', benefits: [benefit({ moneyPerUnit: 50 })] },
        {
          currency: 'SEK',
          adoptedOn: '2026-04-01',
          benefits: [benefit({ latestValue: null, latestOn: null })],
        },
        { currency: 'SEK', adoptedOn: '2026-05-01', benefits: [] },
      ],
      '2026-12-01',
    );
    expect(r.adopters).toBe(5);
    expect(r.measuring).toBe(3);
    expect(r.silent).toBe(0);
    // First adopter: 4 × 1000 + 1 × 1000; second: 20 × 1000.
    expect(r.perCurrency).toEqual([
      { currency: 'NOK', total: 200, min: 200, max: 200, adopters: 1 },
      { currency: 'SEK', total: 25_000, min: 5000, max: 20_000, adopters: 2 },
    ]);
  });

  it('flags an adoption with no news for twelve months as silent', () => {
    const r = rollUp(
      [
        { currency: 'SEK', adoptedOn: '2025-01-10', benefits: [] },
        {
          currency: 'SEK',
          adoptedOn: '2025-01-10',
          benefits: [benefit({ latestOn: '2025-11-30' })],
        },
        {
          currency: 'SEK',
          adoptedOn: '2025-01-10',
          benefits: [benefit({ latestOn: '2025-12-01' })],
        },
      ],
      '2026-12-01',
    );
    expect(r.silent).toBe(2);
  });
});
