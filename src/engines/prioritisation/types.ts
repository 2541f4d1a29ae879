/**
 * Types of the prioritisation engine: the problem a municipality poses for one budget year, the
 * portfolio it gets back, and the typed failures for input that cannot be solved.
 */

/** The six criteria every initiative is rated on, each on a 0–5 scale. */
export const CRITERIA = [
  'goalContribution',
  'benefitCost',
  'urgency',
  'feasibility',
  'risk',
  'reusePotential',
] as const;
/** One prioritisation criterion. `risk` counts against an initiative. */
export type Criterion = (typeof CRITERIA)[number];

/** The must-requirements; failing any one makes an initiative not a candidate. */
export const REQUIREMENTS = [
  'verifiedNeed',
  'namedOwner',
  'goalLink',
  'developmentFinancing',
  'operationFinancing',
  'architectureFit',
] as const;
/** One must-requirement. */
export type Requirement = (typeof REQUIREMENTS)[number];

/** Weights per criterion, set per municipality. Missing criteria weigh 0. Any scale: normalised. */
export type Weights = Partial<Record<Criterion, number>>;

/** Ratings of one initiative, each in [0, 5]. */
export type Ratings = Record<Criterion, number>;

/** One initiative as the engine sees it for one budget year. */
export type Initiative = {
  /** Stable id (unique within the problem). Ordering and tie-breaking use its code-unit order. */
  id: string;
  /** Owning department's id; used by department minimums. */
  department: string;
  /** Cost in the budget year (investment + running in that year), ≥ 0, in the currency unit. */
  cost: number;
  /** Ids of initiatives it depends on: it can be chosen only together with each of them. */
  dependsOn?: readonly string[];
  /** Must be in the portfolio (e.g. required by law or already decided). */
  mandatory?: boolean;
  ratings: Ratings;
  /** Which must-requirements hold; a missing key counts as not met. */
  requirements: Partial<Record<Requirement, boolean>>;
};

/** Lower bound for one department: a count of initiatives and/or a spend. */
export type DepartmentMinimum = {
  department: string;
  /** At least this many of the department's initiatives are selected. */
  minCount?: number;
  /** The selected initiatives of the department cost at least this much in total. */
  minSpend?: number;
};

/** What to solve: the municipality's initiatives for one budget year. */
export type Problem = {
  budget: number;
  weights: Weights;
  initiatives: readonly Initiative[];
  departmentMinimums?: readonly DepartmentMinimum[];
};

/** One criterion's part of a score. */
export type CriterionPoints = {
  criterion: Criterion;
  /** The rating as given, 0–5. */
  rating: number;
  /** rating / 5, or (5 − rating) / 5 for risk; in [0, 1]. */
  normalised: number;
  /** The weight divided by the sum of all weights; the six sum to 1. */
  weight: number;
  /** 100 × weight × normalised; the six sum to the unrounded score. */
  points: number;
};

/** An initiative's score (0–100, rounded to 4 decimals) and how it was reached. */
export type Score = { id: string; score: number; breakdown: CriterionPoints[] };

/** Why an initiative is in or out, as a code with its parameters (translated by the caller). */
export type Reason =
  | { code: 'chosen' }
  | { code: 'out:budget' }
  | { code: 'out:needs'; id: string }
  | { code: 'out:failedRequirement'; requirements: Requirement[] }
  | { code: 'out:lowerScore'; id: string }
  | { code: 'out:noScore' };

/** A candidate as listed in the response of `portfolio/select`. */
export type Candidate = {
  id: string;
  score: number;
  cost: number;
  dependsOn: string[];
  mandatory: boolean;
};

/** The chosen portfolio. Lists are in id order. */
export type Selection = {
  selected: string[];
  /** Sum of the selected candidates' scores. */
  objective: number;
  totalCost: number;
  budget: number;
  reasons: Record<string, Reason>;
  candidates: Candidate[];
  /** Every initiative's score with its breakdown, candidates or not. */
  scores: Record<string, Score>;
  /** Wall-clock milliseconds inside HiGHS: in all, and per solve (stage); 0 solves for greedy. */
  solver: {
    ms: number;
    solves: number;
    /** Per solve in order: best score, LP relaxation, cheapest, earliest ids (when solved). */
    stageMs: number[];
    /** Items left free for the tie-breaking stages after reduced-cost fixing (exact only). */
    free?: number;
  };
};

/** Codes of input the engine refuses; each comes with the ids or names concerned. */
export type FailureCode =
  | 'invalidBudget'
  | 'invalidCost'
  | 'invalidRating'
  | 'invalidWeights'
  | 'zeroWeights'
  | 'duplicateId'
  | 'unknownDependency'
  | 'dependencyCycle'
  | 'mandatoryCycle'
  | 'mandatoryUnavailable'
  | 'mandatoryOverBudget'
  | 'invalidDepartmentMinimum'
  | 'departmentMinimumUnreachable'
  | 'infeasible';

/**
 * A refused problem, shaped like the project's `Failure` (`src/lib/result.ts`): `reason` is a
 * stable code; `ids` names the initiatives, criteria or departments concerned.
 */
export type PrioritisationFailure = {
  ok: false;
  reason: FailureCode;
  ids: string[];
  /** For `unknownDependency`: each dependent's id → the unknown ids it depends on. */
  detail?: Record<string, string[]>;
};

/** Success or a typed failure; never NaN, never a throw for bad input. */
export type Outcome<T> = { ok: true; value: T } | PrioritisationFailure;

/** Builds a failure. */
export const refuse = (
  reason: FailureCode,
  ids: string[] = [],
  detail?: Record<string, string[]>,
): PrioritisationFailure =>
  detail ? { ok: false, reason, ids, detail } : { ok: false, reason, ids };
