import { computeCalculus } from '../../../engines/benefits/index.ts';
import { contiguousYears } from '../../../web/components/charts/index.ts';
import type { costsPerYear, plannedPerYear } from './dashboards.queries.ts';

type Costs = Awaited<ReturnType<typeof costsPerYear>>;
type Sums = Awaited<ReturnType<typeof plannedPerYear>>;

/**
 * One year of money (the municipality's currency) and hours. Null means missing: no cost was
 * entered, nothing was planned, or nothing was measured that year (and nothing is measured after
 * today) — never 0.
 */
export type DashboardYear = {
  year: number;
  investment: number | null;
  running: number | null;
  cost: number | null;
  plannedMoney: number | null;
  realisedMoney: number | null;
  plannedHours: number | null;
  realisedHours: number | null;
};

/** The headline figures a dashboard opens with. */
export type KeyFigures = {
  /** The current year: "to date" sums run through it. */
  throughYear: number;
  /** Planned money of the years up to and including `throughYear`; null when nothing was planned. */
  plannedToDate: number | null;
  /** Realised money measured up to today; null when nothing was measured. */
  realisedToDate: number | null;
  /** Investment and running cost of every year; null when no cost was entered. */
  totalCost: number | null;
};

const money = (r: Sums[number] | undefined) =>
  r && r.moneyRows > 0 ? (r.moneyBenefit ?? 0) - (r.moneyDisbenefit ?? 0) : null;
const hours = (r: Sums[number] | undefined) => (r && r.timeRows > 0 ? (r.hours ?? 0) : null);

/** The sum of the known values, or null when none is known. */
export function sumKnown(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/**
 * Merges the per-year rows into one ascending list holding every year from the first to the last,
 * so a year without data shows as a gap in the charts. A field without a row stays null.
 */
export function mergeYears(costs: Costs, planned: Sums, realised: Sums): DashboardYear[] {
  const byYear = <T extends { year: number }>(rows: T[]) =>
    new Map(rows.map((r) => [Number(r.year), r]));
  const c = byYear(costs);
  const p = byYear(planned);
  const r = byYear(realised);
  return contiguousYears([...c.keys(), ...p.keys(), ...r.keys()]).map((year) => {
    const cost = c.get(year);
    return {
      year,
      investment: cost ? cost.investment : null,
      running: cost ? cost.running : null,
      cost: cost ? cost.investment + cost.running : null,
      plannedMoney: money(p.get(year)),
      realisedMoney: money(r.get(year)),
      plannedHours: hours(p.get(year)),
      realisedHours: hours(r.get(year)),
    };
  });
}

/** Key figures from the merged years; `today` is `YYYY-MM-DD`. */
export function keyFigures(years: DashboardYear[], today: string): KeyFigures {
  const throughYear = Number(today.slice(0, 4));
  const toDate = years.filter((y) => y.year <= throughYear);
  return {
    throughYear,
    plannedToDate: sumKnown(toDate.map((y) => y.plannedMoney)),
    realisedToDate: sumKnown(toDate.map((y) => y.realisedMoney)),
    totalCost: sumKnown(years.map((y) => y.cost)),
  };
}

/** The planned portfolio as one benefit calculus (NPV, benefit/cost ratio, payback year). */
export type PortfolioCalculus = {
  npv: number;
  benefitCostRatio: number | null;
  paybackYear: number | null;
};

/**
 * All costs and all money-valued planned benefits through `computeCalculus`; a year without a
 * plan or a cost adds nothing to the streams (as in any calculus).
 */
export function portfolioCalculus(
  costs: Costs,
  planned: Sums,
  discountRate: number,
): PortfolioCalculus | null {
  const years = [...costs.map((c) => Number(c.year)), ...planned.map((p) => Number(p.year))];
  if (years.length === 0) return null;
  const stream = (pick: (p: Sums[number]) => number | null) =>
    planned.map((p) => ({ year: Number(p.year), value: Math.max(0, pick(p) ?? 0) }));
  const result = computeCalculus({
    startYear: Math.min(...years),
    endYear: Math.max(...years),
    discountRate,
    costs: costs.map((c) => ({
      year: Number(c.year),
      investment: Math.max(0, c.investment),
      running: Math.max(0, c.running),
    })),
    benefits: [
      {
        id: 'benefits',
        effect: 'benefit',
        moneyValuePerUnit: 1,
        planned: stream((p) => p.moneyBenefit),
      },
      {
        id: 'dis-benefits',
        effect: 'dis-benefit',
        moneyValuePerUnit: 1,
        planned: stream((p) => p.moneyDisbenefit),
      },
    ],
  });
  if (!result.ok) return null;
  const { npv, benefitCostRatio, paybackYear } = result.value;
  return { npv, benefitCostRatio, paybackYear };
}
