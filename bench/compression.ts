/**
 * Transfer sizes of the five heaviest pages, signed in as an admin: uncompressed (the baseline),
 * gzip and Brotli, as the server sends them, and the median time to the last byte of each over
 * loopback, so the cost of compressing shows next to what it saves.
 *
 *   npx tsx bench/compression.ts     (BENCH_REQUESTS=N per page and encoding, default 20)
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { logInAsBrowser } from './lib/browser-login.ts';
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

const requests = Math.max(1, Number(process.env.BENCH_REQUESTS ?? 20));
const password = 'bench-password-1234';
const municipality = '/sv/municipalities/SE-0127';

type Fetched = { status: number; encoding: string; bytes: Buffer; ms: number };

/** One GET with raw bytes (nothing decoded on the way), the session cookie and an Accept-Encoding. */
function get(base: string, path: string, cookie: string, acceptEncoding: string): Promise<Fetched> {
  const url = new URL(path, base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie, 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
          bytes: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs a prioritisation scenario through its form (the demo has none) and returns its page. */
async function runScenario(base: string, session: { cookie: string; csrf: string }) {
  const weights = [
    'goalContribution',
    'benefitCost',
    'urgency',
    'feasibility',
    'risk',
    'reusePotential',
  ];
  const res = await fetch(`${base}${municipality}/prioritisation/scenarios`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
    body: new URLSearchParams({
      _csrf: session.csrf,
      name: 'Budget 2027',
      year: '2027',
      budget: '20000000',
      ...Object.fromEntries(weights.map((w) => [`weight_${w}`, '1'])),
    }).toString(),
  });
  const location = res.headers.get('location');
  if (res.status !== 303 || !location) throw new Error(`running a scenario answered ${res.status}`);
  return new URL(location, base).pathname;
}

/** The first links on a page that match a pattern. */
async function links(base: string, path: string, cookie: string, pattern: RegExp) {
  const html = (await get(base, path, cookie, 'identity')).bytes.toString();
  return [...new Set([...html.matchAll(pattern)].map((m) => m[0]))];
}

/** Of some candidate pages, the one with the largest uncompressed body. */
async function heaviest(base: string, cookie: string, paths: string[]): Promise<string> {
  let best = { path: paths[0] ?? '', size: -1 };
  for (const path of paths.slice(0, 12)) {
    const size = (await get(base, path, cookie, 'identity')).bytes.length;
    if (size > best.size) best = { path, size };
  }
  return best.path;
}

async function main() {
  const dir = tempDir('compression');
  const children: Child[] = [];
  try {
    const port = await freePort();
    const child = launch(process.execPath, [join(root, 'bin', 'samskap.js'), 'serve'], {
      ...samskapEnv(port, dir),
      SAMSKAP_DEMO_PASSWORD: password,
    });
    children.push(child);
    const base = `http://127.0.0.1:${port}`;
    await waitFor200(`${base}/sv`, child, performance.now());
    const session = await logInAsBrowser(base, 'admin@botkyrka.example', password);
    const cookie = session.cookie;

    const initiative = await heaviest(
      base,
      cookie,
      await links(
        base,
        `${municipality}/initiatives`,
        cookie,
        /\/sv\/municipalities\/SE-0127\/initiatives\/[0-9a-f-]{36}/g,
      ),
    );
    const scenarios = await links(
      base,
      `${municipality}/prioritisation`,
      cookie,
      /\/sv\/municipalities\/SE-0127\/prioritisation\/scenarios\/[0-9a-f-]{36}/g,
    );
    const scenario = scenarios.length
      ? await heaviest(base, cookie, scenarios)
      : await runScenario(base, session);
    const pages = [
      { name: 'dashboard', path: `${municipality}/dashboard` },
      { name: 'initiative page', path: initiative },
      { name: 'prioritisation scenario', path: scenario },
      { name: 'roadmap', path: `${municipality}/roadmap` },
      { name: 'goals', path: `${municipality}/goals` },
    ];

    process.stdout.write(
      `compression: ${pages.length} pages signed in as admin@botkyrka.example, ${requests} requests per page and encoding, median time to last byte over loopback\n`,
    );
    process.stdout.write(
      `${'page'.padEnd(26)}${'identity'.padStart(10)}${'gzip'.padStart(9)}${'br'.padStart(9)}  gzip/id  br/id   ms id / gzip / br\n`,
    );
    const totals = { identity: 0, gzip: 0, br: 0 };
    for (const p of pages) {
      if (!p.path) throw new Error(`no ${p.name} found`);
      const sizes: Record<string, number> = {};
      const times: Record<string, number> = {};
      let plain = Buffer.alloc(0);
      for (const enc of ['identity', 'gzip', 'br'] as const) {
        const ms: number[] = [];
        let last: Fetched | undefined;
        for (let i = 0; i < requests; i++) {
          last = await get(base, p.path, cookie, enc);
          if (last.status !== 200) throw new Error(`${p.path} answered ${last.status}`);
          ms.push(last.ms);
        }
        if (!last) continue;
        if (last.encoding !== enc)
          throw new Error(`${p.path}: asked for ${enc}, got ${last.encoding}`);
        const body =
          enc === 'br'
            ? brotliDecompressSync(last.bytes)
            : enc === 'gzip'
              ? gunzipSync(last.bytes)
              : last.bytes;
        if (enc === 'identity') plain = Buffer.from(body);
        // Pages carry a fresh form token per request, so compare lengths, not bytes.
        else if (Math.abs(body.length - plain.length) > 64)
          throw new Error(`${p.path}: ${enc} decodes to ${body.length} bytes, not ${plain.length}`);
        sizes[enc] = last.bytes.length;
        times[enc] = median(ms);
        totals[enc] += last.bytes.length;
      }
      const id = sizes.identity ?? 1;
      process.stdout.write(
        `${p.name.padEnd(26)}${fmt(id).padStart(10)}${fmt(sizes.gzip ?? 0).padStart(9)}${fmt(sizes.br ?? 0).padStart(9)}  ${fmt((sizes.gzip ?? 0) / id, 3).padStart(7)}  ${fmt((sizes.br ?? 0) / id, 3).padStart(5)}   ${fmt(times.identity ?? 0, 1)} / ${fmt(times.gzip ?? 0, 1)} / ${fmt(times.br ?? 0, 1)}\n`,
      );
      process.stdout.write(`${''.padEnd(26)}${p.path}\n`);
    }
    process.stdout.write(
      `${'all five'.padEnd(26)}${fmt(totals.identity).padStart(10)}${fmt(totals.gzip).padStart(9)}${fmt(totals.br).padStart(9)}  ${fmt(totals.gzip / totals.identity, 3).padStart(7)}  ${fmt(totals.br / totals.identity, 3).padStart(5)}\n`,
    );
  } finally {
    for (const c of children) await stop(c);
  }
}

await main();
