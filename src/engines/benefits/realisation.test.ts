import { describe, expect, it } from 'vitest';
import { scaleGate } from './gate.ts';
import { plannedFromRecord } from './planned.ts';
import { type BenefitTrack, realisedVsPlanned } from './realisation.ts';

// Freed staff hours per year: higher is better, 0 → 3 000 by the end of 2027, at 400 kr/h.
const hours: BenefitTrack = {
  id: 'hours',
  direction: 'higher',
  baseline: { value: 0, date: '2025-01-01' },
  target: { value: 3_000, date: '2027-12-31' },
  planned: [
    { year: 2025, value: 1_000 },
    { year: 2026, value: 2_000 },
    { year: 2027, value: 3_000 },
  ],
  measurements: [
    { value: 50, date: '2024-12-01' }, // before the baseline: ignored
    { value: 400, date: '2025-06-30' },
    { value: 900, date: '2025-12-31' },
    { value: 1_500, date: '2026-06-30' },
    { value: 1_600, date: '2026-06-30' }, // same date, listed last: counts
  ],
  effect: 'benefit',
  moneyValuePerUnit: 400,
};

// Handling time of a building permit in days: lower is better, 20 → 5.
const days = {
  id: 'days',
  direction: 'lower' as const,
  baseline: { value: 20, date: '2025-01-01' },
  target: { value: 5, date: '2026-12-31' },
  measurements: [{ value: 6, date: '2026-03-01' }],
};

describe('realisedVsPlanned', () => {
  it('takes the last measurement of each year and compares it with the plan', () => {
    const r = realisedVsPlanned(hours);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 2025: realised 900 (31 Dec) vs planned 1 000 → −100; money 900·400 = 360 000 vs 400 000.
    // 2026: realised 1 600 vs planned 2 000 → −400. 2027: planned only.
    expect(r.value.years).toEqual([
      {
        year: 2025,
        planned: 1_000,
        realised: 900,
        realisedOn: '2025-12-31',
        difference: -100,
        plannedMoney: 400_000,
        realisedMoney: 360_000,
      },
      {
        year: 2026,
        planned: 2_000,
        realised: 1_600,
        realisedOn: '2026-06-30',
        difference: -400,
        plannedMoney: 800_000,
        realisedMoney: 640_000,
      },
      {
        year: 2027,
        planned: 3_000,
        realised: null,
        realisedOn: null,
        difference: null,
        plannedMoney: 1_200_000,
        realisedMoney: null,
      },
    ]);
    // Share of target: (1 600 − 0) / (3 000 − 0) = 0.5333…
    expect(r.value.shareOfTarget).toBeCloseTo(1_600 / 3_000, 12);
    expect(r.value.targetReached).toBe(false);
  });

  it('gives money of a dis-benefit a negative sign', () => {
    const r = realisedVsPlanned({ ...hours, effect: 'dis-benefit' });
    expect(r.ok && r.value.years[0]?.plannedMoney).toBe(-400_000);
  });

  it('rejects bad tracks with typed failures', () => {
    const r = realisedVsPlanned({
      ...hours,
      planned: [
        { year: 2026, value: 1 },
        { year: 2025, value: Number.NaN },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: 'benefit.planned[1].year', code: 'years-out-of-order' },
      { path: 'benefit.planned[1].value', code: 'not-finite' },
    ]);
  });
});

describe('scaleGate', () => {
  it('passes when every gate benefit reached its target (direction-aware)', () => {
    // days: lower is better, latest 5 ≤ target 5 → reached; share (20 − 5)/(20 − 5) = 1.
    const reached = {
      ...days,
      countsForGate: true,
      measurements: [{ value: 5, date: '2026-06-01' }],
    };
    const done = {
      ...hours,
      countsForGate: true,
      measurements: [{ value: 3_100, date: '2027-06-01' }],
    };
    const r = scaleGate([reached, done]);
    expect(r).toMatchObject({
      ok: true,
      value: { passes: true, reason: 'all-gate-benefits-reached' },
    });
    expect(r.ok && r.value.benefits[0]?.shareOfTarget).toBe(1);
  });

  it('fails with an explanation per benefit', () => {
    // days: latest 6 > 5 → not reached; share (20 − 6)/(20 − 5) = 14/15.
    const r = scaleGate([
      { ...days, countsForGate: true },
      { ...hours, countsForGate: true, measurements: [] },
      { ...hours, id: 'extra', countsForGate: false },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.passes).toBe(false);
    expect(r.value.reason).toBe('gate-benefits-not-reached');
    expect(r.value.benefits.map((b) => [b.benefitId, b.status])).toEqual([
      ['days', 'not-reached'],
      ['hours', 'no-measurement'],
      ['extra', 'not-in-gate'],
    ]);
    expect(r.value.benefits[0]?.shareOfTarget).toBeCloseTo(14 / 15, 12);
  });

  it('does not open without gate benefits', () => {
    const r = scaleGate([{ ...days, countsForGate: false }]);
    expect(r).toMatchObject({ ok: true, value: { passes: false, reason: 'no-gate-benefits' } });
    expect(scaleGate([])).toMatchObject({ ok: true, value: { passes: false } });
  });

  it('rejects invalid benefits', () => {
    const r = scaleGate([
      { ...days, countsForGate: true, target: { value: 25, date: '2026-12-31' } },
    ]);
    expect(r).toMatchObject({
      ok: false,
      fields: { 'benefits[0].target.value': 'target-not-better' },
    });
  });
});

describe('plannedFromRecord', () => {
  it('sorts stored planned values by year and keeps bad keys for validation', () => {
    expect(plannedFromRecord({ '2028': 3, '2026': 1, '2027': 2 })).toEqual([
      { year: 2026, value: 1 },
      { year: 2027, value: 2 },
      { year: 2028, value: 3 },
    ]);
    const bad = realisedVsPlanned({ ...hours, planned: plannedFromRecord({ next: 1 }) });
    expect(bad).toMatchObject({ ok: false, fields: { 'benefit.planned[0].year': 'invalid-year' } });
  });
});
