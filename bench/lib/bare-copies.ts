import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { bareServerSource, type Child, fmt, startOnFreePort, waitFor200 } from './child.ts';
import { type Measured, measure } from './load.ts';

/** One GET on a connection of its own (the start-up poll's pooled connections are not reused). */
export function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(parts),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A page to measure against its bare copy: a name for the report, its path, who asks. */
export type Kind = { name: string; path: string; headers?: Record<string, string> };

/**
 * Asks Samskap once for each kind (printing how long the first answer took and its size) and
 * starts a bare node:http server answering the same bytes at `/k/<index>`. Returns its address.
 */
export async function bareCopies(
  samskap: string,
  kinds: readonly Kind[],
  dir: string,
  children: Child[],
): Promise<string> {
  const specs = [];
  for (const [i, k] of kinds.entries()) {
    const asked = performance.now();
    const res = await get(samskap + k.path, k.headers);
    if (res.status !== 200) throw new Error(`${k.path} answered ${res.status}`);
    process.stdout.write(
      `  first answer to ${k.name}: ${fmt(performance.now() - asked)} ms, ${fmt(res.body.length / 1024, 1)} KB\n`,
    );
    const file = join(dir, `kind-${i}.body`);
    writeFileSync(file, res.body);
    specs.push({ path: `/k/${i}`, file, type: res.type });
  }
  const routesFile = join(dir, 'routes.json');
  writeFileSync(routesFile, JSON.stringify(specs));
  const bare = await startOnFreePort(
    ['-e', bareServerSource],
    { BENCH_ROUTES: routesFile },
    children,
  );
  await waitFor200(`${bare.base}/k/0`, bare.child, performance.now());
  return bare.base;
}

/**
 * Kind `i` measured on Samskap and on its bare copy, one after the other, each after 2 s of
 * warm-up; prints one line with both, the ratio and Samskap's p95 and p99.
 */
export async function againstBare(
  samskap: string,
  bare: string,
  kind: Kind,
  i: number,
  opts: { connections: number; seconds: number; nameWidth: number },
): Promise<{ s: Measured; b: Measured }> {
  const run = async (url: string, headers: Record<string, string> = {}) => {
    await measure(url, { connections: opts.connections, seconds: 2, headers });
    return measure(url, { connections: opts.connections, seconds: opts.seconds, headers });
  };
  const s = await run(samskap + kind.path, kind.headers);
  const b = await run(`${bare}/k/${i}`);
  process.stdout.write(
    `  ${kind.name.padEnd(opts.nameWidth)} samskap ${fmt(s.rps).padStart(6)} req/s | bare ${fmt(b.rps).padStart(6)} req/s | ratio ${fmt(s.rps / b.rps, 3)} | p95 ${fmt(s.p95, 1).padStart(7)} ms p99 ${fmt(s.p99, 1).padStart(7)} ms${s.bad ? ` (${s.bad} not 200)` : ''}\n`,
  );
  return { s, b };
}
