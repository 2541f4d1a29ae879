import { CRITERIA, type Ratings, type Weights } from './types.ts';

/**
 * Scores as exact integers: score_i = units_i × factor, with integer units_i. The solver
 * maximises Σ units_i x_i, so it optimises the true scores, not rounded ones, and a gap below
 * one unit proves the optimum.
 */
export type IntegerScores = { units: number[]; factor: number };

/** Most decimals read from weights and from ratings; more are rounded away. */
export const WEIGHT_DECIMALS = 4;
export const RATING_DECIMALS = 2;

/** Smallest k ≤ max such that every value × 10^k is an integer (within 1e-9), else max. */
function decimals(values: readonly number[], max: number): number {
  for (let k = 0; k < max; k++) {
    const s = 10 ** k;
    if (values.every((v) => Math.abs(v * s - Math.round(v * s)) <= 1e-9 * Math.max(1, v * s))) {
      return k;
    }
  }
  return max;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Integer scores for valid weights (not all zero) and ratings (0–5): weights are read to at
 * most 4 decimals and ratings to at most 2 (as few as they need), W_c and R_ic as integers, and
 * units_i = Σ_c W_c R'_ic with R' = R, or (5 − rating) scaled for risk, divided by the greatest
 * common divisor of all units. Returns null when the weights round to all zero.
 */
export function integerScores(weights: Weights, ratings: readonly Ratings[]): IntegerScores | null {
  const w = CRITERIA.map((c) => weights[c] ?? 0);
  const kw = decimals(w, WEIGHT_DECIMALS);
  let W = w.map((v) => Math.round(v * 10 ** kw));
  const total = W.reduce((s, v) => s + v, 0);
  if (total === 0) return null;
  // Keep Σ units within exact double integers even for huge weights (relative error ≤ 1e-9).
  if (total > 1e9) W = W.map((v) => Math.round((v * 1e9) / total));
  const gw = W.reduce(gcd, 0);
  W = W.map((v) => v / gw);
  const kr = decimals(
    ratings.flatMap((r) => CRITERIA.map((c) => r[c])),
    RATING_DECIMALS,
  );
  const top = 5 * 10 ** kr;
  const raw = ratings.map((r) =>
    CRITERIA.reduce((s, c, k) => {
      const R = Math.round(r[c] * 10 ** kr);
      return s + W[k]! * (c === 'risk' ? top - R : R);
    }, 0),
  );
  const g = raw.reduce(gcd, 0) || 1;
  const sumW = W.reduce((s, v) => s + v, 0);
  return { units: raw.map((u) => u / g), factor: (100 * g) / (top * sumW) };
}
