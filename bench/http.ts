/**
 * Every kind of page and API answer at 32 concurrent connections, at the demo's size and at 10×
 * and 100× its data: requests per second, p95 and p99 latency and size, each against a bare
 * node:http server (also a child process) that returns the very same bytes with the same
 * content-type, measured in the same run. The data comes from `samskap generate` on a new
 * database before the server starts: PGlite by default, a database of its own on the PostgreSQL
 * server of DATABASE_URL (or TEST_DATABASE_URL, as scripts/with-postgres.sh sets) when given.
 *
 *   npx tsx bench/http.ts
 *   bash scripts/with-postgres.sh npx tsx bench/http.ts
 *     BENCH_SCALES=1,10,100 (default)  BENCH_SECONDS=N per measurement (default 5)
 *     BENCH_ROUNDS=N (default 1)       SAMSKAP_DEMO_PASSWORD for the signed-in list
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logInAsBrowser } from './lib/browser-login.ts';
import {
  bareServerSource,
  type Child,
  fmt,
  root,
  startOnFreePort,
  stop,
  tempDir,
  waitFor200,
} from './lib/child.ts';
import { type BenchDatabase, generate, newDatabase } from './lib/databases.ts';
import { type Measured, measure } from './lib/load.ts';

const seconds = Math.max(1, Number(process.env.BENCH_SECONDS ?? 5));
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map((s) => Number(s.trim()));
const warmupSeconds = 2;
const connections = 32;
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const password = process.env.SAMSKAP_DEMO_PASSWORD || 'bench-password-1234';
const m = 'SE-0127';
const signedInAs = 'admin@botkyrka.example';

/** The issue's targets: ratio to bare at the demo's size and at 100×, p99 and HTML size at 100×. */
const targets = serverUrl
  ? { demo: 0.3, hundred: 0.2, p99: 100 as number | null }
  : { demo: 0.2, hundred: 0.1, p99: null as number | null };
const maxHtmlKb = 100;

/** The rows a kind's address names: an initiative, and the open dialogue's matter. */
type Ids = { initiative: string; matter: string };
type Kind = { name: string; path: (ids: Ids) => string; signedIn?: boolean };
const kinds: Kind[] = [
  { name: 'cached public page', path: () => '/sv/municipalities' },
  { name: 'public list', path: () => `/sv/municipalities/${m}/initiatives` },
  { name: 'detail page', path: (ids) => `/sv/municipalities/${m}/initiatives/${ids.initiative}` },
  { name: 'roadmap', path: () => `/sv/municipalities/${m}/roadmap` },
  { name: 'municipality start page', path: () => `/sv/municipalities/${m}` },
  {
    name: 'signed-in list (admin)',
    path: () => `/sv/municipalities/${m}/initiatives`,
    signedIn: true,
  },
  { name: 'API list', path: () => `/api/v1/municipalities/${m}/initiatives?pageSize=100` },
  {
    name: 'API detail',
    path: (ids) => `/api/v1/municipalities/${m}/initiatives/${ids.initiative}`,
  },
  { name: 'dialogue page', path: (ids) => `/sv/municipalities/${m}/matters/${ids.matter}` },
  { name: 'map page', path: (ids) => `/sv/municipalities/${m}/matters/${ids.matter}/map` },
];

type Row = {
  scale: number;
  kind: string;
  samskap: Measured;
  bare: Measured;
  kb: number;
  html: boolean;
};

