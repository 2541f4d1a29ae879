import { dependencyClosure } from './graph.ts';
import type { Prepared } from './prepare.ts';
import type { Reason } from './types.ts';

/** Budget slack below which two amounts count as equal: a billionth of the budget. */
export const costTolerance = (budget: number) => 1e-9 * budget;

/**
 * The reason for every item, given the chosen set (see README, "Reasons"), first rule that
 * applies:
 * 1. `chosen`;
 * 2. `out:failedRequirement` — the must-requirements it fails;
 * 3. `out:needs` — the first dependency (by id) that is not available or not chosen;
 * 4. it does not fit the remaining budget R = budget − total cost:
 *    `out:lowerScore` Z when a chosen Z with a strictly higher score/cost ratio, not forced by a
 *    mandatory item and not something the item itself depends on, would free enough budget if
 *    dropped (cost_Z ≥ cost − R); of several such Z, the one with the lowest ratio, then the
 *    lowest id. Otherwise `out:budget`;
 * 5. it fits but has score 0: `out:noScore`; any other case (impossible for the exact
 *    selection, which would have taken it) is reported as `out:budget`.
 */
export function reasonsFor(p: Prepared, chosen: ReadonlySet<number>): Record<string, Reason> {
  const { items, budget } = p;
  let spent = 0;
  for (const i of chosen) spent += items[i]!.cost;
  const remaining = budget - spent;
  const tol = costTolerance(budget);
  const forced = p.forced;
  const graph = items.map((x) => x.deps);
  // Chosen, droppable items by ascending ratio (then id): the first that qualifies is the answer.
  const droppable = [...chosen]
    .filter((z) => !forced.has(z) && items[z]!.cost > 0)
    .sort((a, b) => {
      const A = items[a]!;
      const B = items[b]!;
      return A.units * B.cost - B.units * A.cost || a - b;
    });
  const reasons: Record<string, Reason> = {};
  items.forEach((item, i) => {
    reasons[item.id] = reasonOf(i);
  });
  return reasons;

  function reasonOf(i: number): Reason {
    const item = items[i]!;
    if (chosen.has(i)) return { code: 'chosen' };
    if (item.failed.length > 0) return { code: 'out:failedRequirement', requirements: item.failed };
    const blocker = item.blockedBy ?? item.deps.find((d) => !chosen.has(d));
    if (blocker !== undefined) return { code: 'out:needs', id: items[blocker]!.id };
    if (item.cost > remaining + tol) {
      const needed = new Set(dependencyClosure(graph, i));
      const z = droppable.find((k) => {
        const Z = items[k]!;
        return (
          !needed.has(k) &&
          Z.units * item.cost > item.units * Z.cost &&
          Z.cost + remaining + tol >= item.cost
        );
      });
      return z === undefined
        ? { code: 'out:budget' }
        : { code: 'out:lowerScore', id: items[z]!.id };
    }
    return item.units === 0 ? { code: 'out:noScore' } : { code: 'out:budget' };
  }
}

/**
 * A reason as one stable string, e.g. `chosen`, `out:needs:i-7`,
 * `out:failedRequirement:namedOwner,goalLink` — the form `reasons` takes in the API response.
 */
export function reasonKey(r: Reason): string {
  switch (r.code) {
    case 'out:needs':
    case 'out:lowerScore':
      return `${r.code}:${r.id}`;
    case 'out:failedRequirement':
      return `${r.code}:${r.requirements.join(',')}`;
    default:
      return r.code;
  }
}
