import { dayNumber, yearOf } from '../../vocabulary/dates.ts';
import {
  type InvalidInput,
  type Issue,
  invalidInput,
  isFiniteNumber,
} from '../../vocabulary/issues.ts';
import type { DatedValue, Indicator, IndicatorIssueCode } from '../goals/indicator.ts';
import { MAX_INDICATOR_VALUE, validateIndicator } from '../goals/indicator.ts';
import { latestSince, progressShare, reachesTarget } from '../goals/progress.ts';
import type { Effect, YearValue } from './types.ts';
import { type BenefitIssueCode, checkAmount, checkYears } from './validate.ts';

/** A benefit with its indicator, plan and measurements (the realisation side of item 5). */
export type BenefitTrack = Indicator & {
  planned: readonly YearValue[];
  effect?: Effect;
  /** When set, realised and planned values are also given in money (sign by `effect`). */
  moneyValuePerUnit?: number | null;
};

/** Planned and realised for one year; null where there is no plan or no measurement. */
export type RealisationYear = {
  year: number;
  planned: number | null;
  /** The last measurement dated in this year (the last listed on equal dates). */
  realised: number | null;
  realisedOn: string | null;
  /** realised − planned, when both exist. */
  difference: number | null;
  plannedMoney: number | null;
  realisedMoney: number | null;
};

export type Realisation = {
  benefitId: string;
  years: RealisationYear[];
  /** Latest measurement on or after the baseline date. */
  latest: DatedValue | null;
  /** Share of baseline → target reached by `latest`, direction-aware, not clamped. */
  shareOfTarget: number | null;
  targetReached: boolean;
};

export type RealisationIssueCode = IndicatorIssueCode | BenefitIssueCode;

/** Every issue of a benefit track (indicator rules from the goals engine, plus its plan). */
export function validateTrack(t: BenefitTrack, path = 'benefit'): Issue<RealisationIssueCode>[] {
  const out: Issue<RealisationIssueCode>[] = [...validateIndicator(t, path)];
  const plan: Issue<BenefitIssueCode>[] = [];
  checkYears(t.planned, `${path}.planned`, plan);
  for (const [i, p] of t.planned.entries()) {
    const vp = `${path}.planned[${i}].value`;
    if (!isFiniteNumber(p.value)) plan.push({ path: vp, code: 'not-finite' });
    else if (Math.abs(p.value) > MAX_INDICATOR_VALUE) plan.push({ path: vp, code: 'too-large' });
  }
  if (t.effect !== undefined && t.effect !== 'benefit' && t.effect !== 'dis-benefit') {
    plan.push({ path: `${path}.effect`, code: 'invalid-effect' });
  }
  if (t.moneyValuePerUnit != null) {
    checkAmount(t.moneyValuePerUnit, `${path}.moneyValuePerUnit`, plan);
  }
  return [...out, ...plan];
}

/**
 * Realised against planned for one benefit. Measurements dated before the baseline date are
 * ignored (they predate the baseline measurement). Years shown: every planned year and every year
 * with a counted measurement, ascending.
 */
export function realisedVsPlanned(
  t: BenefitTrack,
): { ok: true; value: Realisation } | InvalidInput<RealisationIssueCode> {
  const issues = validateTrack(t);
  if (issues.length > 0) return invalidInput(issues);
  const from = dayNumber(t.baseline.date) as number;
  const lastInYear = new Map<number, DatedValue>();
  const dayOf = (m: DatedValue) => dayNumber(m.date) as number;
  for (const m of t.measurements) {
    if (dayOf(m) < from) continue;
    const y = yearOf(m.date);
    const prev = lastInYear.get(y);
    if (!prev || dayOf(m) >= dayOf(prev)) lastInYear.set(y, m);
  }
  const plannedBy = new Map(t.planned.map((p) => [p.year, p.value]));
  const allYears = [...new Set([...plannedBy.keys(), ...lastInYear.keys()])].sort((a, b) => a - b);
  const money = (v: number | null) =>
    v === null || t.moneyValuePerUnit == null
      ? null
      : (t.effect === 'dis-benefit' ? -1 : 1) * t.moneyValuePerUnit * v;

  const years = allYears.map((year): RealisationYear => {
    const planned = plannedBy.get(year) ?? null;
    const m = lastInYear.get(year) ?? null;
    const realised = m?.value ?? null;
    return {
      year,
      planned,
      realised,
      realisedOn: m?.date ?? null,
      difference: planned !== null && realised !== null ? realised - planned : null,
      plannedMoney: money(planned),
      realisedMoney: money(realised),
    };
  });
  const latest = latestSince(t.measurements, t.baseline.date);
  return {
    ok: true,
    value: {
      benefitId: t.id,
      years,
      latest,
      shareOfTarget: latest ? progressShare(t, latest.value) : null,
      targetReached: latest ? reachesTarget(t, latest.value) : false,
    },
  };
}
