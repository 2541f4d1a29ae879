import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so the scripts work from any working directory. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it, so runs never collide). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `samskap-bench-${prefix}-`));
}

export type Child = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Starts a child with piped output kept in memory (shown only when something fails). */
export function launch(command: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (b: Buffer) => {
    text += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    text += b.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { process: child, output: () => text, exited };
}

/** Samskap's environment for a benchmark run: as `npm start`, but on loopback with quiet logs. */
export function samskapEnv(port: number, dataDir: string): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    SAMSKAP_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Empty means unset: the embedded PGlite database, whatever the calling shell exports.
    DATABASE_URL: '',
  };
}

/**
 * Polls `url` until it answers 200 and returns the milliseconds since `startedAt`. Fails when the
 * child exits first or `timeoutMs` passes, so a broken start never hangs the benchmark.
 */
export async function waitFor200(
  url: string,
  child: Child,
  startedAt: number,
  timeoutMs = 120_000,
): Promise<number> {
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  while (performance.now() - startedAt < timeoutMs) {
    if (exited) throw new Error(`child exited before ${url} answered:\n${child.output()}`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - startedAt;
    } catch {
      // Not listening yet.
    }
    // 10 ms keeps the polling error small next to starts of hundreds of milliseconds.
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} gave no 200 within ${timeoutMs} ms:\n${child.output()}`);
}

/** SIGTERM, then SIGKILL if the child has not exited within `graceMs`; returns the ms it took. */
export async function stop(child: Child, graceMs = 20_000): Promise<number> {
  const started = performance.now();
  if (child.process.exitCode !== null || child.process.signalCode !== null) return 0;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
  return performance.now() - started;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * A bare node:http server's source, for `node -e`: serves one file per path with its content-type
 * (BENCH_ROUTES names a JSON list of `{ path, file, type }`) and nothing else, so it is the floor
 * for the same bytes.
 */
export const bareServerSource = `const fs = require('node:fs');
const routes = new Map(JSON.parse(fs.readFileSync(process.env.BENCH_ROUTES, 'utf8'))
  .map((r) => [r.path, { body: fs.readFileSync(r.file), type: r.type }]));
require('node:http').createServer((req, res) => {
  const r = routes.get(req.url);
  if (!r) { res.statusCode = 404; res.end(); return; }
  res.setHeader('content-type', r.type);
  res.end(r.body);
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));`;

/** Starts a child on a free port, registered in `children` before waiting so a failed start is stopped too. */
export async function startOnFreePort(
  args: string[],
  env: Record<string, string>,
  children: Child[],
): Promise<{ child: Child; base: string }> {
  const port = await freePort();
  const child = launch(process.execPath, args, { ...env, PORT: String(port) });
  children.push(child);
  return { child, base: `http://127.0.0.1:${port}` };
}
