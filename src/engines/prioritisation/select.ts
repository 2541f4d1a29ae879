import type { Highs } from 'highs';
import { fixByReducedCost } from './fixing.ts';
import { buildLp, type Fixed, freeItems, type Row, type Term } from './model.ts';
import { type Prepared, prepare } from './prepare.ts';
import { costTolerance } from './reasons.ts';
import { buildSelection, violations } from './result.ts';
import { loadSolver, solve, solveRelaxation } from './solver.ts';
import { type Outcome, type Problem, refuse, type Selection } from './types.ts';

/** Options of `selectPortfolio`. */
export type SelectOptions = {
  /** A loaded solver to use instead of the shared one (see `loadSolver`). */
  solver?: Highs;
  /**
   * Fix items by reduced costs before the tie-breaking stages: true, false, or by default when
   * at least `FIXING_FROM` items can be chosen (on small models the extra LP solves cost more
   * than they save). The result is the same either way (fixing.test.ts).
   */
  reducedCostFixing?: boolean;
};

/**
 * Chooses the portfolio exactly: a mixed-integer programme solved by HiGHS to proven optimality,
 * in three lexicographic stages (README, "Ties"): (1) maximise the sum of scores; (2) among
 * those, minimise the total cost; (3) among those, prefer earlier ids (maximise Σ (N − rank)).
 * Bad input and infeasible problems come back as typed failures; the result is the same for any
 * order of the initiatives.
 */
export async function selectPortfolio(
  problem: Problem,
  options: SelectOptions = {},
): Promise<Outcome<Selection>> {
  const prepared = prepare(problem);
  if (!prepared.ok) return prepared;
  const highs = options.solver ?? (await loadSolver());
  return selectPrepared(prepared.value, highs, options.reducedCostFixing);
}

/** `selectPortfolio` on an already checked problem (used by the sensitivity analysis). */
export function selectPrepared(p: Prepared, highs: Highs, useFixing?: boolean): Outcome<Selection> {
  const vars = freeItems(p);
  const fixing = useFixing ?? vars.length >= FIXING_FROM;
  if (vars.length === 0)
    return { ok: true, value: buildSelection(p, new Set(), { ms: 0, solves: 0, stageMs: [] }) };
  const stats: Selection['solver'] = { ms: 0, solves: 0, stageMs: [] };
  const count = (ms: number) => {
    stats.ms += ms;
    stats.solves += 1;
    stats.stageMs.push(ms);
  };
  const scoreTerms: Term[] = vars.map((i) => [p.items[i]!.units, i]);
  const first = solve(highs, buildLp(p, 'Maximize', scoreTerms), 0.5);
  count(first.ms);
  if (first.status === 'infeasible') {
    return refuse(
      'infeasible',
      p.departmentMinimums.map((m) => m.department),
    );
  }
  const best = sum(first.chosen, (i) => p.items[i]!.units);
  const atBest: Row = { name: 'best', terms: scoreTerms, sense: '>=', rhs: best };
  const costTerms: Term[] = vars.map((i) => [p.items[i]!.cost, i]);
  const tol = costTolerance(p.budget);
  const rank: Term[] = vars.map((i, k) => [vars.length - k, i]);

  // Each tie-breaking stage solves only the items its LP relaxation's reduced costs leave free
  // (fixing.ts), given a bound on its optimum from the previous stage's portfolio.
  let fixed: Fixed = new Map();
  const relax = (sense: Sense, obj: Term[], extra: Row[], bound: (z: number) => number) => {
    if (!fixing || freeItems(p, fixed).length === 0) return;
    const r = solveRelaxation(highs, buildLp(p, sense, obj, extra, { relax: true, fixed }));
    if (!r) return;
    count(r.ms);
    // The LP's objective leaves out the fixed items; bounds speak of whole portfolios.
    let z = r.objective;
    for (const [c, i] of obj) z += c * (fixed.get(i) ?? 0);
    fixed = fixByReducedCost(r, Math.max(0, bound(z)), fixed);
  };
  const stage = (sense: Sense, obj: Term[], extra: Row[], gap: number): Set<number> => {
    const on = [...fixed].filter(([, v]) => v === 1).map(([i]) => i);
    // With every item fixed the portfolio is decided (and checked below).
    if (freeItems(p, fixed).length === 0) return new Set(on);
    const r = solve(highs, buildLp(p, sense, obj, extra, { fixed }), gap);
    count(r.ms);
    return new Set([...needOptimal(r), ...on]);
  };
  // Stage 2 portfolios score `best`; stage 3 ones also cost at most the stage-1 portfolio's cost
  // plus twice the tolerance (stage 2's own gap, and the slack of the `cheapest` row).
  const firstCost = sum(first.chosen, (i) => p.items[i]!.cost);
  relax('Maximize', scoreTerms, [], (z) => z - best);
  relax('Minimize', costTerms, [atBest], (z) => firstCost + 2 * tol - z);
  const second = stage('Minimize', costTerms, [atBest], tol);
  const cheapest = sum(second, (i) => p.items[i]!.cost);
  const atCheapest: Row = { name: 'cheapest', terms: costTerms, sense: '<=', rhs: cheapest + tol };
  const rankOf = new Map(rank.map(([r, i]) => [i, r]));
  const secondRank = sum(second, (i) => rankOf.get(i)!);
  relax('Maximize', rank, [atBest, atCheapest], (z) => z - secondRank);
  const chosen = stage('Maximize', rank, [atBest, atCheapest], 0.5);
  stats.free = freeItems(p, fixed).length;
  const broken = violations(p, chosen);
  const units = sum(chosen, (i) => p.items[i]!.units);
  if (broken.length > 0 || units !== best) {
    throw new Error(`HiGHS returned a wrong portfolio: ${broken.join('; ') || `score ${units}`}`);
  }
  return { ok: true, value: buildSelection(p, chosen, stats) };
}

type Sense = 'Maximize' | 'Minimize';

/** Models with at least this many choosable items get reduced-cost fixing by default. */
export const FIXING_FROM = 64;

function sum(chosen: ReadonlySet<number>, f: (i: number) => number): number {
  let s = 0;
  for (const i of chosen) s += f(i);
  return s;
}

function needOptimal(r: ReturnType<typeof solve>): Set<number> {
  // Each later stage starts from a feasible optimum of the one before, so it cannot be infeasible.
  if (r.status !== 'optimal') throw new Error('HiGHS found a tie-breaking stage infeasible');
  return r.chosen;
}