async function benchScale(scale: number, database: BenchDatabase, rows: Row[]) {
  const env = {
    ...database.env,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SAMSKAP_DEMO_PASSWORD: password,
  };
  const generated = await generate(env, m, scale);
  const summary = generated.output.trim().split('\n').at(-1) ?? '';
  process.stdout.write(
    `\nscale ${scale} on ${database.kind}: generate ${fmt(generated.ms / 1000, 1)} s (${summary})\n`,
  );
  const children: Child[] = [];
  const dir = tempDir('http-bare');
  try {
    const samskap = await startOnFreePort(
      [join(root, 'bin', 'samskap.js'), 'serve'],
      env,
      children,
    );
    await waitFor200(`${samskap.base}/sv`, samskap.child, performance.now());
    const session = await logInAsBrowser(samskap.base, signedInAs, password);
    const list = (await (
      await fetch(`${samskap.base}/api/v1/municipalities/${m}/initiatives?pageSize=1`)
    ).json()) as { total: number; items: { id: string }[] };
    const matters = (await (
      await fetch(`${samskap.base}/api/v1/municipalities/${m}/matters`)
    ).json()) as { items: { id: string; phase: string }[] };
    const ids: Ids = {
      initiative: list.items[0]?.id ?? '',
      matter: (matters.items.find((x) => x.phase === 'open') ?? matters.items[0])?.id ?? '',
    };
    const specs = [];
    for (const [i, k] of kinds.entries()) {
      const headers: Record<string, string> = k.signedIn ? { cookie: session.cookie } : {};
      const res = await fetch(samskap.base + k.path(ids), { headers });
      if (res.status !== 200) throw new Error(`${k.path(ids)} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      const file = join(dir, `kind-${i}.body`);
      writeFileSync(file, body);
      const type = res.headers.get('content-type') ?? '';
      specs.push({ path: `/k/${i}`, file, type, headers, size: body.length });
    }
    const routesFile = join(dir, 'routes.json');
    writeFileSync(routesFile, JSON.stringify(specs));
    const bare = await startOnFreePort(
      ['-e', bareServerSource],
      { BENCH_ROUTES: routesFile },
      children,
    );
    await waitFor200(`${bare.base}/k/0`, bare.child, performance.now());
    process.stdout.write(
      `${list.total} public initiatives; ${connections} connections, ${seconds} s per measurement after ${warmupSeconds} s warm-up, ${rounds} round(s)\n`,
    );
    for (let round = 1; round <= rounds; round++) {
      for (const [i, k] of kinds.entries()) {
        const spec = specs[i];
        if (!spec) continue;
        // Alternating Samskap and bare per kind keeps both under the same machine conditions.
        const target = { samskap: samskap.base + k.path(ids), bare: bare.base + spec.path };
        const got: Partial<Record<'samskap' | 'bare', Measured>> = {};
        for (const label of ['samskap', 'bare'] as const) {
          const opts = { connections, headers: spec.headers };
          await measure(target[label], { ...opts, seconds: warmupSeconds });
          got[label] = await measure(target[label], { ...opts, seconds });
        }
        const row: Row = {
          scale,
          kind: k.name,
          samskap: got.samskap as Measured,
          bare: got.bare as Measured,
          kb: spec.size / 1024,
          html: spec.type.startsWith('text/html'),
        };
        rows.push(row);
        process.stdout.write(`${line(row)}\n`);
      }
    }
  } finally {
    for (const c of children) await stop(c, 5_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

function line(r: Row): string {
  const s = r.samskap;
  const ratio = s.rps / r.bare.rps;
  const bad = s.bad + r.bare.bad;
  return `  ${r.kind.padEnd(26)} samskap ${fmt(s.rps).padStart(6)} req/s | bare ${fmt(r.bare.rps).padStart(6)} req/s | ratio ${fmt(ratio, 2)} | p95 ${fmt(s.p95, 1).padStart(6)} ms p99 ${fmt(s.p99, 1).padStart(6)} ms | ${fmt(r.kb, 1).padStart(6)} KB${bad ? `  (non-200/errors: samskap ${s.bad}, bare ${r.bare.bad})` : ''}`;
}

/** The issue's targets, checked on what this run measured. */
function verdicts(rows: Row[]): string[] {
  const out: string[] = [];
  const last = Math.max(...scales);
  for (const [scale, min] of [
    [1, targets.demo],
    [100, targets.hundred],
  ] as const) {
    const at = rows.filter((r) => r.scale === scale);
    if (at.length === 0) continue;
    const missed = at.filter((r) => r.samskap.rps / r.bare.rps < min).map((r) => r.kind);
    out.push(
      `ratio >= ${min} at scale ${scale}: ${missed.length ? `MISSED by ${[...new Set(missed)].join(', ')}` : 'met'}`,
    );
  }
  const top = rows.filter((r) => r.scale === last);
  if (targets.p99 !== null && last === 100) {
    const slow = top.filter((r) => r.samskap.p99 > (targets.p99 ?? 0)).map((r) => r.kind);
    out.push(
      `p99 <= ${targets.p99} ms at scale 100: ${slow.length ? `MISSED by ${slow.join(', ')}` : 'met'}`,
    );
  }
  if (last === 100) {
    const big = top.filter((r) => r.html && r.kb > maxHtmlKb).map((r) => r.kind);
    out.push(
      `no HTML over ${maxHtmlKb} KB at scale 100: ${big.length ? `MISSED by ${big.join(', ')}` : 'met'}`,
    );
  }
  return out;
}

async function main() {
  const rows: Row[] = [];
  for (const scale of scales) {
    const database = await newDatabase(`http-${scale}`, serverUrl);
    try {
      await benchScale(scale, database, rows);
    } finally {
      await database.remove();
    }
  }
  process.stdout.write(`\n${verdicts(rows).join('\n')}\n`);
}

await main();
