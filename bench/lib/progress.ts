import { fmt } from './child.ts';

/** Prints a bar that fills as `done` reaches `total`, on one line. */
export function progress(label: string, done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const bar = `${'#'.repeat(filled)}${' '.repeat(width - filled)}`;
  const s = fmt((performance.now() - started) / 1000, 1);
  process.stdout.write(`\r  ${label.padEnd(34)} [${bar}] ${fmt((100 * done) / total)} % ${s} s`);
  if (done >= total) process.stdout.write('\n');
}

/** Runs `chunk(from, to)` over 0…total in slices, with a progress bar. */
export async function inSlices(
  label: string,
  total: number,
  chunk: (from: number, to: number) => Promise<unknown>,
) {
  const started = performance.now();
  const size = Math.max(1, Math.ceil(total / 20));
  progress(label, 0, total, started);
  for (let from = 0; from < total; from += size) {
    const to = Math.min(total, from + size);
    await chunk(from, to);
    progress(label, to, total, started);
  }
}

/** The median of `runs` timings of `work`, in ms. */
export async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}
