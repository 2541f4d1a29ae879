/**
 * The leadership dashboard of a municipality with 2,000 initiatives and 10,000 benefit
 * measurements, requested by a signed-in politician at 16 concurrent connections: requests per
 * second and p95, against a bare node:http server (also a child process) returning the very same
 * bytes with the same content-type, measured in the same run.
 *
 *   npx tsx bench/dashboard.ts     (BENCH_SECONDS=N per measurement, default 10; BENCH_ROUNDS, default 2)
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchMunicipality, benchUser, writeBenchData } from './dashboard-data.ts';
import { logInAsBrowser } from './lib/browser-login.ts';
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
const connections = 16;
const targetRatio = 0.2;
const path = `/sv/municipalities/${benchMunicipality}/dashboard`;
// For scale: the floor of any signed-in page (a static page: actor and layout, no query of its
// own), and the signed-in municipality page (two small queries: departments, login provider).
const floorPath = '/sv/accessibility';
const municipalityPath = `/sv/municipalities/${benchMunicipality}`;
const pages = [
  ['dashboard', path],
  ['signed-in static page', floorPath],
  ['signed-in municipality page', municipalityPath],
] as const;

const bareServer = `const fs = require('node:fs');
const routes = new Map(JSON.parse(process.env.BENCH_ROUTES).map((r) => [r.path, fs.readFileSync(r.file)]));
require('node:http').createServer((req, res) => {
  res.setHeader('content-type', process.env.BENCH_TYPE);
  res.end(routes.get(req.url) ?? '');
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));`;

async function main() {
  const dir = tempDir('dashboard');
  const children: Child[] = [];
  try {
    const t0 = performance.now();
    const written = await writeBenchData(dir);
    process.stdout.write(
      `data: ${fmt(written.initiatives)} initiatives, ${fmt(written.measurements)} benefit measurements in ${benchMunicipality}, written in ${fmt((performance.now() - t0) / 1000, 1)} s\n`,
    );
    const port = await freePort();
    const samskap = launch(
      process.execPath,
      [join(root, 'bin', 'samskap.js'), 'serve'],
      samskapEnv(port, dir),
    );
    children.push(samskap);
    const base = `http://127.0.0.1:${port}`;
    await waitFor200(`${base}/sv`, samskap, performance.now());
    const headers = {
      cookie: (await logInAsBrowser(base, benchUser.email, benchUser.password)).cookie,
    };
    const specs: { path: string; file: string; size: number }[] = [];
    let type = '';
    for (const [i, [, p]] of pages.entries()) {
      const res = await fetch(base + p, { headers });
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      if (p === path && !/2\s000 satsningar totalt/u.test(body.toString()))
        throw new Error('the dashboard does not count 2,000 initiatives');
      const file = join(dir, `route-${i}.body`);
      writeFileSync(file, body);
      specs.push({ path: p, file, size: body.length });
      type = res.headers.get('content-type') ?? '';
    }
    const barePort = await freePort();
    const bare = launch(process.execPath, ['-e', bareServer], {
      PORT: String(barePort),
      BENCH_ROUTES: JSON.stringify(specs),
      BENCH_TYPE: type,
    });
    children.push(bare);
    const bareBase = `http://127.0.0.1:${barePort}`;
    await waitFor200(bareBase + path, bare, performance.now());
    process.stdout.write(
      `${connections} connections, ${seconds} s per measurement after ${warmupSeconds} s warm-up, ${rounds} rounds; ${pages.map(([name], i) => `${name} ${fmt(specs[i]?.size ?? 0)} bytes`).join(', ')}\n`,
    );
    const verdicts: boolean[] = [];
    for (let round = 1; round <= rounds; round++) {
      for (const [name, p] of pages) {
        const row: Record<string, Measured> = {};
        for (const [label, b] of [
          ['samskap', base],
          ['bare', bareBase],
        ] as const) {
          await measure(b + p, { connections, seconds: warmupSeconds, headers });
          row[label] = await measure(b + p, { connections, seconds, headers });
        }
        const s = row.samskap as Measured;
        const r = row.bare as Measured;
        const ratio = s.rps / r.rps;
        if (p === path) verdicts.push(ratio >= targetRatio);
        process.stdout.write(
          `round ${round}  ${name.padEnd(28)} samskap ${fmt(s.rps).padStart(6)} req/s p95 ${fmt(s.p95, 1).padStart(7)} ms | bare ${fmt(r.rps).padStart(6)} req/s p95 ${fmt(r.p95, 1).padStart(6)} ms | ratio ${fmt(ratio, 3)}${s.bad + r.bad ? `  (non-200/errors: samskap ${s.bad}, bare ${r.bad})` : ''}\n`,
        );
      }
    }
    process.stdout.write(
      `target ratio >= ${targetRatio} for the dashboard: ${verdicts.every(Boolean) ? 'met' : 'MISSED'}\n`,
    );
  } finally {
    for (const c of children) await stop(c, 5_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
