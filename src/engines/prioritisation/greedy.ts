import { dependencyClosure } from './graph.ts';
import { type Item, type Prepared, prepare } from './prepare.ts';
import { costTolerance } from './reasons.ts';
import { buildSelection } from './result.ts';
import type { DepartmentMinimum, Outcome, Problem, Selection } from './types.ts';

/** A greedy selection, which may leave department minimums unmet. */
export type GreedySelection = Selection & { departmentMinimumsMet: boolean };

/**
 * Orders by score/cost ratio, highest first (a free item with a positive score comes first),
 * then by higher score, then by id.
 */
export function byRatio(items: readonly Item[]): (a: number, b: number) => number {
  return (a, b) => {
    const A = items[a]!;
    const B = items[b]!;
    return B.units * A.cost - A.units * B.cost || B.units - A.units || a - b;
  };
}

/**
 * The greedy-by-ratio portfolio, the baseline the exact selection is measured against: start
 * from the mandatory items and what they need; then, per department minimum in the given order,
 * add that department's items by ratio until the minimum is met; then every item by ratio. An
 * item is added together with the dependencies not yet chosen, if they all fit the remaining
 * budget; zero-score items are added only when free. Passes repeat until nothing more fits
 * (an item skipped early can fit later, once others brought in its dependencies).
 */
export function selectGreedy(problem: Problem): Outcome<GreedySelection> {
  const p = prepare(problem);
  return p.ok ? { ok: true, value: greedyPrepared(p.value) } : p;
}

/** `selectGreedy` on an already checked problem. */
export function greedyPrepared(p: Prepared): GreedySelection {
  const { items } = p;
  const graph = items.map((x) => x.deps);
  const chosen = new Set(p.forced);
  let remaining = p.budget - [...chosen].reduce((s, i) => s + items[i]!.cost, 0);
  const tol = costTolerance(p.budget);
  const ordered = items.flatMap((x, i) => (x.available ? [i] : [])).sort(byRatio(items));

  /** Adds i with its missing dependencies if they fit; zero-score items only when free. */
  const tryAdd = (i: number, zeroScore: boolean): boolean => {
    if (chosen.has(i)) return false;
    if (!zeroScore && items[i]!.units === 0 && items[i]!.cost > 0) return false;
    const closure = [i, ...dependencyClosure(graph, i)].filter((k) => !chosen.has(k));
    const cost = closure.reduce((s, k) => s + items[k]!.cost, 0);
    if (cost > remaining + tol) return false;
    for (const k of closure) chosen.add(k);
    remaining -= cost;
    return true;
  };
  const isMet = (m: DepartmentMinimum) => {
    const members = [...chosen].filter((i) => items[i]!.department === m.department);
    const spend = members.reduce((s, i) => s + items[i]!.cost, 0);
    return members.length >= (m.minCount ?? 0) && spend >= (m.minSpend ?? 0) * (1 - 1e-9);
  };

  for (const m of p.departmentMinimums) {
    // A minimum may need an item of score 0, so this phase takes them too.
    for (const i of ordered) {
      if (isMet(m)) break;
      if (items[i]!.department === m.department) tryAdd(i, true);
    }
  }
  let added = true;
  while (added) {
    added = false;
    for (const i of ordered) if (tryAdd(i, false)) added = true;
  }
  return {
    ...buildSelection(p, chosen, { ms: 0, solves: 0, stageMs: [] }),
    departmentMinimumsMet: p.departmentMinimums.every(isMet),
  };
}
