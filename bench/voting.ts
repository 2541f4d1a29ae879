/**
 * Voting in a large dialogue through the route a browser uses (the vote form's POST, with its
 * CSRF token and the participant's cookie), by many voters at once for a while: votes per second,
 * p95 and p99 per vote, and how long a vote takes to reach the opinion map. Two runs: the voters
 * as fast as they can (the most votes a second the servers take), then offering BENCH_RATE votes
 * a second together (the latency at that rate). The dialogue is
 * generated in SQL before the servers start: BENCH_STATEMENTS statements and BENCH_PARTICIPANTS
 * participants who have cast BENCH_VOTES_EACH votes each. On PostgreSQL two app processes share
 * the database and the voters; on PGlite there is one process, as PGlite allows.
 *
 *   npx tsx bench/voting.ts
 *   bash scripts/with-postgres.sh npx tsx bench/voting.ts
 *     BENCH_STATEMENTS=2000 BENCH_PARTICIPANTS=20000 BENCH_VOTES_EACH=10 (defaults)
 *     BENCH_VOTERS=200 BENCH_SECONDS=30 BENCH_RATE=1000 (defaults)
 *     BENCH_CPU_PROFILE=dir writes each app process's CPU profile there (node --cpu-prof)
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../src/db/client.ts';
import { refreshMaps } from '../src/domains/dialog/dialogues/map-worker.ts';
import { prepareDatabase } from '../src/seed/prepare.ts';
import {
  type Child,
  fmt,
  freePort,
  launch,
  percentile,
  root,
  stop,
  waitFor200,
} from './lib/child.ts';
import { newDatabase } from './lib/databases.ts';

const statements = Number(process.env.BENCH_STATEMENTS ?? 2000);
const participants = Number(process.env.BENCH_PARTICIPANTS ?? 20000);
const votesEach = Number(process.env.BENCH_VOTES_EACH ?? 10);
const voters = Number(process.env.BENCH_VOTERS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const rate = Number(process.env.BENCH_RATE ?? 1000);
const profileDir = process.env.BENCH_CPU_PROFILE ?? '';
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const password = 'bench-password-1234';
const m = 'SE-0127';
const matterId = '00000000-0000-4000-8000-00000000b0b0';
const dialogueId = '00000000-0000-4000-8000-00000000d1a1';

/** The dialogue, in SQL: statements 0…S−1 plus a marker statement S that only the probe votes on. */
async function generateDialogue(env: Record<string, string>) {
  const database = serverUrl
    ? await openPostgres(env.DATABASE_URL ?? '', 4)
    : await openPglite(env.SAMSKAP_DATA_DIR);
  try {
    await prepareDatabase(database, { demo: true, demoPassword: password });
    const db = database.db;
    const started = performance.now();
    await db.execute(sql`
      insert into matters (id, municipality_id, title, summary, body_id, planned_decision_on)
      select ${matterId}, ${m}, 'Mätning av röstning', 'Ett stort ärende för mätningen.', id,
        (now() + interval '60 days')::date
      from decision_bodies where municipality_id = ${m} limit 1`);
    await db.execute(sql`
      insert into dialogues (id, matter_id, municipality_id, question, opens_at, closes_at)
      values (${dialogueId}, ${matterId}, ${m}, 'Vad tycker du?', now() - interval '1 day',
        now() + interval '30 days')`);
    await db.execute(sql`
      insert into dialogue_statements (dialogue_id, number, text, normalised, is_seed)
      select ${dialogueId}, n, 'Påstående nummer ' || n, 'påstående nummer ' || n, false
      from generate_series(0, ${statements}) n`);
    await db.execute(sql`
      insert into dialogue_participants (dialogue_id, number, key_hash)
      select ${dialogueId}, n, md5('bench-' || n) from generate_series(0, ${participants - 1}) n`);
    // Two opinion groups: even and odd participants vote opposite on even and odd statements.
    await db.execute(sql`
      insert into dialogue_votes (dialogue_id, participant_id, statement_id, value)
      select ${dialogueId}, p.id, s.id,
        case when random() < 0.1 then 0
             when (p.number + s.number) % 2 = 0 then 1 else -1 end
      from dialogue_participants p
      cross join generate_series(1, ${votesEach}) k
      join dialogue_statements s on s.dialogue_id = ${dialogueId}
        and s.number = (p.number * 7919 + k * 104729) % ${statements}
      where p.dialogue_id = ${dialogueId}`);
    const generated = performance.now() - started;
    const mapStarted = performance.now();
    await refreshMaps(db);
    return { generated, mapMs: performance.now() - mapStarted };
  } finally {
    await database.close();
  }
}

