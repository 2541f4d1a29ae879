/** Whether a benefit adds value or takes it away (a dis-benefit counts negative in money). */
export type Effect = 'benefit' | 'dis-benefit';

/** A value for a calendar year. */
export type YearValue = { year: number; value: number };

/** Costs of one year, both non-negative, in the municipality's currency. */
export type YearCost = { year: number; investment: number; running: number };

/**
 * A benefit as the calculus needs it. `planned` are the yearly quantities in the indicator's unit
 * (hours freed, kronor saved, ...), non-negative; the money value per year is
 * sign(effect) × moneyValuePerUnit × quantity. A benefit whose `moneyValuePerUnit` is null has no
 * money value and is left out of the calculus (listed in `unvaluedBenefitIds`).
 */
export type ValuedBenefit = {
  id: string;
  effect: Effect;
  moneyValuePerUnit: number | null;
  planned: readonly YearValue[];
};

/**
 * Input of the nyttokalkyl. The horizon is startYear (t₀) … endYear inclusive; years missing from
 * `costs` or a benefit's `planned` count as zero. `discountRate` defaults to
 * `DEFAULT_DISCOUNT_RATE`.
 */
export type CalculusInput = {
  startYear: number;
  endYear: number;
  costs: readonly YearCost[];
  benefits: readonly ValuedBenefit[];
  discountRate?: number;
};

/** One year, nominal (undiscounted): cost = investment + running, net = benefit − cost. */
export type CalculusYear = { year: number; cost: number; benefit: number; net: number };

/** One year discounted: every amount divided by (1 + r)^(year − t₀). */
export type DiscountedYear = {
  year: number;
  /** 1 / (1 + r)^(year − t₀). */
  factor: number;
  cost: number;
  benefit: number;
  net: number;
  /** Sum of discounted net from t₀ up to and including this year. */
  cumulativeNet: number;
};

/** NPV for each combination of a change in benefits (rows) and in costs (columns). */
export type SensitivityTable = {
  benefitChanges: readonly number[];
  costChanges: readonly number[];
  /** npv[i][j] = (1 + benefitChanges[i])·PV(benefits) − (1 + costChanges[j])·PV(costs). */
  npv: number[][];
};

/** The full calculus; `toCalculusResponse` picks the API's shape out of it. */
export type Calculus = {
  discountRate: number;
  startYear: number;
  endYear: number;
  years: CalculusYear[];
  discounted: DiscountedYear[];
  presentValueCosts: number;
  presentValueBenefits: number;
  npv: number;
  /** PV(benefits) / PV(costs); null when PV(costs) = 0 (no ratio to speak of). */
  benefitCostRatio: number | null;
  /** See README: first year from the first costly year with cumulative discounted net ≥ 0. */
  paybackYear: number | null;
  sensitivity: SensitivityTable;
  unvaluedBenefitIds: string[];
};

/** The shape of GET …/initiatives/{iid}/calculus (issue 3, item 14). */
export type CalculusResponse = Pick<
  Calculus,
  'discountRate' | 'years' | 'npv' | 'benefitCostRatio' | 'paybackYear'
>;
