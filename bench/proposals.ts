/**
 * Residents' proposals at the size of a large municipality: BENCH_PROPOSALS proposals in Botkyrka
 * in every status, spread over four years, with BENCH_SUPPORTS supports by BENCH_USERS accounts
 * (one per proposal and person), generated in SQL with a progress bar before the server starts.
 * Then:
 *   1. in process, the queries the list page sends with a status filter on its first page and on a
 *      late one, asked for the first time and again: they must be the same;
 *   2. the list page with a status filter (first and late page, as a visitor and as Botkyrka's
 *      admin) at 32 connections against a bare node:http server returning the same bytes;
 *   3. BENCH_SUPPORTERS people, signed in through the login form as a browser is, each support one
 *      new proposal at once through its form, a share of them twice at the same moment; then the
 *      proposal's count, its rows and the supporters told it worked must be one and the same;
 *   4. a kept page of other content (the initiatives list, as Botkyrka's admin) at 32 connections
 *      while BENCH_STREAMERS people support one proposal after another: with supports announced
 *      as residents' activity (as shipped) and, in the same run, with the proposal's content
 *      trigger put back on every column (as before migration 0036), which forgets every kept page
 *      at each support.
 *
 *   bash scripts/with-postgres.sh npx tsx bench/proposals.ts   (after `npm run build`)
 *     BENCH_PROPOSALS=10000 BENCH_SUPPORTS=500000 BENCH_USERS=50000 (defaults)
 *     BENCH_SUPPORTERS=200 BENCH_TWICE=0.25 BENCH_SECONDS=5 (defaults)
 *     BENCH_EXPLAIN=1 prints the late page's query plans with their timings
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openPglite, openPostgres } from '../src/db/client.ts';
import { listProposals } from '../src/domains/dialog/proposals/proposal-lists.queries.ts';
import { PAGE_SIZE } from '../src/domains/dialog/proposals/proposals.routes.tsx';
import { hashPassword } from '../src/domains/identity/passwords.ts';
import type { ProposalState } from '../src/engines/proposal-rules/index.ts';
import { prepareDatabase } from '../src/seed/prepare.ts';
import { againstBare, bareCopies } from './lib/bare-copies.ts';
import { logInAsBrowser } from './lib/browser-login.ts';
import { type Child, fmt, root, startOnFreePort, stop, tempDir, waitFor200 } from './lib/child.ts';
import { newDatabase } from './lib/databases.ts';
import { measure } from './lib/load.ts';
import { inSlices, medianMs } from './lib/progress.ts';

const proposalCount = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const supportCount = Number(process.env.BENCH_SUPPORTS ?? 500_000);
const userCount = Number(process.env.BENCH_USERS ?? 50_000);
const supporters = Math.min(userCount, Number(process.env.BENCH_SUPPORTERS ?? 200));
const twiceShare = Number(process.env.BENCH_TWICE ?? 0.25);
const seconds = Math.max(1, Number(process.env.BENCH_SECONDS ?? 5));
const streamers = Math.min(userCount, Number(process.env.BENCH_STREAMERS ?? 20));
/** Proposals the streamers support one after another, each once per streamer and phase. */
const streamProposals = 2_000;
const streamId = (i: number) =>
  `00000000-0000-4000-8000-${(0x5000000 + i).toString(16).padStart(12, '0')}`;
const connections = 32;
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const password = 'bench-password-1234';
const m = 'SE-0127';
/** The proposal the supporters all support at once; made apart, with no support before. */
const targetId = '00000000-0000-4000-8000-0000000e0f51';
/** The threshold of every generated proposal: the reached ones have at least this many. */
const threshold = 100;
/** The issue's target: the list page, filters on, p95 at 32 connections. */
const targetP95 = 200;

async function rowsOf<T>(database: Database, query: SQL): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * The status of proposal g, by g mod 100: few drafts, screenings and refusals, a sixth collecting,
 * most long closed (expired, answered), some withdrawn. The reached ones (past the threshold,
 * with the body, answered) are the ones with the most support.
 */
