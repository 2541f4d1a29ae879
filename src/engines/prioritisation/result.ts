import type { Prepared } from './prepare.ts';
import { reasonsFor } from './reasons.ts';
import type { Candidate, Score, Selection } from './types.ts';

/** Solver effort behind a selection. */
export type SolverStats = Selection['solver'];

/** Assembles the selection for a chosen set of canonical indices (exact or greedy alike). */
export function buildSelection(
  p: Prepared,
  chosen: ReadonlySet<number>,
  solver: SolverStats,
): Selection {
  const order = [...chosen].sort((a, b) => a - b);
  let units = 0;
  let totalCost = 0;
  for (const i of order) {
    units += p.items[i]!.units;
    totalCost += p.items[i]!.cost;
  }
  const candidates: Candidate[] = p.items
    .filter((x) => x.failed.length === 0)
    .map((x) => ({
      id: x.id,
      score: x.score.score,
      cost: x.cost,
      dependsOn: x.deps.map((d) => p.items[d]!.id),
      mandatory: x.mandatory,
    }));
  const scores: Record<string, Score> = {};
  for (const x of p.items) scores[x.id] = x.score;
  return {
    selected: order.map((i) => p.items[i]!.id),
    objective: units * p.factor,
    totalCost,
    budget: p.budget,
    reasons: reasonsFor(p, chosen),
    candidates,
    scores,
    solver,
  };
}

/**
 * Checks a chosen set against every constraint and returns the violated ones (empty when
 * feasible): budget (with a billionth of the budget as slack), availability, dependencies,
 * forced items and department minimums.
 */
export function violations(p: Prepared, chosen: ReadonlySet<number>): string[] {
  const out: string[] = [];
  let cost = 0;
  for (const i of chosen) {
    const x = p.items[i]!;
    cost += x.cost;
    if (!x.available) out.push(`unavailable ${x.id}`);
    for (const d of x.deps) if (!chosen.has(d)) out.push(`${x.id} needs ${p.items[d]!.id}`);
  }
  if (cost > p.budget * (1 + 1e-9)) out.push(`budget ${cost} > ${p.budget}`);
  for (const f of p.forced) if (!chosen.has(f)) out.push(`forced ${p.items[f]!.id}`);
  for (const m of p.departmentMinimums) {
    const members = [...chosen].filter((i) => p.items[i]!.department === m.department);
    const spend = members.reduce((s, i) => s + p.items[i]!.cost, 0);
    if (members.length < (m.minCount ?? 0)) out.push(`minCount ${m.department}`);
    if (spend < (m.minSpend ?? 0) * (1 - 1e-9)) out.push(`minSpend ${m.department}`);
  }
  return out;
}
