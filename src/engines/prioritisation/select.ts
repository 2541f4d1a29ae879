import type { Highs } from 'highs';
import { buildLp, type Row, type Term } from './model.ts';
import { type Prepared, prepare } from './prepare.ts';
import { costTolerance } from './reasons.ts';
import { buildSelection, violations } from './result.ts';
import { loadSolver, solve } from './solver.ts';
import { type Outcome, type Problem, refuse, type Selection } from './types.ts';

/** Options of `selectPortfolio`. */
export type SelectOptions = {
  /** A loaded solver to use instead of the shared one (see `loadSolver`). */
  solver?: Highs;
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
  return selectPrepared(prepared.value, highs);
}

/** `selectPortfolio` on an already checked problem (used by the sensitivity analysis). */
export function selectPrepared(p: Prepared, highs: Highs): Outcome<Selection> {
  const vars = p.items.flatMap((x, i) => (x.available ? [i] : []));
  if (vars.length === 0)
    return { ok: true, value: buildSelection(p, new Set(), { ms: 0, solves: 0, stageMs: [] }) };
  const stats = { ms: 0, solves: 0, stageMs: [] as number[] };
  const run = (sense: 'Maximize' | 'Minimize', obj: Term[], extra: Row[], gap: number) => {
    const r = solve(highs, buildLp(p, sense, obj, extra), gap);
    stats.ms += r.ms;
    stats.solves += 1;
    stats.stageMs.push(r.ms);
    return r;
  };
  const scoreTerms: Term[] = vars.map((i) => [p.items[i]!.units, i]);
  const first = run('Maximize', scoreTerms, [], 0.5);
  if (first.status === 'infeasible') {
    return refuse(
      'infeasible',
      p.departmentMinimums.map((m) => m.department),
    );
  }
  const best = sum(first.chosen, (i) => p.items[i]!.units);
  const atBest: Row = { name: 'best', terms: scoreTerms, sense: '>=', rhs: best };
  const costTerms: Term[] = vars.map((i) => [p.items[i]!.cost, i]);
  const second = run('Minimize', costTerms, [atBest], costTolerance(p.budget));
  const cheapest = sum(needOptimal(second), (i) => p.items[i]!.cost);
  const atCheapest: Row = {
    name: 'cheapest',
    terms: costTerms,
    sense: '<=',
    rhs: cheapest + costTolerance(p.budget),
  };
  const rank: Term[] = vars.map((i, k) => [vars.length - k, i]);
  const chosen = needOptimal(run('Maximize', rank, [atBest, atCheapest], 0.5));
  const broken = violations(p, chosen);
  const units = sum(chosen, (i) => p.items[i]!.units);
  if (broken.length > 0 || units !== best) {
    throw new Error(`HiGHS returned a wrong portfolio: ${broken.join('; ') || `score ${units}`}`);
  }
  return { ok: true, value: buildSelection(p, chosen, stats) };
}

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