const stateOf = sql.raw(`case
  when g % 100 < 2 then 'draft' when g % 100 < 4 then 'screening' when g % 100 < 7 then 'refused'
  when g % 100 < 23 then 'collecting' when g % 100 < 27 then 'thresholdReached'
  when g % 100 < 62 then 'expired' when g % 100 < 66 then 'withBody'
  when g % 100 < 92 then 'answered' else 'withdrawn' end`);

const topics = sql.raw(
  `(array['environment','traffic','schools','culture','care','housing','leisure','other'])`,
);
const titles = sql.raw(`(array['Fler papperskorgar vid','Belysning på gångvägen vid',
  'Utegym vid','Säkrare övergångsställe vid','Längre öppettider för biblioteket i',
  'Hundrastgård i','Cykelbana mellan skolan och','Fler parkbänkar i'])`);
const districts = sql.raw(`(array['Alby','Fittja','Hallunda','Norsborg','Tumba','Tullinge',
  'Vårsta','Eriksberg'])`);

/** The users, proposals and supports, in SQL. */
async function generateProposals(database: Database) {
  const run = (query: SQL) => database.db.execute(query);
  // One real hash, reused: every account logs in with the same password, as a browser would.
  const hash = await hashPassword(password);
  await inSlices('users', userCount, (from, to) =>
    run(sql`
      insert into users (email, name, password_hash, created_at)
      select 'invanare-' || n || '@bench.example', 'Invånare ' || n, ${hash},
        now() - interval '5 years' + (n % 1500) * interval '1 day'
      from generate_series(${from}::int, ${to - 1}::int) n`),
  );
  await run(sql`create table bench_users as
    select row_number() over (order by u.email) - 1 as n, u.id from users u
    where u.email like '%@bench.example'`);
  await run(sql`create unique index on bench_users (n)`);
  // Created over four years, oldest first, so the closed ones are the old ones; a proposal's
  // dates follow from its creation: a week in screening, 90 days' collection, six months with
  // the body.
  await inSlices('proposals', proposalCount, (from, to) =>
    run(sql`
      with made as (
        select g, ${stateOf} as state,
          now() - interval '4 years'
            + (g::float8 / ${proposalCount}::int) * interval '4 years' as created
        from generate_series(${from}::int, ${to - 1}::int) g
      )
      insert into proposals (municipality_id, title, body, topic, district, author_id, state,
        threshold, submitted_at, screened_at, refusal, refusal_note, expires_at,
        threshold_reached_at, received_by_body_at, body_deadline, answer, answer_reason,
        answer_decision, answered_at, forget_supporters_at, withdrawn_at, created_at)
      select ${m}, ${titles}[1 + g % 8] || ' ' || ${districts}[1 + (g / 8) % 8] || ' (' || g || ')',
        'Jag föreslår att kommunen ser över detta. Många i området har frågat efter det, '
          || 'och det skulle göra vardagen enklare för både barn och äldre.',
        ${topics}[1 + g % 8], ${districts}[1 + (g / 8) % 8],
        (select id from bench_users where n = (g * 7) % ${userCount}::int),
        state,
        case when state in ('draft', 'screening') then null else ${threshold}::int end,
        case when state = 'draft' then null else created + interval '1 hour' end,
        case when state in ('draft', 'screening') then null else created + interval '7 days' end,
        case when state = 'refused' then 'remit' end,
        case when state = 'refused' then 'Frågan ligger utanför kommunens ansvar.' end,
        case when state in ('draft', 'screening', 'refused') then null
          when state = 'collecting' then greatest(created + interval '97 days',
            now() + interval '1 day' + (g % 60) * interval '1 day')
          else created + interval '97 days' end,
        case when state in ('thresholdReached', 'withBody', 'answered')
          then created + interval '40 days' end,
        case when state in ('withBody', 'answered') then created + interval '98 days' end,
        case when state in ('withBody', 'answered') then created + interval '278 days' end,
        case when state = 'answered' then (array['accepted','partly','rejected'])[1 + g % 3] end,
        case when state = 'answered' then 'Nämnden har prövat förslaget.' end,
        case when state = 'answered' then 'KS ' || g || '/' || (2022 + g % 4) end,
        case when state = 'answered' then created + interval '200 days' end,
        case when state = 'answered' then created + interval '230 days' end,
        case when state = 'withdrawn' then created + interval '30 days' end,
        created
      from made`),
  );
  // Supports per proposal: the reached ones the threshold and more, the other public ones less;
  // the rest of BENCH_SUPPORTS spread by a weight of 1…100 from the proposal's id, the last few
  // one more each so that the sum is exact. Supporter k of a proposal is user (7919·n + k) mod U,
  // so a proposal's supporters are distinct while it has at most U of them.
  await run(sql`create table bench_props as
    select row_number() over (order by p.created_at, p.id) - 1 as n, p.id,
      p.state in ('thresholdReached', 'withBody', 'answered') as reached,
      1 + power(abs(hashtext(p.id::text)) % 100, 2) / 100.0 as w, 0 as k
    from proposals p
    where p.municipality_id = ${m} and p.id <> ${targetId}
      and p.state in ('collecting', 'thresholdReached', 'expired', 'withBody', 'answered', 'withdrawn')
      and p.author_id in (select id from bench_users)`);
  await run(sql`
    with sums as (
      select sum(case when reached then ${threshold}::int else 0 end) as base, sum(w) as weights
      from bench_props
    )
    update bench_props b set k = least(${userCount}::int,
      case when b.reached then ${threshold}::int else 0 end
        + floor(b.w * greatest(0, ${supportCount}::int - s.base) / s.weights))
    from sums s`);
  await run(sql`
    with short as (select ${supportCount}::int - sum(k) as missing from bench_props),
      ranked as (select id, row_number() over (order by n) as r from bench_props)
    update bench_props b set k = b.k + 1
    from ranked, short where ranked.id = b.id and ranked.r <= short.missing`);
  await run(sql`create unique index on bench_props (n)`);
  const [counted] = await rowsOf<{ n: number; sum: number }>(
    database,
    sql`select count(*)::int as n, sum(k)::int as sum from bench_props`,
  );
  const props = counted?.n ?? 0;
  // About one in five known through e-ID, as the counts on the page tell apart.
  await inSlices('supports', props, (from, to) =>
    run(sql`
      insert into proposal_supports (proposal_id, user_id, verified, tell_me, created_at)
      select b.id, u.id, (u.n % 5 = 0), (u.n % 3 = 0),
        p.created_at + interval '8 days' + (j % 80) * interval '1 day'
      from bench_props b
      join proposals p on p.id = b.id
      cross join lateral generate_series(0, b.k - 1) j
      join bench_users u on u.n = (b.n * 7919 + j) % ${userCount}::int
      where b.n >= ${from} and b.n < ${to}`),
  );
  await run(sql`
    update proposals p set support_verified = c.verified, support_unverified = c.unverified
    from (select proposal_id, count(*) filter (where verified)::int as verified,
            count(*) filter (where not verified)::int as unverified
          from proposal_supports group by proposal_id) c
    where c.proposal_id = p.id`);
  // The proposal everyone supports at once: collecting, no support yet, a threshold far off.
  await run(sql`
    insert into proposals (id, municipality_id, title, body, topic, district, state, threshold,
      submitted_at, screened_at, expires_at)
    values (${targetId}, ${m}, 'Plaskdamm i Tumba', 'En plaskdamm för barnen i Tumba centrum.',
      'leisure', 'Tumba', 'collecting', 100000, now() - interval '8 days',
      now() - interval '7 days', now() + interval '83 days')`);
  // The proposals the streamers support one after another, apart from the list's.
  const streamIds = Array.from({ length: streamProposals }, (_, i) => streamId(i));
  await run(sql`
    insert into proposals (id, municipality_id, title, body, topic, district, state, threshold,
      submitted_at, screened_at, expires_at, created_at)
    select id::uuid, ${m}, 'Sandlåda ' || n, 'En sandlåda till i parken.', 'leisure', 'Alby',
      'collecting', 100000, now() - interval '8 days', now() - interval '7 days',
      now() + interval '83 days', now() - interval '8 days'
    from unnest(${sql.raw(`array[${streamIds.map((i) => `'${i}'`).join(',')}]`)}) with ordinality as s(id, n)`);
  await run(sql`drop table bench_props`);
  await run(sql`drop table bench_users`);
  await run(sql`analyze`);
  return counted?.sum ?? 0;
}

