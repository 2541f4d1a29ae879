import { type InvalidInput, type Issue, invalidInput } from '../../vocabulary/issues.ts';
import type { DatedValue, Direction, Indicator } from '../goals/indicator.ts';
import { validateIndicator } from '../goals/indicator.ts';
import { latestSince, progressShare, reachesTarget } from '../goals/progress.ts';
import type { RealisationIssueCode } from './realisation.ts';

/** A benefit of a pilot, marked or not as one the scale gate checks. */
export type GateBenefit = Indicator & { countsForGate: boolean };

export type GateBenefitStatus = 'reached' | 'not-reached' | 'no-measurement' | 'not-in-gate';

/** Why one benefit helps or blocks the gate, with the numbers behind it. */
export type GateExplanation = {
  benefitId: string;
  countsForGate: boolean;
  status: GateBenefitStatus;
  direction: Direction;
  baseline: DatedValue;
  target: DatedValue;
  latest: DatedValue | null;
  shareOfTarget: number | null;
};

export type GateVerdict = {
  passes: boolean;
  reason: 'all-gate-benefits-reached' | 'gate-benefits-not-reached' | 'no-gate-benefits';
  benefits: GateExplanation[];
};

/**
 * The scale gate (issue 3, item 7): a pilot passes when every benefit marked `countsForGate` has
 * reached its target — its latest measurement on or after the baseline date is at the target or
 * better in the benefit's direction. A pilot with no gate benefit does not pass
 * (`no-gate-benefits`): the gate must not open by default; a recorded decision can still override
 * it.
 */
export function scaleGate(
  benefits: readonly GateBenefit[],
): { ok: true; value: GateVerdict } | InvalidInput<RealisationIssueCode> {
  const issues: Issue<RealisationIssueCode>[] = [];
  const ids = new Set<string>();
  for (const [i, b] of benefits.entries()) {
    if (ids.has(b.id)) issues.push({ path: `benefits[${i}].id`, code: 'duplicate-id' });
    ids.add(b.id);
    issues.push(...validateIndicator(b, `benefits[${i}]`));
  }
  if (issues.length > 0) return invalidInput(issues);

  const explained = benefits.map((b): GateExplanation => {
    const latest = latestSince(b.measurements, b.baseline.date);
    const status: GateBenefitStatus = !b.countsForGate
      ? 'not-in-gate'
      : !latest
        ? 'no-measurement'
        : reachesTarget(b, latest.value)
          ? 'reached'
          : 'not-reached';
    return {
      benefitId: b.id,
      countsForGate: b.countsForGate,
      status,
      direction: b.direction,
      baseline: b.baseline,
      target: b.target,
      latest,
      shareOfTarget: latest ? progressShare(b, latest.value) : null,
    };
  });
  const gate = explained.filter((e) => e.countsForGate);
  const passes = gate.length > 0 && gate.every((e) => e.status === 'reached');
  const reason =
    gate.length === 0
      ? 'no-gate-benefits'
      : passes
        ? 'all-gate-benefits-reached'
        : 'gate-benefits-not-reached';
  return { ok: true, value: { passes, reason, benefits: explained } };
}
