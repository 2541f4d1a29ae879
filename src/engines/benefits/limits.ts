/** Default discount rate: 4 % a year (the default; also Norway's R-109 rate). */
export const DEFAULT_DISCOUNT_RATE = 0.04;
/** Largest accepted amount or money value per unit; larger is a typing error, not a plan. */
export const MAX_AMOUNT = 1e12;
/** Longest horizon in years; a benefit calculus beyond a century is not a plan either. */
export const MAX_HORIZON_YEARS = 100;
/** Accepted calendar years. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2300;
/** Changes applied in the sensitivity table, to benefits and to costs alike. */
export const SENSITIVITY_STEPS: readonly number[] = [-0.2, -0.1, 0, 0.1, 0.2];
/**
 * Slack for "cumulative discounted net ≥ 0", relative to PV(costs): a break-even computed by hand
 * (cost 100, benefit 104 a year later at 4 %) lands a rounding error below zero in floats.
 */
export const PAYBACK_TOLERANCE = 1e-9;
