/**
 * Time from launching `node bin/samskap.js serve` to the first 200 from GET /sv, on a new data
 * directory (migrations, registry and demo seeding) and on an existing one, against a trivial
 * node:http server started the same way as the baseline. Also times `samskap help`, which loads
 * tsx and every module but opens no database, to split the start into imports and database work.
 *
 *   npx tsx bench/startup.ts            (BENCH_RUNS=N to change the runs per case; default 5)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Child,
  fmt,
  freePort,
  launch,
  median,
  root,
  samskapEnv,
  stop,
  tempDir,
  waitFor200,
} from './lib/child.ts';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const targetMs = 3_000;
const cli = join(root, 'bin', 'samskap.js');

type Sample = { firstPageMs: number; reportedMs?: number; stopMs: number };

// The smallest server node can start: what any Node web service pays before its own code runs.
const bareServer = `require('node:http').createServer((q, s) => s.end('ok'))
  .listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));`;

/** Launches a child, waits for its first 200 from `url` and stops it, also when the start fails. */
async function timeStart(
  args: string[],
  env: Record<string, string>,
  url: string,
): Promise<Sample> {
  const startedAt = performance.now();
  const child: Child = launch(process.execPath, args, env);
  try {
    const firstPageMs = await waitFor200(url, child, startedAt);
    // The server's own figure: from loadConfig to listening, i.e. database open and prepare.
    const reported = /ready in (\d+) ms/.exec(child.output())?.[1];
    return {
      firstPageMs,
      ...(reported ? { reportedMs: Number(reported) } : {}),
      stopMs: await stop(child),
    };
  } finally {
    await stop(child, 2_000);
  }
}

async function timeBaseline(): Promise<Sample> {
  const port = await freePort();
  return timeStart(['-e', bareServer], { PORT: String(port) }, `http://127.0.0.1:${port}/`);
}

async function timeSamskap(dataDir: string): Promise<Sample> {
  const port = await freePort();
  return timeStart([cli, 'serve'], samskapEnv(port, dataDir), `http://127.0.0.1:${port}/sv`);
}

/** `samskap help`: node, the tsx loader and every module's import; no database, no server. */
async function timeImports(): Promise<number> {
  const startedAt = performance.now();
  const child = launch(process.execPath, [cli, 'help'], {});
  const code = await child.exited;
  if (code !== 0) throw new Error(`samskap help exited with ${code}:\n${child.output()}`);
  return performance.now() - startedAt;
}

function summary(label: string, xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${label.padEnd(44)} median ${fmt(median(xs)).padStart(6)} ms   max ${fmt(sorted.at(-1) ?? 0).padStart(6)} ms   runs ${sorted.map((x) => fmt(x)).join(', ')}`;
}

async function main() {
  const dirs: string[] = [];
  try {
    const baseline: Sample[] = [];
    const fresh: Sample[] = [];
    const existing: Sample[] = [];
    const imports: number[] = [];
    const existingDir = tempDir('existing');
    dirs.push(existingDir);
    // The first start of `existingDir` creates it; it counts as a new-directory run.
    fresh.push(await timeSamskap(existingDir));
    // Interleaved so that a burst of machine noise hits every case alike.
    for (let i = 0; i < runs; i++) {
      baseline.push(await timeBaseline());
      imports.push(await timeImports());
      existing.push(await timeSamskap(existingDir));
      if (fresh.length < runs) {
        const dir = tempDir('new');
        dirs.push(dir);
        fresh.push(await timeSamskap(dir));
      }
    }
    const b = median(baseline.map((s) => s.firstPageMs));
    const e = median(existing.map((s) => s.firstPageMs));
    const n = median(fresh.map((s) => s.firstPageMs));
    const worstExisting = Math.max(...existing.map((s) => s.firstPageMs));
    const lines = [
      `startup: launch to first 200 (${runs} runs each)`,
      summary(
        'baseline: node -e node:http server',
        baseline.map((s) => s.firstPageMs),
      ),
      summary('samskap help (node + tsx + all imports)', imports),
      summary(
        'samskap serve, new data dir',
        fresh.map((s) => s.firstPageMs),
      ),
      summary(
        'samskap serve, existing data dir',
        existing.map((s) => s.firstPageMs),
      ),
      summary(
        '  of which "ready in" (db open + prepare)',
        existing.map((s) => s.reportedMs ?? 0),
      ),
      summary(
        '  of which "ready in", new data dir',
        fresh.map((s) => s.reportedMs ?? 0),
      ),
      summary(
        'SIGTERM to exit, existing data dir',
        existing.map((s) => s.stopMs),
      ),
      `ratio existing/baseline (median): ${fmt(e / b, 1)}x   new/baseline: ${fmt(n / b, 1)}x`,
      `target existing data dir <= ${fmt(targetMs)} ms: ${worstExisting <= targetMs ? 'met' : e <= targetMs ? 'met by the median, missed by the max' : 'MISSED'} (median ${fmt(e)} ms, max ${fmt(worstExisting)} ms)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

await main();