/** Every generated support is counted on its proposal, and no proposal counts one it lacks. */
async function countsMatchRows(database: Database) {
  const [row] = await rowsOf<{ off: number; rows: number; counted: number }>(
    database,
    sql`select count(*) filter (where p.support_total <> coalesce(s.n, 0) + p.support_paper)::int as off,
      coalesce(sum(s.n), 0)::int as rows, sum(p.support_total - p.support_paper)::int as counted
    from proposals p
    left join (select proposal_id, count(*) as n from proposal_supports group by proposal_id) s
      on s.proposal_id = p.id
    where p.municipality_id = ${m}
      -- A decided proposal's supporters are forgotten after a while, and its counts stay.
      and (p.forget_supporters_at is null or p.forget_supporters_at > now())`,
  );
  return row ?? { off: -1, rows: 0, counted: 0 };
}

/**
 * The queries each list page sends, counted on the database handle of an app in this process,
 * after one request to the unfiltered list has loaded what every page shares (the municipality,
 * the registry): the first request for the page and the same again. Then where a request's time
 * goes: the whole request, and the list's own two queries alone (median of 20 each).
 */
async function queriesPerPage(
  database: Database,
  pages: { path: string; state: ProposalState; page: number }[],
) {
  const config = loadConfig({ LOG_LEVEL: 'silent', SAMSKAP_DEMO_PASSWORD: password });
  const { app, services } = createApp({
    config,
    database,
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
  });
  await services.readModels.whenAttached();
  await services.visitorPages.whenAttached();
  const ask = async (path: string) => {
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
  };
  await ask(`/sv/municipalities/${m}/proposals`);
  const counted = [];
  for (const { path, state, page } of pages) {
    const once = async () => {
      const before = database.queriesSent();
      await ask(path);
      return database.queriesSent() - before;
    };
    const first = await once();
    const again = await once();
    const requestMs = await medianMs(20, () => ask(path));
    const range = { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
    const queriesMs = await medianMs(20, () =>
      listProposals(database.db, { municipalityId: m, states: [state] }, range),
    );
    counted.push({ path, first, again, requestMs, queriesMs });
  }
  return counted;
}

/** The plans of the late page's two queries as `listProposals` sends them, with their timings. */
async function explainLatePage(database: Database, page: number) {
  const where = sql`p.municipality_id = ${m} and p.state in ('expired')`;
  for (const query of [
    sql`select count(*) from proposals p where ${where}`,
    sql`select p.*, place.name from proposals p join municipalities place on place.id = p.municipality_id
      where ${where} order by p.created_at desc, p.id asc
      offset ${(page - 1) * PAGE_SIZE} limit ${PAGE_SIZE}`,
  ]) {
    const plan = await rowsOf<{ 'QUERY PLAN': string }>(
      database,
      sql`explain (analyze, buffers) ${query}`,
    );
    process.stdout.write(`${plan.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}\n`);
  }
}

/** Runs `work` over `items`, at most `width` at a time. */
async function limited<T, R>(items: T[], width: number, work: (t: T) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T);
    }),
  );
  return out;
}

