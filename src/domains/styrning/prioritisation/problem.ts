import { computeCalculus, plannedFromRecord } from '../../../engines/benefits/index.ts';
import {
  benefitCostRating,
  CRITERIA,
  type DepartmentMinimum,
  type Initiative,
  type Problem,
  type Reason,
  type Requirement,
  type Weights,
} from '../../../engines/prioritisation/index.ts';
import type { PortfolioData, PortfolioInitiative } from './prioritisation.queries.ts';

/** Stages whose initiatives compete for the budget year (stated on the page). */
export const CANDIDATE_STAGES = ['assessed', 'prioritised', 'pilot'] as const;
/** Stages that are already in place: depending on one of them is no obstacle. */
export const IN_PLACE_STAGES = ['scaling', 'operation'] as const;

/** Default criteria weights until an admin sets the municipality's own. */
export const DEFAULT_WEIGHTS: Record<(typeof CRITERIA)[number], number> = {
  goalContribution: 3,
  benefitCost: 3,
  urgency: 2,
  feasibility: 2,
  risk: 1,
  reusePotential: 1,
};

// The stored requirement names differ from the engine's in word order.
const REQUIREMENT_OF: Record<string, Requirement> = {
  verifiedNeed: 'verifiedNeed',
  namedOwner: 'namedOwner',
  goalLink: 'goalLink',
  financingDevelopment: 'developmentFinancing',
  financingOperation: 'operationFinancing',
  architectureFit: 'architectureFit',
};

/** The municipality's problem for one year plus what was settled before the solver. */
export type PosedProblem = {
  problem: Problem;
  /** Initiatives left out before solving because they need one that is not a candidate. */
  blocked: Record<string, Reason>;
};

/** An initiative's cost in one budget year: investment plus running cost of that year's rows. */
export function costIn(data: PortfolioData, id: string, year: number): number {
  return (data.costs.get(id) ?? [])
    .filter((c) => c.year === year)
    .reduce((s, c) => s + c.investment + c.running, 0);
}

const clampRating = (r: unknown) =>
  typeof r === 'number' && Number.isFinite(r) ? Math.min(5, Math.max(0, r)) : 0;

/**
 * Goal contribution on 0–5: 5 × the sum of the initiative's goal contribution weights (shares,
 * 1 = fully serves the goals), capped at 5. An explicit `goalContribution` rating wins.
 */
export function goalContributionRating(x: PortfolioInitiative, weightSum: number | undefined) {
  if (typeof x.ratings.goalContribution === 'number')
    return clampRating(x.ratings.goalContribution);
  return clampRating(5 * (weightSum ?? 0));
}

/**
 * Benefit/cost on 0–5 from the benefit calculus over the years the initiative has costs or
 * planned benefits, at the municipality's discount rate (engine `benefitCostRating`: 2.5 × ratio,
 * capped at 5). No calculus (no costs, invalid data) gives 0.
 */
export function benefitCostOf(x: PortfolioInitiative, data: PortfolioData, discountRate: number) {
  if (typeof x.ratings.benefitCost === 'number') return clampRating(x.ratings.benefitCost);
  const costs = [...(data.costs.get(x.id) ?? [])].sort((a, b) => a.year - b.year);
  const bens = (data.benefits.get(x.id) ?? []).map((b) => ({
    id: b.id,
    effect: b.isDisbenefit ? ('dis-benefit' as const) : ('benefit' as const),
    moneyValuePerUnit: b.moneyPerUnit,
    planned: plannedFromRecord(b.planned),
  }));
  const years = [...costs.map((c) => c.year), ...bens.flatMap((b) => b.planned.map((p) => p.year))];
  if (costs.length === 0 || years.some((y) => !Number.isInteger(y))) return 0;
  const calc = computeCalculus({
    startYear: Math.min(...years),
    endYear: Math.max(...years),
    costs: costs.map((c) => ({ year: c.year, investment: c.investment, running: c.running })),
    benefits: bens,
    discountRate,
  });
  return calc.ok ? benefitCostRating(calc.value.benefitCostRatio) : 0;
}

/**
 * Poses the engine's problem: every initiative in a candidate stage, with its cost in `year`
 * (investment + running), ratings (missing ones count 0), requirements, mandatory flag and
 * dependencies. Dependencies on initiatives already in place are dropped (met); a candidate that
 * needs an initiative in another stage (idea, stopped), directly or through another candidate, is
 * left out with the reason "needs X".
 */
export function poseProblem(
  data: PortfolioData,
  input: {
    year: number;
    budget: number;
    weights: Weights;
    discountRate: number;
    departmentMinimums?: DepartmentMinimum[];
  },
): PosedProblem {
  const byId = new Map(data.initiatives.map((x) => [x.id, x]));
  const isCandidate = (id: string) =>
    (CANDIDATE_STAGES as readonly string[]).includes(byId.get(id)?.stage ?? '');
  const inPlace = (id: string) =>
    (IN_PLACE_STAGES as readonly string[]).includes(byId.get(id)?.stage ?? '');
  const candidates = data.initiatives.filter((x) => isCandidate(x.id));
  const deps = new Map(
    candidates.map((x) => [x.id, (data.dependsOn.get(x.id) ?? []).filter((d) => !inPlace(d))]),
  );
  const blocked: Record<string, Reason> = {};
  // Propagate until stable: a candidate needing a blocked or non-candidate initiative is blocked.
  for (let changed = true; changed; ) {
    changed = false;
    for (const x of candidates) {
      if (blocked[x.id]) continue;
      const blocker = deps.get(x.id)!.find((d) => !isCandidate(d) || blocked[d]);
      if (blocker !== undefined) {
        blocked[x.id] = { code: 'out:needs', id: blocker };
        changed = true;
      }
    }
  }
  const initiatives: Initiative[] = candidates
    .filter((x) => !blocked[x.id])
    .map((x) => {
      const cost = costIn(data, x.id, input.year);
      const requirements: Partial<Record<Requirement, boolean>> = {};
      for (const [stored, req] of Object.entries(REQUIREMENT_OF)) {
        requirements[req] = x.requirements[stored] === true;
      }
      const ratings = {
        goalContribution: goalContributionRating(x, data.goalWeight.get(x.id)),
        benefitCost: benefitCostOf(x, data, input.discountRate),
        urgency: clampRating(x.ratings.urgency),
        feasibility: clampRating(x.ratings.feasibility),
        risk: clampRating(x.ratings.risk),
        reusePotential: clampRating(x.ratings.reusePotential),
      };
      return {
        id: x.id,
        department: x.departmentId,
        cost,
        dependsOn: deps.get(x.id)!,
        mandatory: x.mandatory,
        ratings,
        requirements,
      };
    });
  return {
    problem: {
      budget: input.budget,
      weights: input.weights,
      initiatives,
      departmentMinimums: input.departmentMinimums ?? [],
    },
    blocked,
  };
}

/** Weights with every criterion present (missing = 0). */
export function completeWeights(w: Weights): Record<(typeof CRITERIA)[number], number> {
  return Object.fromEntries(CRITERIA.map((c) => [c, w[c] ?? 0])) as Record<
    (typeof CRITERIA)[number],
    number
  >;
}
