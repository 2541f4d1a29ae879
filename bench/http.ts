/**
 * Requests per second and p95 latency at 32 concurrent connections for the municipality list page
 * and the municipality API, each against a bare node:http server (also a child process) that
 * returns the very same bytes with the same content-type, measured in the same run.
 *
 *   npx tsx bench/http.ts     (BENCH_SECONDS=N per measurement, default 10; BENCH_ROUNDS, default 2)
 */
import { rmSync, writeFileSync } from 'node:fs';
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
import { type Measured, measure } from './lib/load.ts';

const seconds = Math.max(1, Number(process.env.BENCH_SECONDS ?? 10));
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const warmupSeconds = 3;
const connections = 32;
const targetRatio = 0.3;

const routes = [
  { name: 'page /sv/municipalities', path: '/sv/municipalities' },
  { name: 'api /api/v1/municipalities?country=SE', path: '/api/v1/municipalities?country=SE' },
] as const;

// Serves one file per path with its content-type; nothing else, so it is the floor for these bytes.
const bareServer = `const fs = require('node:fs');
const routes = new Map(JSON.parse(fs.readFileSync(process.env.BENCH_ROUTES, 'utf8'))
  .map((r) => [r.path, { body: fs.readFileSync(r.file), type: r.type }]));
require('node:http').createServer((req, res) => {
  const r = routes.get(req.url);
  if (!r) { res.statusCode = 404; res.end(); return; }
  res.setHeader('content-type', r.type);
  res.end(r.body);
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));`;

/** Starts Samskap and registers it in `children` before waiting, so a failed start is stopped too. */
async function startSamskap(dataDir: string, children: Child[]): Promise<string> {
  const port = await freePort();
  const child = launch(
    process.execPath,
    [join(root, 'bin', 'samskap.js'), 'serve'],
    samskapEnv(port, dataDir),
  );
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/sv`, child, performance.now());
  return base;
}

async function main() {
  const dir = tempDir('http');
  const children: Child[] = [];
  try {
    const samskap = { base: await startSamskap(dir, children) };
    const specs = [];
    for (const [i, r] of routes.entries()) {
      const res = await fetch(samskap.base + r.path);
      if (res.status !== 200) throw new Error(`${r.path} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      const file = join(dir, `route-${i}.body`);
      writeFileSync(file, body);
      specs.push({
        path: r.path,
        file,
        type: res.headers.get('content-type') ?? '',
        size: body.length,
      });
    }
    const routesFile = join(dir, 'routes.json');
    writeFileSync(routesFile, JSON.stringify(specs));
    const barePort = await freePort();
    const bare = launch(process.execPath, ['-e', bareServer], {
      PORT: String(barePort),
      BENCH_ROUTES: routesFile,
    });
    children.push(bare);
    const bareBase = `http://127.0.0.1:${barePort}`;
    await waitFor200(`${bareBase}${routes[0].path}`, bare, performance.now());

    const lines = [
      `http: ${connections} connections, ${seconds} s per measurement after ${warmupSeconds} s warm-up, ${rounds} rounds`,
    ];
    for (const [i, r] of routes.entries()) {
      const spec = specs[i];
      lines.push(`  ${r.name}: ${fmt(spec?.size ?? 0)} bytes, ${spec?.type}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    const verdicts: boolean[] = [];
    for (let round = 1; round <= rounds; round++) {
      for (const r of routes) {
        // Alternating Samskap and bare per route keeps both under the same machine conditions.
        const row: Record<string, Measured> = {};
        for (const [label, base] of [
          ['samskap', samskap.base],
          ['bare', bareBase],
        ] as const) {
          await measure(base + r.path, { connections, seconds: warmupSeconds });
          row[label] = await measure(base + r.path, { connections, seconds });
        }
        const s = row.samskap as Measured;
        const b = row.bare as Measured;
        const ratio = s.rps / b.rps;
        verdicts.push(ratio >= targetRatio);
        process.stdout.write(
          `round ${round}  ${r.name.padEnd(40)} samskap ${fmt(s.rps).padStart(6)} req/s p95 ${fmt(s.p95, 1).padStart(6)} ms | bare ${fmt(b.rps).padStart(6)} req/s p95 ${fmt(b.p95, 1).padStart(6)} ms | ratio ${fmt(ratio, 2)}${s.bad + b.bad ? `  (non-200/errors: samskap ${s.bad}, bare ${b.bad})` : ''}\n`,
        );
      }
    }
    process.stdout.write(
      `target ratio >= ${targetRatio} on both routes: ${verdicts.every(Boolean) ? 'met' : 'MISSED'}\n`,
    );
  } finally {
    for (const c of children) await stop(c, 5_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
