import { integerScores } from './exact.ts';
import { dependencyClosure, findCycle } from './graph.ts';
import { type NormalisedWeights, normaliseWeights, ratingsValid, scoreOf } from './scoring.ts';
import {
  CRITERIA,
  type DepartmentMinimum,
  type Initiative,
  type Outcome,
  type Problem,
  REQUIREMENTS,
  type Requirement,
  refuse,
  type Score,
} from './types.ts';

/** One initiative after checking, in canonical (id) order. */
export type Item = {
  id: string;
  department: string;
  cost: number;
  mandatory: boolean;
  /** Canonical indices of its dependencies, ascending, without repeats. */
  deps: number[];
  score: Score;
  /** The score in integer units: score = units × `Prepared.factor` (what the solver maximises). */
  units: number;
  failed: Requirement[];
  /** Passes its requirements and so does everything it depends on. */
  available: boolean;
  /** For a candidate that is not available: its first dependency (by id) that is not. */
  blockedBy: number | null;
};

/** A checked problem: items sorted by id, so the model does not depend on input order. */
export type Prepared = {
  budget: number;
  weights: NormalisedWeights;
  /** Points per score unit. */
  factor: number;
  items: Item[];
  /** Mandatory items and everything they depend on; all available. */
  forced: Set<number>;
  departmentMinimums: DepartmentMinimum[];
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Checks a problem and puts it in canonical form, or refuses it with a typed failure. Checks, in
 * order: budget, weights, ids, costs, ratings, dependencies (unknown, cycles), mandatory items
 * (available, within budget) and department minimums (valid, reachable at all).
 */
export function prepare(problem: Problem): Outcome<Prepared> {
  const { budget } = problem;
  if (!Number.isFinite(budget) || budget <= 0) return refuse('invalidBudget');
  const weights = normaliseWeights(problem.weights);
  if (!weights.ok) return weights;
  const sorted: Initiative[] = [...problem.initiatives].sort(byId);
  const dup = sorted.filter((x, i) => i > 0 && sorted[i - 1]!.id === x.id).map((x) => x.id);
  if (dup.length > 0) return refuse('duplicateId', [...new Set(dup)]);
  const badCost = sorted.filter((x) => !Number.isFinite(x.cost) || x.cost < 0).map((x) => x.id);
  if (badCost.length > 0) return refuse('invalidCost', badCost);
  const badRating = sorted.filter((x) => !ratingsValid(x.ratings)).map((x) => x.id);
  if (badRating.length > 0) return refuse('invalidRating', badRating);

  const index = new Map(sorted.map((x, i) => [x.id, i]));
  const unknown: Record<string, string[]> = {};
  const deps = sorted.map((x) => {
    const missing = (x.dependsOn ?? []).filter((d) => !index.has(d));
    if (missing.length > 0) unknown[x.id] = [...new Set(missing)].sort();
    const known = (x.dependsOn ?? []).flatMap((d) => index.get(d) ?? []);
    return [...new Set(known)].sort((a, b) => a - b);
  });
  const unknownIds = [...new Set(Object.values(unknown).flat())].sort();
  if (unknownIds.length > 0) return refuse('unknownDependency', unknownIds, unknown);
  const cycle = findCycle(deps);
  if (cycle) {
    const ids = cycle.map((i) => sorted[i]!.id);
    const code = cycle.some((i) => sorted[i]!.mandatory) ? 'mandatoryCycle' : 'dependencyCycle';
    return refuse(code, ids);
  }

  const exact = integerScores(
    problem.weights,
    sorted.map((x) => x.ratings),
  );
  if (!exact) return refuse('zeroWeights', [...CRITERIA]);
  const items: Item[] = sorted.map((x, i) => {
    const units = exact.units[i]!;
    const score = { ...scoreOf(x.id, x.ratings, weights.value), score: units * exact.factor };
    return {
      id: x.id,
      department: x.department,
      cost: x.cost,
      mandatory: x.mandatory === true,
      deps: deps[i]!,
      score,
      units,
      failed: REQUIREMENTS.filter((r) => x.requirements[r] !== true),
      available: false,
      blockedBy: null,
    };
  });
  markAvailable(items);

  const mandatory = items.flatMap((x, i) => (x.mandatory ? [i] : []));
  const forced = new Set(mandatory.flatMap((i) => [i, ...dependencyClosure(deps, i)]));
  const unavailable = [...forced].filter((i) => !items[i]!.available).sort((a, b) => a - b);
  if (unavailable.length > 0)
    return refuse(
      'mandatoryUnavailable',
      unavailable.map((i) => items[i]!.id),
    );
  const forcedCost = [...forced].reduce((s, i) => s + items[i]!.cost, 0);
  if (forcedCost > budget) {
    return refuse(
      'mandatoryOverBudget',
      [...forced].sort((a, b) => a - b).map((i) => items[i]!.id),
    );
  }

  const departmentMinimums = [...(problem.departmentMinimums ?? [])];
  const minimums = checkMinimums(departmentMinimums, items);
  if (!minimums.ok) return minimums;
  return {
    ok: true,
    value: {
      budget,
      weights: weights.value,
      factor: exact.factor,
      items,
      forced,
      departmentMinimums,
    },
  };
}

/** Sets `available` and `blockedBy`, visiting dependencies before dependents (graph is acyclic). */
function markAvailable(items: Item[]): void {
  const done = new Uint8Array(items.length);
  for (let root = 0; root < items.length; root++) {
    const stack = [root];
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      if (done[v]) {
        stack.pop();
        continue;
      }
      const item = items[v]!;
      const pending = item.deps.filter((d) => !done[d]);
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      const blocker = item.deps.find((d) => !items[d]!.available);
      item.blockedBy = item.failed.length === 0 && blocker !== undefined ? blocker : null;
      item.available = item.failed.length === 0 && blocker === undefined;
      done[v] = 1;
      stack.pop();
    }
  }
}

function checkMinimums(minimums: DepartmentMinimum[], items: Item[]): Outcome<true> {
  const invalid = minimums.filter((m) =>
    [m.minCount ?? 0, m.minSpend ?? 0].some((v) => !Number.isFinite(v) || v < 0),
  );
  if (invalid.length > 0)
    return refuse(
      'invalidDepartmentMinimum',
      invalid.map((m) => m.department),
    );
  const unreachable = minimums.filter((m) => {
    const pool = items.filter((x) => x.available && x.department === m.department);
    const spend = pool.reduce((s, x) => s + x.cost, 0);
    return pool.length < (m.minCount ?? 0) || spend < (m.minSpend ?? 0);
  });
  if (unreachable.length > 0) {
    return refuse(
      'departmentMinimumUnreachable',
      unreachable.map((m) => m.department),
    );
  }
  return { ok: true, value: true };
}