type Voter = { base: string; cookie: string; token: string };

/** A voter as a browser is: the matter page first, for its cookies and the form's token. */
async function newVoter(base: string): Promise<Voter> {
  const page = `${base}/sv/municipalities/${m}/matters/${matterId}`;
  // A kept-alive connection the server closed as the request went out: a browser asks again.
  const res = await fetch(page).catch(() => fetch(page));
  const html = await res.text();
  const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, cookie, token };
}

/** Posts a vote; the response's status, or 0 when the connection failed (counted as failed). */
async function vote(v: Voter, statementId: string, value: string): Promise<number> {
  const res = await fetch(`${v.base}/sv/municipalities/${m}/matters/${matterId}/votes`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: v.cookie },
    body: new URLSearchParams({ _csrf: v.token, statementId, vote: value }).toString(),
  }).catch(() => undefined);
  if (!res) return 0;
  // The first vote gives the voter a participant key: kept, as a browser keeps it.
  const key = res.headers.getSetCookie().find((c) => c.includes('samskap_participant='));
  if (key) v.cookie = `${v.cookie}; ${key.split(';')[0]}`;
  await res.arrayBuffer();
  return res.status;
}

type Run = { times: number[]; statuses: Map<number, number>; rate: number; elapsed: number };

/**
 * Every voter votes until `seconds` have passed: as soon as the last vote is answered, or, given
 * `rate`, on a clock of its own so that all together offer `rate` votes a second; then a vote's
 * time counts from when it was due.
 */
