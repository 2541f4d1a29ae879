/** Benefit calculus (nyttokalkyl), realised against planned, and the scale gate. See README.md. */
export { computeCalculus, toCalculusResponse } from './calculus.ts';
export {
  type GateBenefit,
  type GateBenefitStatus,
  type GateExplanation,
  type GateVerdict,
  scaleGate,
} from './gate.ts';
export {
  DEFAULT_DISCOUNT_RATE,
  MAX_AMOUNT,
  MAX_HORIZON_YEARS,
  MAX_YEAR,
  MIN_YEAR,
  PAYBACK_TOLERANCE,
  SENSITIVITY_STEPS,
} from './limits.ts';
export { plannedFromRecord } from './planned.ts';
export {
  type BenefitTrack,
  type Realisation,
  type RealisationIssueCode,
  type RealisationYear,
  realisedVsPlanned,
  validateTrack,
} from './realisation.ts';
export { sensitivityTable } from './sensitivity.ts';
export type {
  Calculus,
  CalculusInput,
  CalculusResponse,
  CalculusYear,
  DiscountedYear,
  Effect,
  SensitivityTable,
  ValuedBenefit,
  YearCost,
  YearValue,
} from './types.ts';
export { type BenefitIssueCode, validateCalculusInput } from './validate.ts';