/**
 * Every supporter logs in (a few at a time, as the login's hashing is meant to be slow), then all
 * post the support form at once; a share of them post it twice at the same moment. Returns who
 * was told it worked (a 303 to the page with `proposalSupported`) and every other answer.
 */
async function supportAtOnce(base: string) {
  const emails = Array.from(
    { length: supporters },
    (_, i) => `invanare-${(i * 97) % userCount}@bench.example`,
  );
  const loginStarted = performance.now();
  const sessions = await limited(emails, 8, (email) => logInAsBrowser(base, email, password));
  const loginMs = performance.now() - loginStarted;
  const path = `/sv/municipalities/${m}/proposals/${targetId}/support`;
  const post = async (s: { cookie: string; csrf: string }) => {
    const res = await fetch(base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: s.cookie },
      body: new URLSearchParams({ _csrf: s.csrf }).toString(),
    }).catch((error: Error) => error);
    if (res instanceof Error) return `failed: ${res.message}`;
    await res.arrayBuffer();
    const to = res.headers.get('location') ?? '';
    return res.status === 303 && to.includes('done=proposalSupported') ? 'supported' : res.status;
  };
  const started = performance.now();
  const answers = await Promise.all(
    sessions.map(async (s, i) => {
      const twice = i < Math.round(supporters * twiceShare);
      return Promise.all(twice ? [post(s), post(s)] : [post(s)]);
    }),
  );
  const ms = performance.now() - started;
  const told = answers.filter((a) => a.includes('supported')).length;
  const toldTwice = answers.filter((a) => a.filter((x) => x === 'supported').length > 1).length;
  const others = new Map<string, number>();
  for (const a of answers.flat()) {
    if (a !== 'supported') others.set(String(a), (others.get(String(a)) ?? 0) + 1);
  }
  const posts = answers.flat().length;
  return { loginMs, ms, told, toldTwice, others, posts };
}

