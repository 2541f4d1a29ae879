import { seededRandom } from '../../vocabulary/random.ts';
import { initiative } from './build.ts';
import {
  CRITERIA,
  type DepartmentMinimum,
  type Initiative,
  type Problem,
  REQUIREMENTS,
} from './types.ts';

/** Shape of a generated problem. */
export type GeneratorOptions = {
  seed: number;
  candidates: number;
  /** Number of dependency edges (acyclic; fewer if the graph is too small to hold them). */
  dependencies: number;
  departments?: number;
  /** Chance that an initiative is mandatory. */
  mandatoryShare?: number;
  /** Chance that an initiative fails one must-requirement. */
  failShare?: number;
  /** Budget as a share of the sum of all costs. */
  budgetShare?: number;
  /** Costs drawn uniformly from [min, max] whole units. */
  cost?: { min: number; max: number };
  /** Department minimums to add (each on a random department, by count or by spend). */
  minimums?: number;
};

/**
 * A seeded random problem: integer ratings 0–5, integer weights 0–3 (never all zero),
 * dependencies that point from later to earlier initiatives in a hidden random order (so the
 * graph is acyclic but ids do not reveal the order), and ids `i0001`… The same options always
 * give the same problem.
 */
export function randomProblem(o: GeneratorOptions): Problem {
  const rnd = seededRandom(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const n = o.candidates;
  const departments = o.departments ?? 5;
  const width = String(n).length;
  const ids = Array.from({ length: n }, (_, i) => `i${String(i).padStart(width, '0')}`);
  const order = [...ids];
  for (let i = n - 1; i > 0; i--) {
    const j = int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const deps = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const possible = (n * (n - 1)) / 2;
  for (
    let made = 0, tries = 0;
    made < Math.min(o.dependencies, possible) && tries < 50 * n;
    tries++
  ) {
    const a = int(0, n - 1);
    const b = int(0, n - 1);
    if (a === b) continue;
    const [later, earlier] = a > b ? [order[a]!, order[b]!] : [order[b]!, order[a]!];
    const set = deps.get(later)!;
    if (set.has(earlier)) continue;
    set.add(earlier);
    made++;
  }
  const { min, max } = o.cost ?? { min: 0, max: 20 };
  const initiatives: Initiative[] = ids.map((id) => {
    const ratings = Object.fromEntries(CRITERIA.map((c) => [c, int(0, 5)]));
    const fails =
      rnd() < (o.failShare ?? 0) ? [REQUIREMENTS[int(0, REQUIREMENTS.length - 1)]!] : [];
    return initiative(id, {
      department: `dep${int(1, departments)}`,
      cost: int(min, max),
      dependsOn: [...deps.get(id)!].sort(),
      mandatory: rnd() < (o.mandatoryShare ?? 0),
      ratings,
      fails,
    });
  });
  const total = initiatives.reduce((s, x) => s + x.cost, 0);
  const weights = Object.fromEntries(CRITERIA.map((c) => [c, int(0, 3)]));
  if (CRITERIA.every((c) => weights[c] === 0)) weights.goalContribution = 1;
  const departmentMinimums: DepartmentMinimum[] = Array.from({ length: o.minimums ?? 0 }, () => {
    const department = `dep${int(1, departments)}`;
    return rnd() < 0.5
      ? { department, minCount: int(1, 2) }
      : { department, minSpend: int(1, Math.max(1, Math.round(max / 2))) };
  });
  return {
    budget: Math.max(1, Math.round(total * (o.budgetShare ?? 0.4))),
    weights,
    initiatives,
    departmentMinimums,
  };
}
