/**
 * The resident memory of an idle server and what holds it, against a bare node:http server
 * launched the same way in the same run. Samskap starts on PGlite with demo data in a new data
 * directory (the first start, which migrates and seeds), is stopped and started again on the same
 * directory (an ordinary start), and is read after `BENCH_IDLE_SECONDS` (default 10) of idleness
 * and again after `BENCH_REQUESTS` (default 300) requests over its public pages.
 *
 *   npx tsx bench/memory.ts
 *
 * Figures: VmRSS and VmHWM from /proc/<pid>/status; the V8 heap, external memory (where PGlite's
 * WebAssembly memory is counted) and array buffers from the server's /metrics.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Child,
  fmt,
  freePort,
  launch,
  root,
  samskapEnv,
  stop,
  tempDir,
  waitFor200,
} from './lib/child.ts';

const idleSeconds = Math.max(1, Number(process.env.BENCH_IDLE_SECONDS ?? 10));
const requests = Math.max(0, Number(process.env.BENCH_REQUESTS ?? 300));
const mb = (bytes: number) => `${fmt(bytes / 1048576)} MB`;

/** VmRSS and VmHWM of a process, in bytes. */
function residentOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

/** The process figures of Samskap's /metrics (prom-client's default metrics). */
async function processMetrics(base: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const wanted: Record<string, string> = {
    heapTotal: 'samskap_nodejs_heap_size_total_bytes',
    heapUsed: 'samskap_nodejs_heap_size_used_bytes',
    external: 'samskap_nodejs_external_memory_bytes',
  };
  const found: Record<string, number> = {};
  for (const [name, metric] of Object.entries(wanted)) {
    const value = new RegExp(`^${metric} (\\S+)$`, 'm').exec(text)?.[1];
    if (value !== undefined) found[name] = Number(value);
  }
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startSamskap(dataDir: string, children: Child[]) {
  const port = await freePort();
  const child = launch(
    process.execPath,
    [join(root, 'bin', 'samskap.js'), 'serve'],
    samskapEnv(port, dataDir),
  );
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/sv`, child, performance.now());
  return { child, base };
}

async function report(label: string, pid: number, base?: string) {
  const { rss, peak } = residentOf(pid);
  const parts = [`rss ${mb(rss)}`, `peak ${mb(peak)}`];
  if (base) {
    const m = await processMetrics(base);
    if (m.heapTotal !== undefined) parts.push(`V8 heap ${mb(m.heapTotal)}`);
    if (m.external !== undefined) parts.push(`external ${mb(m.external)}`);
    if (m.heapTotal !== undefined && m.external !== undefined)
      parts.push(`rest (code, stacks, allocator) ${mb(rss - m.heapTotal - m.external)}`);
  }
  process.stdout.write(`${label.padEnd(34)} ${parts.join(' | ')}\n`);
  return rss;
}

async function main() {
  const dir = tempDir('memory');
  const children: Child[] = [];
  try {
    const barePort = await freePort();
    const bare = launch(
      process.execPath,
      [
        '-e',
        `require('node:http').createServer((q, s) => s.end('ok')).listen(${barePort}, '127.0.0.1'); process.on('SIGTERM', () => process.exit(0));`,
      ],
      {},
    );
    children.push(bare);
    await waitFor200(`http://127.0.0.1:${barePort}/`, bare, performance.now());
    await sleep(idleSeconds * 1000);
    const bareRss = await report('bare node:http, idle', bare.process.pid ?? 0);

    const first = await startSamskap(dir, children);
    await sleep(idleSeconds * 1000);
    await report('samskap first start, idle', first.child.process.pid ?? 0, first.base);
    await stop(first.child);

    const again = await startSamskap(dir, children);
    await sleep(idleSeconds * 1000);
    const idle = await report('samskap start, idle', again.child.process.pid ?? 0, again.base);
    const municipalities = ['SE-0127', 'SE-0483', 'NO-3203'];
    const paths = municipalities.flatMap((m) => [
      `/sv/municipalities/${m}`,
      `/sv/municipalities/${m}/initiatives`,
      `/sv/municipalities/${m}/roadmap`,
      `/sv/municipalities/${m}/goals`,
      `/sv/municipalities/${m}/decisions`,
    ]);
    for (let i = 0; i < requests; i++) {
      const res = await fetch(`${again.base}${paths[i % paths.length]}?n=${i}`);
      await res.arrayBuffer();
    }
    await sleep(2000);
    await report(`samskap after ${requests} requests`, again.child.process.pid ?? 0, again.base);
    process.stdout.write(
      `idle resident memory over the bare server's: ${mb(idle - bareRss)} (ratio ${fmt(idle / bareRss, 1)})\n`,
    );
  } finally {
    for (const c of children) await stop(c, 5_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
