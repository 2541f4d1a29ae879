import {
  CRITERIA,
  type Criterion,
  type CriterionPoints,
  type Outcome,
  type Ratings,
  refuse,
  type Score,
  type Weights,
} from './types.ts';

/** Top of the rating scale: every criterion is rated 0–5. */
export const RATING_MAX = 5;

/** Weights divided by their sum, so they sum to 1. */
export type NormalisedWeights = Record<Criterion, number>;

/**
 * Normalises weights to sum 1. Refuses a negative or non-finite weight (`invalidWeights`, naming
 * the criteria) and weights that sum to 0 (`zeroWeights`). Missing criteria weigh 0.
 */
export function normaliseWeights(weights: Weights): Outcome<NormalisedWeights> {
  const bad = CRITERIA.filter((c) => {
    const w = weights[c] ?? 0;
    return !Number.isFinite(w) || w < 0;
  });
  if (bad.length > 0) return refuse('invalidWeights', bad);
  const sum = CRITERIA.reduce((s, c) => s + (weights[c] ?? 0), 0);
  if (!(sum > 0) || !Number.isFinite(sum)) return refuse('zeroWeights', [...CRITERIA]);
  const out = {} as NormalisedWeights;
  for (const c of CRITERIA) out[c] = (weights[c] ?? 0) / sum;
  return { ok: true, value: out };
}

/** True when every rating is a finite number in [0, 5]. */
export function ratingsValid(ratings: Ratings): boolean {
  return CRITERIA.every((c) => {
    const r = ratings[c];
    return typeof r === 'number' && Number.isFinite(r) && r >= 0 && r <= RATING_MAX;
  });
}

/** A rating mapped to [0, 1], higher is better: r / 5, and (5 − r) / 5 for risk. */
export function normaliseRating(criterion: Criterion, rating: number): number {
  const n = rating / RATING_MAX;
  return criterion === 'risk' ? 1 - n : n;
}

/**
 * Scores one initiative: 100 × Σ weight_c × normalised_c, in [0, 100], with its breakdown per
 * criterion. Ratings must be valid (see `ratingsValid`). The selection reports the same score
 * computed exactly in integers (`exact.ts`); the two agree to floating-point rounding.
 */
export function scoreOf(id: string, ratings: Ratings, weights: NormalisedWeights): Score {
  const breakdown: CriterionPoints[] = CRITERIA.map((criterion) => {
    const normalised = normaliseRating(criterion, ratings[criterion]);
    const weight = weights[criterion];
    return {
      criterion,
      rating: ratings[criterion],
      normalised,
      weight,
      points: 100 * weight * normalised,
    };
  });
  return { id, score: breakdown.reduce((s, b) => s + b.points, 0), breakdown };
}

/**
 * Maps a benefit/cost ratio (present value of benefits / present value of costs, from the benefit
 * calculus) to the 0–5 scale: 2.5 × ratio, clamped; break-even (1) is 2.5, a ratio of 2 or more
 * is 5, and a ratio of 0 or below (or none) is 0.
 */
export function benefitCostRating(ratio: number | null): number {
  if (ratio === null || Number.isNaN(ratio) || ratio <= 0) return 0;
  return Math.min(RATING_MAX, 2.5 * ratio);
}
