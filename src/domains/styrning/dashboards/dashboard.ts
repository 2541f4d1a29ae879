import type { Db } from '../../../db/client.ts';
import {
  evaluateGoal,
  type GoalStatus,
  type Indicator,
  validateIndicator,
} from '../../../engines/goals/index.ts';
import { ALL_STAGES } from '../steering/stages.ts';
import {
  type DashboardYear,
  type KeyFigures,
  keyFigures,
  mergeYears,
  type PortfolioCalculus,
  portfolioCalculus,
} from './dashboard-years.ts';
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

/** Everything a dashboard shows, already aggregated. */
export type DashboardData = {
  goals: { id: string; title: string; status: GoalStatus }[];
  goalCounts: Record<GoalStatus, number>;
  stageTotals: Record<string, number>;
  initiativeCount: number;
  /** Per owning department: initiatives per stage (same order as `dashboardStages`). */
  departments: { id: string; name: string; perStage: number[] }[];
  years: DashboardYear[];
  keyFigures: KeyFigures;
  /** The planned portfolio as one benefit calculus (benefits engine), when it can be computed. */
  calculus: PortfolioCalculus | null;
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

export type { DashboardYear, KeyFigures } from './dashboard-years.ts';

/**
 * Loads and aggregates one dashboard: five grouped queries, then the goals and benefits engines.
 * `today` (YYYY-MM-DD) bounds the realised values: nothing measured after it counts.
 */
export async function loadDashboard(
  db: Db,
  scope: DashboardScope,
  discountRate: number,
  today: string,
): Promise<DashboardData> {
  const [stages, goalRows, costs, planned, realised] = await Promise.all([
    stageCounts(db, scope),
    goalIndicators(db, scope),
    costsPerYear(db, scope),
    plannedPerYear(db, scope),
    realisedPerYear(db, scope, today),
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
  const years = mergeYears(costs, planned, realised);
  return {
    goals,
    goalCounts,
    stageTotals,
    initiativeCount,
    departments: [...departments.values()].sort((a, b) => a.name.localeCompare(b.name)),
    years,
    keyFigures: keyFigures(years, today),
    calculus: portfolioCalculus(costs, planned, discountRate),
  };
}
