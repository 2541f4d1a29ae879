import type { Db } from '../../../db/client.ts';
import { computeCalculus } from '../../../engines/benefits/index.ts';
import {
  evaluateGoal,
  type GoalStatus,
  type Indicator,
  validateIndicator,
} from '../../../engines/goals/index.ts';
import { ALL_STAGES } from '../steering/stages.ts';
import {
  costsPerYear,
  type DashboardScope,
  goalIndicators,
  plannedPerYear,
  realisedPerYear,
  stageCounts,
} from './dashboards.queries.ts';

/** Stages in the order the charts show them. */
export const dashboardStages = ALL_STAGES;

export const goalStatuses: readonly GoalStatus[] = ['on-track', 'at-risk', 'off-track', 'unknown'];

/** One year of money (the municipality's currency) and hours. */
export type DashboardYear = {
  year: number;
  investment: number;
  running: number;
  cost: number;
  plannedMoney: number;
  realisedMoney: number;
  plannedHours: number;
  realisedHours: number;
};

/** Everything a dashboard shows, already aggregated. */
export type DashboardData = {
  goals: { id: string; title: string; status: GoalStatus }[];
  goalCounts: Record<GoalStatus, number>;
  stageTotals: Record<string, number>;
  initiativeCount: number;
  /** Per owning department: initiatives per stage (same order as `dashboardStages`). */
  departments: { id: string; name: string; perStage: number[] }[];
  years: DashboardYear[];
  /** The planned portfolio as one benefit calculus (benefits engine), when it can be computed. */
  calculus: { npv: number; benefitCostRatio: number | null; paybackYear: number | null } | null;
};

type GoalRow = Awaited<ReturnType<typeof goalIndicators>>[number];

/** Goal status by the goals engine; indicators that fail validation are left out (unknown). */
export function statusOfGoals(rows: GoalRow[]): DashboardData['goals'] {
  const goals = new Map<string, { id: string; title: string; indicators: Indicator[] }>();
  for (const r of rows) {
    let g = goals.get(r.goalId);
    if (!g) {
      g = { id: r.goalId, title: r.title, indicators: [] };
      goals.set(r.goalId, g);
    }
    if (!r.indicatorId || !r.baselineDate || !r.targetDate) continue;
    const indicator: Indicator = {
      id: r.indicatorId,
      direction: r.direction === 'lower' ? 'lower' : 'higher',
      baseline: { value: Number(r.baselineValue), date: r.baselineDate },
      target: { value: Number(r.targetValue), date: r.targetDate },
      measurements:
        r.latestDate !== null && r.latestValue !== null
          ? [{ value: Number(r.latestValue), date: r.latestDate }]
          : [],
    };
    if (validateIndicator(indicator).length === 0) g.indicators.push(indicator);
  }
  return [...goals.values()].map((g) => {
    const evaluated = evaluateGoal(g.indicators);
    return { id: g.id, title: g.title, status: evaluated.ok ? evaluated.value.status : 'unknown' };
  });
}

/** Merges the per-year rows into one ascending list of years. */
export function mergeYears(
  costs: Awaited<ReturnType<typeof costsPerYear>>,
  planned: Awaited<ReturnType<typeof plannedPerYear>>,
  realised: Awaited<ReturnType<typeof realisedPerYear>>,
): DashboardYear[] {
  const years = new Map<number, DashboardYear>();
  const at = (year: number) => {
    let y = years.get(year);
    if (!y) {
      y = {
        year,
        investment: 0,
        running: 0,
        cost: 0,
        plannedMoney: 0,
        realisedMoney: 0,
        plannedHours: 0,
        realisedHours: 0,
      };
      years.set(year, y);
    }
    return y;
  };
  for (const c of costs) {
    const y = at(Number(c.year));
    y.investment = c.investment;
    y.running = c.running;
    y.cost = c.investment + c.running;
  }
  for (const p of planned) {
    const y = at(Number(p.year));
    y.plannedMoney = p.moneyBenefit - p.moneyDisbenefit;
    y.plannedHours = p.hours;
  }
  for (const r of realised) {
    const y = at(Number(r.year));
    y.realisedMoney = r.moneyBenefit - r.moneyDisbenefit;
    y.realisedHours = r.hours;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The planned portfolio (all costs, all money-valued planned benefits) through `computeCalculus`. */
function portfolioCalculus(
  costs: Awaited<ReturnType<typeof costsPerYear>>,
  planned: Awaited<ReturnType<typeof plannedPerYear>>,
  discountRate: number,
): DashboardData['calculus'] {
  const years = [...costs.map((c) => Number(c.year)), ...planned.map((p) => Number(p.year))];
  if (years.length === 0) return null;
  const stream = (pick: (p: (typeof planned)[number]) => number) =>
    planned.map((p) => ({ year: Number(p.year), value: Math.max(0, pick(p)) }));
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

/** Loads and aggregates one dashboard: five grouped queries, then the goals and benefits engines. */
export async function loadDashboard(
  db: Db,
  scope: DashboardScope,
  discountRate: number,
): Promise<DashboardData> {
  const [stages, goalRows, costs, planned, realised] = await Promise.all([
    stageCounts(db, scope),
    goalIndicators(db, scope),
    costsPerYear(db, scope),
    plannedPerYear(db, scope),
    realisedPerYear(db, scope),
  ]);
  const goals = statusOfGoals(goalRows);
  const goalCounts: Record<GoalStatus, number> = {
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    unknown: 0,
  };
  for (const g of goals) goalCounts[g.status]++;
  const stageTotals: Record<string, number> = {};
  const departments = new Map<string, DashboardData['departments'][number]>();
  let initiativeCount = 0;
  for (const s of stages) {
    stageTotals[s.stage] = (stageTotals[s.stage] ?? 0) + s.n;
    initiativeCount += s.n;
    let d = departments.get(s.departmentId);
    if (!d) {
      d = { id: s.departmentId, name: s.departmentName, perStage: dashboardStages.map(() => 0) };
      departments.set(s.departmentId, d);
    }
    const index = dashboardStages.indexOf(s.stage as (typeof dashboardStages)[number]);
    if (index >= 0) d.perStage[index] = (d.perStage[index] ?? 0) + s.n;
  }
  return {
    goals,
    goalCounts,
    stageTotals,
    initiativeCount,
    departments: [...departments.values()].sort((a, b) => a.name.localeCompare(b.name)),
    years: mergeYears(costs, planned, realised),
    calculus: portfolioCalculus(costs, planned, discountRate),
  };
}
