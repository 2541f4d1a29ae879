import type { GateVerdict } from '../../../engines/benefits/index.ts';
import { evaluateIndicator, validateIndicator } from '../../../engines/goals/index.ts';
import { gateOf, trackOf } from './benefit-tracks.ts';
import type { BenefitRow, MeasurementRow } from './benefits.queries.ts';
import type { CalculusOutcome } from './calculus.ts';

/** How an initiative's benefits stand: how many there are, measured, and on track. */
export type BenefitStatus = { total: number; measured: number; onTrack: number };

/**
 * Counts benefits on track by the goal rule (the latest measurement no further behind the straight
 * line from baseline to target than the on-track margin), the rule the goals page states.
 * A benefit without a measurement since its baseline, or whose stored data breaks the rule's
 * checks, is not measured.
 */
export function benefitStatus(
  benefits: readonly BenefitRow[],
  measurements: readonly MeasurementRow[],
): BenefitStatus {
  let measured = 0;
  let onTrack = 0;
  for (const b of benefits) {
    const track = trackOf(b, measurements);
    if (validateIndicator(track).length > 0) continue;
    const e = evaluateIndicator(track);
    if (e.status === 'unknown') continue;
    measured += 1;
    if (e.status === 'on-track') onTrack += 1;
  }
  return { total: benefits.length, measured, onTrack };
}

/** What the initiative page shows of its benefits: the calculus, the status and the gate. */
export type InitiativeBenefits = {
  calculus: CalculusOutcome;
  status: BenefitStatus;
  gate: GateVerdict | null;
  /** The only benefit, when there is exactly one: a measurement goes straight to it. */
  onlyBenefitId: string | null;
};

/** The benefits side of one initiative from its benefits, their measurements and its calculus. */
export function summariseBenefits(
  benefits: readonly BenefitRow[],
  measurements: readonly MeasurementRow[],
  calculus: CalculusOutcome,
): InitiativeBenefits {
  return {
    calculus,
    status: benefitStatus(benefits, measurements),
    gate: gateOf(benefits, measurements),
    onlyBenefitId: benefits.length === 1 ? (benefits[0]?.id ?? null) : null,
  };
}