async function run(
  crowd: Voter[],
  seconds: number,
  once: (v: Voter) => Promise<number>,
  rate?: number,
): Promise<Run> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const interval = rate ? (crowd.length / rate) * 1000 : 0;
  await Promise.all(
    crowd.map(async (v, i) => {
      const votes: Promise<void>[] = [];
      for (let k = 0; ; k++) {
        const due = rate
          ? started + (i / crowd.length) * interval + k * interval
          : performance.now();
        if (due >= deadline) break;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const cast = once(v).then((status) => {
          if (status === 303) times.push(performance.now() - due);
          else statuses.set(status, (statuses.get(status) ?? 0) + 1);
        });
        // Paced voters do not wait for the answer; the others do.
        if (rate) votes.push(cast);
        else await cast;
      }
      await Promise.all(votes);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { times, statuses, rate: times.length / elapsed, elapsed };
}

function report(label: string, r: Run) {
  const refused = [...r.statuses.values()].reduce((a, b) => a + b, 0);
  const detail = r.statuses.size
    ? ` (${[...r.statuses].map(([k, n]) => `${n}× ${k}`).join(', ')})`
    : '';
  process.stdout.write(
    `${label}: ${voters} voters, ${fmt(r.elapsed, 1)} s: ${fmt(r.rate)} votes/s, p50 ${fmt(percentile(r.times, 50), 1)} ms, p95 ${fmt(percentile(r.times, 95), 1)} ms, p99 ${fmt(percentile(r.times, 99), 1)} ms, ${refused} refused or failed${detail}\n`,
  );
}

type Detail = {
  statements: { id: string; number: number }[];
  map: { statements: { number: number; votes: { agree: number } }[] } | null;
};

async function main() {
  const database = await newDatabase('voting', serverUrl);
  const children: Child[] = [];
  try {
    // Every voter comes from this one address: the per-address write limit is lifted, as it
    // would not bind residents voting from addresses of their own.
    const env = {
      ...database.env,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SAMSKAP_DEMO_PASSWORD: password,
      RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
    };
    const { generated, mapMs } = await generateDialogue(env);
    const totalVotes = participants * votesEach;
    process.stdout.write(
      `${database.kind}: ${statements} statements, ${participants} participants, ${totalVotes} votes generated in ${fmt(generated / 1000, 1)} s; first map ${fmt(mapMs)} ms\n`,
    );
    const processes = serverUrl ? 2 : 1;
    const bases: string[] = [];
    for (let i = 0; i < processes; i++) {
      const port = await freePort();
      const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
      const child = launch(
        process.execPath,
        [...profile, join(root, 'bin', 'samskap.js'), 'serve'],
        {
          ...env,
          PORT: String(port),
        },
      );
      children.push(child);
      bases.push(`http://127.0.0.1:${port}`);
      await waitFor200(`${bases[i]}/sv`, child, performance.now());
    }
    const api = `${bases[0]}/api/v1/municipalities/${m}/matters/${matterId}`;
    const detail = (await (await fetch(api)).json()) as Detail;
    const ids = detail.statements.filter((s) => s.number < statements).map((s) => s.id);
    const marker = detail.statements.find((s) => s.number === statements)?.id ?? '';
    const crowd = await Promise.all(
      Array.from({ length: voters }, (_, i) => newVoter(bases[i % processes] ?? '')),
    );
    const names = ['agree', 'disagree', 'pass'];
    const randomVote = (v: Voter) =>
      vote(
        v,
        ids[Math.floor(Math.random() * ids.length)] ?? '',
        names[Math.floor(Math.random() * 3)] ?? 'pass',
      );
    let delay: number | undefined;
    // Halfway through the first run, a new participant votes on the marker statement; the map is
    // watched for it.
    const probe = (async () => {
      await new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
      const v = await newVoter(bases[processes - 1] ?? '');
      const cast = performance.now();
      await vote(v, marker, 'agree');
      for (;;) {
        const d = (await (await fetch(api)).json()) as Detail;
        const seen = d.map?.statements.find((s) => s.number === statements)?.votes.agree ?? 0;
        if (seen > 0) {
          delay = performance.now() - cast;
          return;
        }
        if (performance.now() - cast > 60_000) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // As fast as they can: each voter votes again as soon as the last vote is answered, which
    // finds the most votes a second the servers take (with 200 always waiting, not the latency).
    const flat = await run(crowd, seconds, randomVote);
    await probe;
    report('as fast as they can', flat);
    // At the target rate: the voters together offer `rate` votes a second, each on its own clock
    // whether or not the last was answered, and a vote's time counts from when it was due, so a
    // server that falls behind shows it in the latency (no coordinated omission).
    const paced = await run(crowd, seconds, randomVote, rate);
    report(`offered ${fmt(rate)} votes/s`, paced);
    process.stdout.write(
      `a vote reached the map in ${delay === undefined ? 'more than a minute' : `${fmt(delay / 1000, 1)} s`}\n`,
    );
    const p95 = percentile(paced.times, 95);
    process.stdout.write(
      `targets on PostgreSQL: >= 1000 votes/s ${flat.rate >= 1000 && paced.rate >= 0.98 * rate && rate >= 1000 ? 'met' : 'MISSED'}, p95 <= 50 ms at ${fmt(rate)} votes/s offered ${p95 <= 50 ? 'met' : 'MISSED'}, map within 5 s ${delay !== undefined && delay <= 5000 ? 'met' : 'MISSED'}\n`,
    );
  } finally {
    for (const c of children) await stop(c, 10_000);
    await database.remove();
  }
}

await main();
