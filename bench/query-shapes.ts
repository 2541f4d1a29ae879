/**
 * What a list query costs in PGlite by the shape of its result: the initiatives list's 13 columns
 * over 4,000 rows (100× the demo) is the baseline, measured in the same run as fewer columns,
 * every column, rows as arrays, the whole list as one JSON value (`json_agg`), and one page of 25.
 * The table mirrors `initiatives` joined to its department, in a PGlite of its own (no server), so
 * the figures are the database call and its result parsing alone.
 *
 *   npx tsx bench/query-shapes.ts          # BENCH_ROWS=4000, BENCH_ITERATIONS=40
 */
import { PGlite } from '@electric-sql/pglite';
import { fmt } from './lib/child.ts';

const rowCount = Math.max(25, Number(process.env.BENCH_ROWS ?? 4000));
const iterations = Math.max(5, Number(process.env.BENCH_ITERATIONS ?? 40));

const db = await PGlite.create();
await db.exec(`
  create table departments (id uuid primary key default gen_random_uuid(), name text not null);
  create table initiatives (
    id uuid primary key default gen_random_uuid(),
    municipality_id text not null,
    department_id uuid not null references departments(id),
    title text not null, problem text not null, idea text not null,
    stage text not null, is_public boolean not null, requirements jsonb not null,
    ratings jsonb not null, mandatory boolean not null, starts_on date, ends_on date,
    owner_name text not null, created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(), total_cost float8 not null
  );
  create index on initiatives (municipality_id, title, id);
  insert into departments (name) select 'Förvaltning ' || n from generate_series(1, 12) n;
  insert into initiatives (municipality_id, department_id, title, problem, idea, stage, is_public,
      requirements, ratings, mandatory, starts_on, ends_on, owner_name, total_cost)
    select 'SE-0127', (select id from departments order by name offset (n % 12) limit 1),
      'Satsning ' || n, repeat('Problemet som satsningen löser. ', 12),
      repeat('Idén och hur den prövas. ', 12),
      (array['idea','assessed','prioritised','pilot','scaling','operation'])[1 + n % 6],
      n % 3 <> 0, '{"needAnalysis":true,"costEstimate":true,"architectureFit":false}',
      '{"urgency":3,"feasibility":4,"risk":2,"reuse":1}', n % 10 = 0,
      date '2025-01-01' + (n % 700), date '2027-01-01' + (n % 900), 'Ägare ' || (n % 40),
      (n * 7919 % 5000000)::float8
    from generate_series(1, ${rowCount}) n;
  analyze;
`);

const listColumns = `i.id, i.title, i.stage, i.is_public, i.mandatory, i.department_id,
  d.name as department_name, i.starts_on, i.ends_on, i.owner_name, i.updated_at, i.total_cost,
  null::float8 as rank`;
const from = `from initiatives i join departments d on d.id = i.department_id
  where i.municipality_id = 'SE-0127'`;

const shapes: { name: string; run: () => Promise<unknown> }[] = [
  {
    name: `list columns (13), ${rowCount} rows`,
    run: () => db.query(`select ${listColumns} ${from} order by i.title, i.id`),
  },
  {
    name: `5 columns, ${rowCount} rows`,
    run: () =>
      db.query(
        `select i.id, i.title, i.stage, d.name, i.total_cost ${from} order by i.title, i.id`,
      ),
  },
  {
    name: `every column (19), ${rowCount} rows`,
    run: () => db.query(`select i.*, d.name ${from} order by i.title, i.id`),
  },
  {
    name: `list columns as arrays, ${rowCount} rows`,
    run: () =>
      db.query(`select ${listColumns} ${from} order by i.title, i.id`, [], { rowMode: 'array' }),
  },
  {
    name: `list columns as one json_agg row`,
    run: () =>
      db.query(
        `select json_agg(t) as rows from (select ${listColumns} ${from} order by i.title, i.id) t`,
      ),
  },
  {
    name: `list columns as one json_agg text, JSON.parse`,
    run: async () => {
      const result = await db.query<{ rows: string }>(
        `select json_agg(t)::text as rows from (select ${listColumns} ${from} order by i.title, i.id) t`,
      );
      return JSON.parse(result.rows[0]?.rows ?? '[]');
    },
  },
  {
    name: `one page: list columns, 25 rows`,
    run: () =>
      db.query(
        `select ${listColumns} ${from} order by i.title, i.id limit 25 offset ${Math.max(0, Math.floor(rowCount / 2))}`,
      ),
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

// Interleaved rounds, so a burst of load elsewhere falls on every shape alike.
const times = new Map<string, number[]>(shapes.map((s) => [s.name, []]));
for (const shape of shapes) await shape.run(); // warm-up: plans, caches, JIT
for (let round = 0; round < iterations; round++) {
  for (const shape of shapes) {
    const start = process.hrtime.bigint();
    await shape.run();
    times.get(shape.name)?.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}

const baseline = median(times.get(shapes[0]?.name ?? '') ?? []);
console.log(`PGlite, ${rowCount} rows, median of ${iterations} interleaved rounds`);
for (const shape of shapes) {
  const ms = median(times.get(shape.name) ?? []);
  console.log(
    `${shape.name.padEnd(48)} ${fmt(ms, 1).padStart(8)} ms   ratio to the list columns ${fmt(ms / baseline, 2)}`,
  );
}
await db.close();
