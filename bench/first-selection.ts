/**
 * The first portfolio selection in a fresh process, after the server's warm-up and without it:
 * each run is a new Node process (what a server start gives), choosing among 2,000 candidates
 * with 300 dependencies. Prints the medians and their ratio (warmed / cold) from the same run.
 *
 *   npx tsx bench/first-selection.ts        (BENCH_RUNS=N processes of each, default 5)
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (process.argv[2] === 'child') {
  const { benchmarkPortfolio } = await import('./lib/portfolio-problem.ts');
  const { selectPortfolio } = await import('../src/engines/prioritisation/select.ts');
  const { loadSolver } = await import('../src/engines/prioritisation/solver.ts');
  const { warmUpPrioritisation } = await import('../src/engines/prioritisation/warm-up.ts');
  if (process.argv[3] === 'warm') await warmUpPrioritisation();
  else await loadSolver();
  const problem = benchmarkPortfolio();
  const start = performance.now();
  const result = await selectPortfolio(problem);
  if (!result.ok) throw new Error(`selection refused: ${result.reason}`);
  process.stdout.write(String(performance.now() - start));
} else {
  const self = fileURLToPath(import.meta.url);
  const time = (mode: string) =>
    Number(
      execFileSync(process.execPath, ['--import', 'tsx', self, 'child', mode], {
        encoding: 'utf8',
      }),
    );
  const cold: number[] = [];
  const warm: number[] = [];
  const loadBefore = loadavg()[0]!;
  // Interleaved, so a change in the machine's load hits both alike.
  for (let i = 0; i < runs; i++) {
    cold.push(time('cold'));
    warm.push(time('warm'));
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`first selection of 2,000 candidates in a new process, ${runs} processes each`);
  console.log(`  without warm-up: median ${ms(median(cold))} (${cold.map(ms).join(', ')})`);
  console.log(`  after warm-up:   median ${ms(median(warm))} (${warm.map(ms).join(', ')})`);
  console.log(`  ratio warmed / cold: ${(median(warm) / median(cold)).toFixed(2)}`);
  console.log(`  load average: ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`);
}
