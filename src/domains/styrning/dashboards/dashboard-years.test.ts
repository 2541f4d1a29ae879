import { describe, expect, it } from 'vitest';
import { keyFigures, mergeYears, sumKnown } from './dashboard-years.ts';

const sums = (year: number, money: number | null, hours: number | null) => ({
  year,
  moneyBenefit: money,
  moneyDisbenefit: null,
  moneyRows: money === null ? 0 : 1,
  hours,
  timeRows: hours === null ? 0 : 1,
});

describe('mergeYears', () => {
  it('keeps missing values null and fills the years between as gaps', () => {
    const years = mergeYears(
      [{ year: 2025, investment: 10, running: 5 }],
      [sums(2025, 100, null), sums(2028, 400, 8)],
      [sums(2025, 90, null)],
    );
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(years[0]).toEqual({
      year: 2025,
      investment: 10,
      running: 5,
      cost: 15,
      plannedMoney: 100,
      realisedMoney: 90,
      plannedHours: null,
      realisedHours: null,
    });
    for (const y of years.slice(1, 3)) {
      expect(Object.values(y).filter((v) => v !== null)).toEqual([y.year]);
    }
    expect(years[3]).toMatchObject({ plannedMoney: 400, plannedHours: 8, realisedMoney: null });
  });

  it('reads a year with only a dis-benefit as a negative amount, not as missing', () => {
    const [y] = mergeYears(
      [],
      [{ ...sums(2026, null, null), moneyDisbenefit: 30, moneyRows: 1 }],
      [],
    );
    expect(y?.plannedMoney).toBe(-30);
  });
});

describe('keyFigures', () => {
  it('sums planned and realised through the current year and all costs', () => {
    const years = mergeYears(
      [
        { year: 2026, investment: 100, running: 0 },
        { year: 2029, investment: 0, running: 50 },
      ],
      [sums(2026, 10, null), sums(2027, 20, null), sums(2028, 40, null)],
      [sums(2026, 7, null)],
    );
    expect(keyFigures(years, '2027-03-01')).toEqual({
      throughYear: 2027,
      plannedToDate: 30,
      realisedToDate: 7,
      totalCost: 150,
    });
    expect(keyFigures([], '2027-03-01')).toEqual({
      throughYear: 2027,
      plannedToDate: null,
      realisedToDate: null,
      totalCost: null,
    });
  });

  it('has null, not 0, for the sum of nothing', () => {
    expect(sumKnown([null, null])).toBeNull();
    expect(sumKnown([null, 0])).toBe(0);
  });
});
