import { describe, expect, it } from 'vitest';
import { evaluateGoal } from './goal.ts';
import { type Indicator, validateIndicator } from './indicator.ts';

const valid: Indicator = {
  id: 'i1',
  direction: 'higher',
  baseline: { value: 10, date: '2025-01-01' },
  target: { value: 20, date: '2027-01-01' },
  measurements: [{ value: 12, date: '2025-06-01' }],
};

function codes(ind: Indicator, today?: string) {
  return validateIndicator(ind, 'indicator', today ? { today } : {}).map(
    (i) => `${i.path}:${i.code}`,
  );
}

describe('indicator validation gives typed failures', () => {
  it('accepts a valid indicator', () => {
    expect(codes(valid)).toEqual([]);
  });

  it('rejects non-finite and absurd values', () => {
    expect(codes({ ...valid, baseline: { value: Number.NaN, date: '2025-01-01' } })).toEqual([
      'indicator.baseline.value:not-finite',
    ]);
    expect(
      codes({ ...valid, measurements: [{ value: Number.POSITIVE_INFINITY, date: '2025-02-01' }] }),
    ).toEqual(['indicator.measurements[0].value:not-finite']);
    expect(codes({ ...valid, target: { value: 1e16, date: '2027-01-01' } })).toEqual([
      'indicator.target.value:too-large',
    ]);
  });

  it('rejects impossible or malformed dates', () => {
    expect(codes({ ...valid, target: { value: 20, date: '2027-02-30' } })).toEqual([
      'indicator.target.date:invalid-date',
    ]);
    expect(codes({ ...valid, baseline: { value: 10, date: '1/1/2025' } })).toEqual([
      'indicator.baseline.date:invalid-date',
    ]);
  });

  it('rejects a target that is not better than the baseline, or not later', () => {
    expect(codes({ ...valid, target: { value: 10, date: '2027-01-01' } })).toEqual([
      'indicator.target.value:target-equals-baseline',
    ]);
    expect(codes({ ...valid, direction: 'lower' })).toEqual([
      'indicator.target.value:target-not-better',
    ]);
    expect(codes({ ...valid, target: { value: 20, date: '2025-01-01' } })).toEqual([
      'indicator.target.date:target-date-not-after-baseline',
    ]);
  });

  it('rejects a target in the past only when told what today is', () => {
    expect(codes(valid, '2027-01-02')).toEqual(['indicator.target.date:target-in-past']);
    expect(codes(valid, '2027-01-01')).toEqual([]);
  });

  it('evaluateGoal returns every issue with indexed paths and never evaluates bad input', () => {
    const r = evaluateGoal([
      valid,
      { ...valid, id: 'i2', direction: 'sideways' as 'higher' },
      valid,
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('invalid-input');
    expect(r.issues).toEqual([
      { path: 'indicators[1].direction', code: 'invalid-direction' },
      { path: 'indicators[2].id', code: 'duplicate-id' },
    ]);
    expect(r.fields['indicators[1].direction']).toBe('invalid-direction');
  });
});
