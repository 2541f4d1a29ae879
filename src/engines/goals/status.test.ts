import { describe, expect, it } from 'vitest';
import { evaluateGoal } from './goal.ts';
import type { DatedValue, Indicator } from './indicator.ts';
import { combineStatuses, evaluateIndicator } from './status.ts';

// Dates chosen for round day counts:
// 2025-01-01 → 2025-04-11 = 31 + 28 + 31 + 10 = 100 days;
// 2025-01-01 → 2025-07-20 = 31 + 28 + 31 + 30 + 31 + 30 + 19 = 200 days.
// So a measurement on 2025-04-11 is expected at 100 / 200 = 0.5 of the way.
const MID = '2025-04-11';

function higher(measurements: DatedValue[]): Indicator {
  // Higher is better: from 20 to 60, i.e. 40 units to go.
  return {
    id: 'digital-applications',
    direction: 'higher',
    baseline: { value: 20, date: '2025-01-01' },
    target: { value: 60, date: '2025-07-20' },
    measurements,
  };
}

function lower(measurements: DatedValue[]): Indicator {
  // Lower is better: sick leave from 8.0 % to 6.0 %, i.e. 2 points to go.
  return {
    id: 'sick-leave',
    direction: 'lower',
    baseline: { value: 8, date: '2025-01-01' },
    target: { value: 6, date: '2025-07-20' },
    measurements,
  };
}

describe('evaluateIndicator (hand-computed)', () => {
  it('higher is better: 36 on day 100 → progress 16/40 = 0.4, expected 0.5, gap −0.10 → on track', () => {
    const e = evaluateIndicator(higher([{ value: 36, date: MID }]));
    expect(e.progress).toBeCloseTo(0.4, 12);
    expect(e.expected).toBeCloseTo(0.5, 12);
    expect(e.gap).toBeCloseTo(-0.1, 12);
    expect(e.status).toBe('on-track');
  });

  it('higher is better: 35 → 15/40 = 0.375, gap −0.125 → at risk', () => {
    expect(evaluateIndicator(higher([{ value: 35, date: MID }])).status).toBe('at-risk');
  });

  it('higher is better: 30 → 10/40 = 0.25, gap −0.25 (edge) → at risk; 29 → gap −0.275 → off track', () => {
    expect(evaluateIndicator(higher([{ value: 30, date: MID }])).status).toBe('at-risk');
    const off = evaluateIndicator(higher([{ value: 29, date: MID }]));
    expect(off.status).toBe('off-track');
    expect(off.reason).toBe('beyond-at-risk-margin');
  });

  it('lower is better: 7.2 → (8 − 7.2)/(8 − 6) = 0.4 (0.3999… in floats), gap −0.10 → on track', () => {
    const e = evaluateIndicator(lower([{ value: 7.2, date: MID }]));
    expect(e.progress).toBeCloseTo(0.4, 12);
    expect(e.status).toBe('on-track');
  });

  it('lower is better: a value worse than the baseline gives negative progress → off track', () => {
    // (8 − 8.5)/2 = −0.25; gap −0.75.
    const e = evaluateIndicator(lower([{ value: 8.5, date: MID }]));
    expect(e.progress).toBeCloseTo(-0.25, 12);
    expect(e.status).toBe('off-track');
  });

  it('after the target date expected is clamped to 1: 58 → 38/40 = 0.95, gap −0.05 → on track', () => {
    const e = evaluateIndicator(higher([{ value: 58, date: '2025-12-31' }]));
    expect(e.expected).toBe(1);
    expect(e.status).toBe('on-track');
    expect(e.targetReached).toBe(false);
  });

  it('judges the latest measurement by date, the last listed on a tie', () => {
    const e = evaluateIndicator(
      higher([
        { value: 60, date: MID },
        { value: 25, date: '2025-02-01' },
        { value: 29, date: MID },
      ]),
    );
    expect(e.latest).toEqual({ value: 29, date: MID });
    expect(e.status).toBe('off-track');
  });

  it('no measurement, or only measurements before the baseline date → unknown', () => {
    expect(evaluateIndicator(higher([])).status).toBe('unknown');
    const e = evaluateIndicator(higher([{ value: 90, date: '2024-12-31' }]));
    expect(e).toMatchObject({ status: 'unknown', reason: 'no-measurement', progress: null });
  });

  it('target reached → progress ≥ 1 and on track', () => {
    const e = evaluateIndicator(lower([{ value: 5.9, date: MID }]));
    expect(e.targetReached).toBe(true);
    expect(e.status).toBe('on-track');
  });
});

describe('goal status', () => {
  it('is the worst known indicator status; unknown only when none is known', () => {
    expect(combineStatuses(['on-track', 'unknown', 'at-risk'])).toBe('at-risk');
    expect(combineStatuses(['at-risk', 'off-track', 'on-track'])).toBe('off-track');
    expect(combineStatuses(['unknown', 'unknown'])).toBe('unknown');
    expect(combineStatuses([])).toBe('unknown');
  });

  it('evaluateGoal counts the indicators and explains each', () => {
    const r = evaluateGoal([higher([{ value: 36, date: MID }]), lower([])]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('on-track');
    expect(r.value.counts).toEqual({ 'on-track': 1, 'at-risk': 0, 'off-track': 0, unknown: 1 });
    expect(r.value.indicators.map((i) => i.indicatorId)).toEqual([
      'digital-applications',
      'sick-leave',
    ]);
  });
});
