import {
  type BenefitTrack,
  type GateVerdict,
  plannedFromRecord,
  type Realisation,
  realisedVsPlanned,
  scaleGate,
} from '../../../engines/benefits/index.ts';
import type { BenefitRow, MeasurementRow } from './benefits.queries.ts';

/** A stored benefit and its measurements as the engine's track. */
export function trackOf(b: BenefitRow, measurements: readonly MeasurementRow[]): BenefitTrack {
  return {
    id: b.id,
    direction: b.direction === 'lower' ? 'lower' : 'higher',
    baseline: { value: b.baselineValue, date: b.baselineDate },
    target: { value: b.targetValue, date: b.targetDate },
    measurements: measurements
      .filter((m) => m.benefitId === b.id)
      .map((m) => ({ value: m.value, date: m.measuredOn })),
    planned: plannedFromRecord(b.planned),
    effect: b.isDisbenefit ? 'dis-benefit' : 'benefit',
    moneyValuePerUnit: b.moneyPerUnit,
  };
}

/** Realised against planned for one benefit; null when the stored data breaks the engine's rules. */
export function realisationOf(
  b: BenefitRow,
  measurements: readonly MeasurementRow[],
): Realisation | null {
  const r = realisedVsPlanned(trackOf(b, measurements));
  return r.ok ? r.value : null;
}

/** The scale gate of an initiative's benefits; null when stored data breaks the engine's rules. */
export function gateOf(
  benefits: readonly BenefitRow[],
  measurements: readonly MeasurementRow[],
): GateVerdict | null {
  const verdict = scaleGate(
    benefits.map((b) => ({ ...trackOf(b, measurements), countsForGate: b.countsForGate })),
  );
  return verdict.ok ? verdict.value : null;
}