/** The proposal's content trigger as before migration 0036: every column, a support too. */
const contentOnEveryColumn = [
  sql`drop trigger proposals_content_changed on proposals`,
  sql`create trigger proposals_content_changed after insert or update or delete or truncate
    on proposals for each statement execute function samskap_notify_change('samskap_content')`,
];
/** Migration 0036's own statements, to put back what the phase before changed. */
const contentBesideCounts = async (database: Database) => {
  const migration = readFileSync(
    join(root, 'src/db/migrations/0036_supports_announced_as_activity.sql'),
    'utf8',
  );
  for (const statement of migration.split('--> statement-breakpoint')) {
    if (statement.includes('proposals_support_counted')) continue;
    await database.db.execute(sql.raw(statement));
  }
};

/**
 * The initiatives list as `admin` at 32 connections for BENCH_SECONDS while the streamers
 * support the stream proposals one after another, each as fast as answers come. The stream's
 * supports are deleted first, so every phase supports the same proposals afresh.
 */
async function pageWhileSupporting(
  base: string,
  check: Database,
  streaming: { cookie: string; csrf: string }[],
  admin: { cookie: string },
) {
  const ids = Array.from({ length: streamProposals }, (_, i) => streamId(i));
  const inStream = sql.raw(`(${ids.map((i) => `'${i}'`).join(',')})`);
  await check.db.execute(sql`delete from proposal_supports where proposal_id in ${inStream}`);
  await check.db.execute(sql`update proposals set support_verified = 0, support_unverified = 0
    where id in ${inStream}`);
  const page = `${base}/sv/municipalities/${m}/initiatives`;
  // Warm: the page kept before the load.
  await measure(page, { connections, seconds: 1, headers: { cookie: admin.cookie } });
  let stop = false;
  let supported = 0;
  let refused = 0;
  const stream = streaming.map(async (s, k) => {
    for (let j = 0; !stop && j < ids.length; j++) {
      const id = ids[(j + k * 97) % ids.length];
      const res = await fetch(`${base}/sv/municipalities/${m}/proposals/${id}/support`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: s.cookie },
        body: new URLSearchParams({ _csrf: s.csrf }).toString(),
      });
      await res.arrayBuffer();
      if (res.status === 303) supported++;
      else refused++;
    }
  });
  const started = performance.now();
  // Supports alone first, then with the page asked for as well.
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const alone = supported / ((performance.now() - started) / 1000);
  const withPage = supported;
  const pageStarted = performance.now();
  const measured = await measure(page, {
    connections,
    seconds,
    headers: { cookie: admin.cookie },
  });
  const supportsPerSecond = (supported - withPage) / ((performance.now() - pageStarted) / 1000);
  stop = true;
  await Promise.all(stream);
  return { measured, alone, supportsPerSecond, refused };
}

