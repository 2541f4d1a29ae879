import { describe, expect, it } from 'vitest';
import { integerScores } from './exact.ts';
import { findCycle } from './graph.ts';
import { benefitCostRating, normaliseWeights, scoreOf } from './scoring.ts';
import type { Ratings } from './types.ts';

const ratings = (r: Partial<Ratings>): Ratings => ({
  goalContribution: 0,
  benefitCost: 0,
  urgency: 0,
  feasibility: 0,
  risk: 5,
  reusePotential: 0,
  ...r,
});

describe('scoring', () => {
  it('normalises weights to sum 1 and refuses negative or all-zero weights', () => {
    const w = normaliseWeights({ goalContribution: 2, benefitCost: 1, risk: 1 });
    expect(w.ok && w.value).toEqual({
      goalContribution: 0.5,
      benefitCost: 0.25,
      urgency: 0,
      feasibility: 0,
      risk: 0.25,
      reusePotential: 0,
    });
    expect(normaliseWeights({ urgency: -1, risk: 2 })).toEqual({
      ok: false,
      reason: 'invalidWeights',
      ids: ['urgency'],
    });
    expect(normaliseWeights({}).ok).toBe(false);
    expect(normaliseWeights({ risk: 0 })).toMatchObject({ ok: false, reason: 'zeroWeights' });
    expect(normaliseWeights({ risk: Number.NaN })).toMatchObject({ reason: 'invalidWeights' });
  });

  it('scores by hand: risk counts against', () => {
    // Weights 0.5 / 0.25 / 0.25; 100 × (0.5 × 4/5 + 0.25 × 2/5 + 0.25 × (5 − 1)/5) = 40 + 10 + 20.
    const w = normaliseWeights({ goalContribution: 2, benefitCost: 1, risk: 1 });
    if (!w.ok) throw new Error();
    const s = scoreOf(
      'a',
      ratings({ goalContribution: 4, benefitCost: 2, urgency: 5, risk: 1 }),
      w.value,
    );
    expect(s.score).toBeCloseTo(70, 12);
    const points = Object.fromEntries(s.breakdown.map((b) => [b.criterion, b.points]));
    expect(points.goalContribution).toBeCloseTo(40, 12);
    expect(points.benefitCost).toBeCloseTo(10, 12);
    expect(points.risk).toBeCloseTo(20, 12);
    expect(points.urgency).toBe(0);
    expect(s.breakdown.find((b) => b.criterion === 'risk')?.normalised).toBeCloseTo(0.8, 12);
  });

  it('computes the same scores exactly in integers', () => {
    // Weights 2:1:1, integer ratings: units = Σ W R' = 2·4 + 1·2 + 1·(5 − 1) = 14 and 2·5 + 0 + 5 = 15;
    // divided by their gcd 1; factor = 100 / (5 · 4) = 5 points per unit.
    const e = integerScores({ goalContribution: 2, benefitCost: 1, risk: 1 }, [
      ratings({ goalContribution: 4, benefitCost: 2, risk: 1 }),
      ratings({ goalContribution: 5, risk: 0 }),
    ]);
    expect(e).toEqual({ units: [14, 15], factor: 5 });
    // Decimal weights and ratings are read exactly: 0.3 / 0.7 → 3 / 7; ratings 2.5 → 25 (tenths).
    const d = integerScores({ goalContribution: 0.3, urgency: 0.7 }, [
      ratings({ goalContribution: 2.5, urgency: 5 }),
      ratings({ goalContribution: 5, urgency: 0 }),
    ]);
    // units 3·25 + 7·50 = 425 and 3·50 = 150, gcd 25 → 17 and 6; factor = 100·25 / (50·10) = 5.
    expect(d).toEqual({ units: [17, 6], factor: 5 });
    expect(17 * 5).toBeCloseTo(100 * (0.3 * 0.5 + 0.7 * 1), 12);
    expect(integerScores({ risk: 0.00001 }, [ratings({})])).toBeNull();
  });

  it('maps a benefit/cost ratio to the rating scale', () => {
    expect(benefitCostRating(1)).toBe(2.5);
    expect(benefitCostRating(0.4)).toBe(1);
    expect(benefitCostRating(3)).toBe(5);
    expect(benefitCostRating(-1)).toBe(0);
    expect(benefitCostRating(null)).toBe(0);
    expect(benefitCostRating(Number.POSITIVE_INFINITY)).toBe(5);
  });

  it('finds dependency cycles, including self-loops, and nothing in a DAG', () => {
    expect(findCycle([[1], [2], []])).toBeNull();
    expect(findCycle([[1], [2], [0]])).toEqual([0, 1, 2]);
    expect(findCycle([[], [1]])).toEqual([1]);
    expect(findCycle([[1], [], [3], [4], [2]])).toEqual([2, 3, 4]);
    // A long chain does not overflow the stack.
    const chain = Array.from({ length: 100_000 }, (_, i) => (i + 1 < 100_000 ? [i + 1] : []));
    expect(findCycle(chain)).toBeNull();
  });
});
