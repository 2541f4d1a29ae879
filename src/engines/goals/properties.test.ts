import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from './indicator.ts';
import { validateIndicator } from './indicator.ts';
import { evaluateIndicator, type GoalStatus } from './status.ts';

const RANK: Record<GoalStatus, number> = {
  'off-track': 0,
  'at-risk': 1,
  'on-track': 2,
  unknown: -1,
};

// A valid higher-is-better indicator, a measurement day offset and value.
const arb = fc
  .record({
    baseline: fc.integer({ min: -1000, max: 1000 }),
    span: fc.integer({ min: 1, max: 1000 }),
    days: fc.integer({ min: 1, max: 2000 }),
    at: fc.integer({ min: 0, max: 2500 }),
    value: fc.integer({ min: -3000, max: 3000 }),
    bump: fc.integer({ min: 0, max: 500 }),
  })
  .map((r) => {
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
    const ind: Indicator = {
      id: 'x',
      direction: 'higher',
      baseline: { value: r.baseline, date: day(0) },
      target: { value: r.baseline + r.span, date: day(r.days) },
      measurements: [{ value: r.value, date: day(r.at) }],
    };
    return { ind, bump: r.bump };
  });

// Mirrors the indicator: negate every value and flip the direction. Same story, other sign.
function mirror(ind: Indicator): Indicator {
  return {
    ...ind,
    direction: 'lower',
    baseline: { ...ind.baseline, value: -ind.baseline.value },
    target: { ...ind.target, value: -ind.target.value },
    measurements: ind.measurements.map((m) => ({ ...m, value: -m.value })),
  };
}

describe('goal rule properties', () => {
  it('generated indicators are valid', () => {
    fc.assert(fc.property(arb, ({ ind }) => validateIndicator(ind).length === 0));
  });

  it('direction-aware: mirroring values and direction leaves the status unchanged', () => {
    fc.assert(
      fc.property(arb, ({ ind }) => {
        const a = evaluateIndicator(ind);
        const b = evaluateIndicator(mirror(ind));
        expect(b.status).toBe(a.status);
        // Every generated indicator has a measurement, so both have a progress (NaN fails).
        expect(b.progress).toBeCloseTo(a.progress ?? Number.NaN, 9);
      }),
    );
  });

  it('a better measurement never gives a worse status', () => {
    fc.assert(
      fc.property(arb, ({ ind, bump }) => {
        const m = ind.measurements[0]!;
        const better = { ...ind, measurements: [{ ...m, value: m.value + bump }] };
        expect(RANK[evaluateIndicator(better).status]).toBeGreaterThanOrEqual(
          RANK[evaluateIndicator(ind).status],
        );
      }),
    );
  });

  it('reaching the target is always on track, and outputs are finite', () => {
    fc.assert(
      fc.property(arb, ({ ind }) => {
        const e = evaluateIndicator(ind);
        if (e.targetReached) expect(e.status).toBe('on-track');
        for (const x of [e.progress, e.expected, e.gap])
          if (x !== null) expect(Number.isFinite(x)).toBe(true);
      }),
    );
  });
});
