/**
 * The roll-up of a shared case across the municipalities that adopted it: how many adopted, how
 * many measure, and what their measured benefits are worth a year. Pure: no I/O.
 */

/** One benefit of an adopter's initiative with its latest measurement. */
export type AdopterBenefit = {
  direction: string;
  baselineValue: number;
  moneyPerUnit: number | null;
  latestValue: number | null;
  /** `YYYY-MM-DD` of the latest measurement. */
  latestOn: string | null;
};

export type Adopter = {
  currency: string;
  /** `YYYY-MM-DD` the case was adopted. */
  adoptedOn: string;
  benefits: readonly AdopterBenefit[];
};

/** What the adopters of one currency realise a year: in all, and the least and most of one. */
export type CurrencyRollUp = {
  currency: string;
  total: number;
  min: number;
  max: number;
  /** The adopters whose measured benefits have a money value. */
  adopters: number;
};

export type RollUp = {
  adopters: number;
  /** Adopters with at least one measurement of a benefit. */
  measuring: number;
  /** Adopters with no measurement (nor adoption) in the last `SILENT_AFTER_MONTHS` months. */
  silent: number;
  perCurrency: CurrencyRollUp[];
};

/** An adoption with nothing new for this many months is flagged silent. */
export const SILENT_AFTER_MONTHS = 12;

/**
 * What one benefit realises a year: its latest measured improvement over the baseline, in the
 * direction that is better, times its money value per unit; null without both.
 */
export function realisedValue(b: AdopterBenefit): number | null {
  if (b.latestValue === null || b.moneyPerUnit === null) return null;
  const gain =
    b.direction === 'lower' ? b.baselineValue - b.latestValue : b.latestValue - b.baselineValue;
  return gain * b.moneyPerUnit;
}

/** The roll-up of `adopters` as of `today` (`YYYY-MM-DD`). */
export function rollUp(adopters: readonly Adopter[], today: string): RollUp {
  const limit = monthsBefore(today, SILENT_AFTER_MONTHS);
  const sums = new Map<string, number[]>();
  let measuring = 0;
  let silent = 0;
  for (const a of adopters) {
    const measured = a.benefits.filter((b) => b.latestOn !== null);
    if (measured.length > 0) measuring += 1;
    const lastNews = [a.adoptedOn, ...measured.map((b) => b.latestOn as string)].sort().at(-1);
    if (lastNews !== undefined && lastNews < limit) silent += 1;
    const values = a.benefits.map(realisedValue).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const list = sums.get(a.currency) ?? [];
    list.push(values.reduce((s, v) => s + v, 0));
    sums.set(a.currency, list);
  }
  const perCurrency = [...sums]
    .map(([currency, list]) => ({
      currency,
      total: list.reduce((s, v) => s + v, 0),
      min: Math.min(...list),
      max: Math.max(...list),
      adopters: list.length,
    }))
    .sort((x, y) => x.currency.localeCompare(y.currency));
  return { adopters: adopters.length, measuring, silent, perCurrency };
}

function monthsBefore(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
