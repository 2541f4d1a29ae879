import type { Highs } from 'highs';
import { prepare } from './prepare.ts';
import { selectPrepared } from './select.ts';
import { loadSolver } from './solver.ts';
import { CRITERIA, type Criterion, type Outcome, type Problem, type Selection } from './types.ts';

/** What happens when one weight moves by the step in one direction. */
export type WeightShift = {
  criterion: Criterion;
  direction: 'up' | 'down';
  /** The weight as set (before normalisation) after the move. */
  weight: number;
  /** Selected after the move but not before, in id order. */
  entering: string[];
  /** Selected before the move but not after, in id order. */
  leaving: string[];
  /** The objective after the move (scores are recomputed with the moved weights). */
  objective: number;
};

/** The base selection, every shift, and the ids that flip under at least one of them. */
export type Sensitivity = { base: Selection; shifts: WeightShift[]; flipping: string[] };

/**
 * Moves each weight in turn by ±`step` (relative: w × (1 ± step), default 10 %), leaves the
 * others as set, renormalises, re-solves exactly and reports which initiatives enter or leave.
 * A weight of 0 stays 0 when scaled, so its shifts are reported without a solve and change
 * nothing. Fails as `selectPortfolio` does when the base problem is refused.
 */
export async function sensitivity(
  problem: Problem,
  options: { step?: number; solver?: Highs } = {},
): Promise<Outcome<Sensitivity>> {
  const step = options.step ?? 0.1;
  const p = prepare(problem);
  if (!p.ok) return p;
  const highs = options.solver ?? (await loadSolver());
  const base = selectPrepared(p.value, highs);
  if (!base.ok) return base;
  const before = new Set(base.value.selected);
  const shifts: WeightShift[] = [];
  for (const criterion of CRITERIA) {
    for (const direction of ['up', 'down'] as const) {
      const set = problem.weights[criterion] ?? 0;
      const weight = set * (direction === 'up' ? 1 + step : 1 - step);
      if (set === 0) {
        shifts.push({
          criterion,
          direction,
          weight,
          entering: [],
          leaving: [],
          objective: base.value.objective,
        });
        continue;
      }
      const moved = prepare({ ...problem, weights: { ...problem.weights, [criterion]: weight } });
      if (!moved.ok) return moved;
      const r = selectPrepared(moved.value, highs);
      if (!r.ok) return r;
      const after = new Set(r.value.selected);
      shifts.push({
        criterion,
        direction,
        weight,
        entering: r.value.selected.filter((id) => !before.has(id)),
        leaving: base.value.selected.filter((id) => !after.has(id)),
        objective: r.value.objective,
      });
    }
  }
  const flipping = [...new Set(shifts.flatMap((s) => [...s.entering, ...s.leaving]))].sort();
  return { ok: true, value: { base: base.value, shifts, flipping } };
}