async function main() {
  const database = await newDatabase('proposals', serverUrl);
  const children: Child[] = [];
  const dir = tempDir('proposals-bare');
  const verdicts: string[] = [];
  const latePage = Math.max(2, Math.floor((proposalCount * 0.35) / PAGE_SIZE) - 5);
  const list = `/sv/municipalities/${m}/proposals`;
  const filtered = [
    { name: 'expired, page 1', path: `${list}?state=expired`, state: 'expired', page: 1 },
    {
      name: `expired, page ${latePage}`,
      path: `${list}?state=expired&page=${latePage}`,
      state: 'expired',
      page: latePage,
    },
    { name: 'collecting, page 1', path: `${list}?state=collecting`, state: 'collecting', page: 1 },
  ] as const;
  try {
    const opened = serverUrl
      ? await openPostgres(database.env.DATABASE_URL ?? '', 4)
      : await openPglite(database.env.SAMSKAP_DATA_DIR);
    try {
      await prepareDatabase(opened, { demo: true, demoPassword: password });
      process.stdout.write(
        `${database.kind}: ${proposalCount} proposals, ${supportCount} supports, ${userCount} users in ${m}\n`,
      );
      const started = performance.now();
      const supports = await generateProposals(opened);
      const counts = await countsMatchRows(opened);
      process.stdout.write(
        `generated in ${fmt((performance.now() - started) / 1000, 1)} s: ${supports} supports planned, ${counts.rows} rows, ${counts.counted} counted on the proposals, ${counts.off} proposals whose count differs from their rows\n`,
      );
      const counted = await queriesPerPage(opened, [...filtered]);
      for (const c of counted) {
        process.stdout.write(
          `  ${c.path}: ${c.first} queries the first time, ${c.again} again; in process (median of 20) ${fmt(c.requestMs, 1)} ms a request, of which its two queries ${fmt(c.queriesMs, 1)} ms\n`,
        );
      }
      if (process.env.BENCH_EXPLAIN === '1') await explainLatePage(opened, latePage);
      const [one, late] = counted;
      const same = one && late && one.first === late.first && one.again === late.again;
      verdicts.push(
        `constant queries per page (page 1 and page ${latePage}, filtered): ${same ? 'met' : 'MISSED'} (${one?.first}/${one?.again} and ${late?.first}/${late?.again})`,
      );
    } finally {
      await opened.close();
    }
    const env = {
      ...database.env,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SAMSKAP_DEMO_PASSWORD: password,
      // Every supporter comes from this one address: the per-address limits are lifted, as they
      // would not bind residents on addresses of their own.
      RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
      RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
    };
    const samskap = await startOnFreePort(
      [join(root, 'bin', 'samskap.js'), 'serve'],
      env,
      children,
    );
    await waitFor200(`${samskap.base}/sv`, samskap.child, performance.now());
    const admin = await logInAsBrowser(samskap.base, 'admin@botkyrka.example', password);
    const kinds = [
      ...filtered.map((k) => ({ ...k, headers: {} as Record<string, string> })),
      {
        name: `admin, expired, page ${latePage}`,
        path: filtered[1]?.path ?? '',
        headers: { cookie: admin.cookie },
      },
    ];
    const bare = await bareCopies(samskap.base, kinds, dir, children);
    process.stdout.write(
      `${connections} connections, ${seconds} s per measurement after 2 s warm-up\n`,
    );
    for (const [i, k] of kinds.entries()) {
      const { s } = await againstBare(samskap.base, bare, k, i, {
        connections,
        seconds,
        nameWidth: 30,
      });
      verdicts.push(
        `list p95 <= ${targetP95} ms (${k.name}): ${s.p95 <= targetP95 && s.bad === 0 ? 'met' : 'MISSED'} (${fmt(s.p95, 1)} ms)`,
      );
    }
    const supported = await supportAtOnce(samskap.base);
    const check = serverUrl ? await openPostgres(database.env.DATABASE_URL ?? '', 1) : undefined;
    if (check) {
      const emails = Array.from(
        { length: streamers },
        (_, i) => `invanare-${(i * 101 + 13) % userCount}@bench.example`,
      );
      const streaming = await limited(emails, 8, (email) =>
        logInAsBrowser(samskap.base, email, password),
      );
      process.stdout.write(
        `the initiatives list (kept, as admin) at ${connections} connections while ${streamers} people support one proposal after another:\n`,
      );
      // Shipped, before, shipped again: the first round also warms the server's code paths.
      const first = await pageWhileSupporting(samskap.base, check, streaming, admin);
      for (const statement of contentOnEveryColumn) await check.db.execute(statement);
      const before = await pageWhileSupporting(samskap.base, check, streaming, admin);
      await contentBesideCounts(check);
      const shipped = await pageWhileSupporting(samskap.base, check, streaming, admin);
      for (const [name, r] of [
        ['supports as activity (1st)', first],
        ['supports as content (before)', before],
        ['supports as activity (2nd)', shipped],
      ] as const) {
        process.stdout.write(
          `  ${name.padEnd(32)} ${fmt(r.alone)} supports/s alone | with the page: page ${fmt(r.measured.rps).padStart(6)} req/s, p95 ${fmt(r.measured.p95, 1)} ms, p99 ${fmt(r.measured.p99, 1)} ms${r.measured.bad ? ` (${r.measured.bad} not 200)` : ''}, ${fmt(r.supportsPerSecond)} supports/s${r.refused ? ` (${r.refused} refused)` : ''}\n`,
        );
      }
      process.stdout.write(
        `  ratio shipped (2nd)/before: supports alone ${fmt(shipped.alone / before.alone, 2)}×; with the page: page ${fmt(shipped.measured.rps / before.measured.rps, 2)}×, supports ${fmt(shipped.supportsPerSecond / before.supportsPerSecond, 2)}×\n`,
      );
    }
    let after = { total: -1, rows: -1, distinct: -1 };
    if (check) {
      try {
        const [row] = await rowsOf<{ total: number; rows: number; distinct: number }>(
          check,
          sql`select p.support_total::int as total,
            (select count(*)::int from proposal_supports s where s.proposal_id = p.id) as rows,
            (select count(distinct user_id)::int from proposal_supports s where s.proposal_id = p.id) as distinct
          from proposals p where p.id = ${targetId}`,
        );
        if (row) after = row;
      } finally {
        await check.close();
      }
    }
    const others = [...supported.others].map(([k, n]) => `${n}× ${k}`).join(', ') || 'none';
    process.stdout.write(
      `${supporters} supporters logged in in ${fmt(supported.loginMs / 1000, 1)} s, then posted ${supported.posts} supports at once (${Math.round(supporters * twiceShare)} twice) in ${fmt(supported.ms)} ms: ${supported.told} told it worked (${supported.toldTwice} told twice); other answers: ${others}\n`,
    );
    process.stdout.write(
      `  the proposal counts ${after.total}, has ${after.rows} rows from ${after.distinct} people\n`,
    );
    const exact =
      after.total === after.rows &&
      after.rows === after.distinct &&
      after.rows === supported.told &&
      supported.told === supporters &&
      supported.toldTwice === 0;
    verdicts.push(
      `${supporters} supporters at once, no lost or double support: ${exact ? 'met' : 'MISSED'} (count ${after.total}, rows ${after.rows}, told ${supported.told})`,
    );
    process.stdout.write(
      `targets on ${database.kind}:\n${verdicts.map((v) => `  ${v}`).join('\n')}\n`,
    );
  } catch (error) {
    for (const c of children) {
      const { exitCode, signalCode } = c.process;
      process.stderr.write(
        `${c.output().slice(-4000)}\n(exit ${exitCode}, signal ${signalCode})\n`,
      );
    }
    throw error;
  } finally {
    for (const c of children) await stop(c, 5_000);
    await database.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
