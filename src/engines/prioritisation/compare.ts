import { reasonKey } from './reasons.ts';
import type { Reason, Selection } from './types.ts';

/** A number in two scenarios and the change from the first to the second. */
export type Delta = { a: number; b: number; delta: number };

/** What differs between two scenarios (e.g. other weights or another budget). */
export type ScenarioDiff = {
  /** Selected in b, not in a (id order). */
  entering: string[];
  /** Selected in a, not in b (id order). */
  leaving: string[];
  objective: Delta;
  totalCost: Delta;
  budget: Delta;
  /** Initiatives whose reason differs (absent from one scenario: null), id order. */
  reasons: { id: string; a: Reason | null; b: Reason | null }[];
  /** Candidates whose score differs (absent from one scenario: null), id order. */
  scores: { id: string; a: number | null; b: number | null }[];
};

const delta = (a: number, b: number): Delta => ({ a, b, delta: b - a });

/** Lists the differences between two selections, from `a` to `b`. */
export function compareScenarios(a: Selection, b: Selection): ScenarioDiff {
  const inA = new Set(a.selected);
  const inB = new Set(b.selected);
  const ids = [...new Set([...Object.keys(a.reasons), ...Object.keys(b.reasons)])].sort();
  const reasons = ids.flatMap((id) => {
    const ra = a.reasons[id] ?? null;
    const rb = b.reasons[id] ?? null;
    const same = ra !== null && rb !== null && reasonKey(ra) === reasonKey(rb);
    return same ? [] : [{ id, a: ra, b: rb }];
  });
  const scoreA = new Map(a.candidates.map((c) => [c.id, c.score]));
  const scoreB = new Map(b.candidates.map((c) => [c.id, c.score]));
  const candidateIds = [...new Set([...scoreA.keys(), ...scoreB.keys()])].sort();
  const scores = candidateIds.flatMap((id) => {
    const sa = scoreA.get(id) ?? null;
    const sb = scoreB.get(id) ?? null;
    return sa === sb ? [] : [{ id, a: sa, b: sb }];
  });
  return {
    entering: b.selected.filter((id) => !inA.has(id)),
    leaving: a.selected.filter((id) => !inB.has(id)),
    objective: delta(a.objective, b.objective),
    totalCost: delta(a.totalCost, b.totalCost),
    budget: delta(a.budget, b.budget),
    reasons,
    scores,
  };
}
