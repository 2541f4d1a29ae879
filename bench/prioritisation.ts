/**
 * Prioritisation: exact portfolio selection (HiGHS MILP, three lexicographic stages) for 2,000
 * candidate initiatives with 300 dependencies, against the greedy-by-ratio choice on the same
 * problem in the same run. Prints the median wall time of several exact runs, the time inside
 * HiGHS, and the ratios of objectives and of times.
 *
 *   npx tsx bench/prioritisation.ts        (BENCH_RUNS=N exact runs, default 7)
 */
import { loadavg } from 'node:os';
import { randomProblem } from '../src/engines/prioritisation/generate.ts';
import { selectGreedy } from '../src/engines/prioritisation/greedy.ts';
import { selectPortfolio } from '../src/engines/prioritisation/select.ts';
import { loadSolver } from '../src/engines/prioritisation/solver.ts';
import type { Problem, Selection } from '../src/engines/prioritisation/types.ts';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t: number) => `${t.toFixed(1)} ms`;

const generated = randomProblem({
  seed: 2027,
  candidates: 2000,
  dependencies: 300,
  departments: 12,
  failShare: 0.1,
  budgetShare: 0.25,
  cost: { min: 100_000, max: 5_000_000 },
  minimums: 3,
});
// Every 200th initiative that meets its requirements and depends on nothing is mandatory.
const problem: Problem = {
  ...generated,
  initiatives: generated.initiatives.map((x, i) => ({
    ...x,
    mandatory:
      i % 200 === 0 &&
      (x.dependsOn?.length ?? 0) === 0 &&
      Object.values(x.requirements).every((v) => v),
  })),
};

const t0 = performance.now();
const highs = await loadSolver();
const loadMs = performance.now() - t0;

const exactTimes: number[] = [];
const solverTimes: number[] = [];
const stageTimes: number[][] = [[], [], []];
let exact: Selection | null = null;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = await selectPortfolio(problem, { solver: highs });
  exactTimes.push(performance.now() - t);
  if (!r.ok) throw new Error(`exact selection refused: ${r.reason} ${r.ids.join(',')}`);
  solverTimes.push(r.value.solver.ms);
  r.value.solver.stageMs.forEach((t, k) => {
    stageTimes[k]?.push(t);
  });
  if (exact && exact.selected.join() !== r.value.selected.join())
    throw new Error('not deterministic');
  exact = r.value;
}
const greedyTimes: number[] = [];
let greedy = null;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = selectGreedy(problem);
  greedyTimes.push(performance.now() - t);
  if (!r.ok) throw new Error(`greedy refused: ${r.reason}`);
  greedy = r.value;
}
if (!exact || !greedy) throw new Error('no runs');

const deps = problem.initiatives.reduce((s, x) => s + (x.dependsOn?.length ?? 0), 0);
const mandatory = problem.initiatives.filter((x) => x.mandatory).length;
const exactMs = median(exactTimes);
const greedyMs = median(greedyTimes);
console.log(`Prioritisation bench — ${runs} runs, load average ${loadavg()[0]!.toFixed(2)}`);
console.log(
  `problem: ${problem.initiatives.length} initiatives, ${deps} dependencies, ${mandatory} mandatory, ` +
    `${exact.candidates.length} candidates, ${problem.departmentMinimums?.length ?? 0} department ` +
    `minimums, budget ${problem.budget.toLocaleString('en')}`,
);
console.log(`HiGHS load (once): ${ms(loadMs)}`);
console.log(
  `exact: median ${ms(exactMs)} (min ${ms(Math.min(...exactTimes))}, max ${ms(Math.max(...exactTimes))}); ` +
    `inside HiGHS median ${ms(median(solverTimes))} over ${exact.solver.solves} solves`,
);
console.log(
  `inside HiGHS per stage, median: (1) best score ${ms(median(stageTimes[0]!))}, ` +
    `(2) cheapest among those ${ms(median(stageTimes[1]!))}, (3) earliest ids ${ms(median(stageTimes[2]!))}`,
);
console.log(`greedy: median ${ms(greedyMs)}`);
console.log(
  `exact: objective ${exact.objective.toFixed(4)}, ${exact.selected.length} chosen, cost ` +
    `${exact.totalCost.toLocaleString('en')}`,
);
console.log(
  `greedy: objective ${greedy.objective.toFixed(4)}, ${greedy.selected.length} chosen, cost ` +
    `${greedy.totalCost.toLocaleString('en')}, department minimums met: ${greedy.departmentMinimumsMet}`,
);
console.log(`objective ratio exact / greedy: ${(exact.objective / greedy.objective).toFixed(5)}`);
console.log(`time ratio exact / greedy: ${(exactMs / greedyMs).toFixed(1)}`);
const optimumMs = median(stageTimes[0]!);
console.log(
  `time ratio optimum only (stage 1 in HiGHS) / greedy: ${(optimumMs / greedyMs).toFixed(1)}`,
);
console.log(
  `target ≤ 1000 ms — full exact selection with tie-breaks: ${exactMs <= 1000 ? 'met' : 'missed'}; ` +
    `optimum (stage 1): ${optimumMs <= 1000 ? 'met' : 'missed'}`,
);
