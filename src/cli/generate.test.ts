import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../db/client.ts';
import { loadVerdict } from '../domains/decisions/verify.ts';
import { buildDemo, type DemoTarget } from '../domains/styrning/demo/build.ts';
import { copyTarget } from '../domains/styrning/demo/copies.ts';
import { sv } from '../domains/styrning/demo/texts.ts';
import { demoId } from '../lib/demo-id.ts';
import { generateDemoContent } from '../seed/generate.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { type GenerateIo, progressPrinter, runGenerateCommand } from './generate.ts';

// How each table of the builder is scoped to one municipality. Initiatives that Dialog's demo
// proposals became are not the builder's.
const steeringInitiatives = `select id from initiatives where municipality_id = $1
  and id not in (select initiative_id from proposals where initiative_id is not null)`;
const viaInitiative = (table: string) =>
  `select count(*)::int as n from ${table} where initiative_id in (${steeringInitiatives})`;
const scopes: Record<string, string> = {
  // Steering's decisions: Dialog's demo decides matters in the same chain.
  decisions: `select count(*)::int as n from decisions where municipality_id = $1 and not (adopts @> '[{"kind": "matter"}]'::jsonb)`,
  stories: 'select count(*)::int as n from future_story_versions where municipality_id = $1',
  goals: 'select count(*)::int as n from goals where municipality_id = $1',
  indicators:
    'select count(*)::int as n from indicators where goal_id in (select id from goals where municipality_id = $1)',
  indicatorMeasurements:
    'select count(*)::int as n from indicator_measurements where indicator_id in (select i.id from indicators i join goals g on g.id = i.goal_id where g.municipality_id = $1)',
  capabilities: 'select count(*)::int as n from capabilities where municipality_id = $1',
  systems: 'select count(*)::int as n from systems where municipality_id = $1',
  departmentSystems:
    'select count(*)::int as n from department_systems where system_id in (select id from systems where municipality_id = $1)',
  initiatives: `select count(*)::int as n from (${steeringInitiatives}) i`,
  participants: viaInitiative('initiative_participants'),
  transitions: viaInitiative('stage_transitions'),
  contributions: viaInitiative('goal_contributions'),
  costs: viaInitiative('initiative_costs'),
  dependencies: viaInitiative('initiative_dependencies'),
  risks: viaInitiative('initiative_risks'),
  competences: viaInitiative('initiative_competences'),
  initiativeSystems: viaInitiative('initiative_systems'),
  benefits: viaInitiative('benefits'),
  benefitMeasurements:
    'select count(*)::int as n from benefit_measurements where benefit_id in (select b.id from benefits b join initiatives i on i.id = b.initiative_id where i.municipality_id = $1)',
  settings: 'select count(*)::int as n from steering_settings where municipality_id = $1',
};

/** Rows of a query whose `$1` is the municipality (a fixed code of the test, never input). */
async function select<T>(database: Database, query: string, municipalityId: string) {
  const done = await database.db.execute(sql.raw(query.replaceAll('$1', `'${municipalityId}'`)));
  return (done as unknown as { rows: T[] }).rows;
}

async function counts(database: Database, municipalityId: string) {
  const out: Record<string, number> = {};
  for (const [table, query] of Object.entries(scopes))
    out[table] = (await select<{ n: number }>(database, query, municipalityId))[0]?.n ?? 0;
  return out;
}

/** What `scale` copies hold by the builder's own plan: the demo (variant 0) and copies 2..scale. */
function expectedCounts(municipalityId: string, scale: number, seed: number) {
  const uuid = (key: string) => demoId('test', key);
  const base: DemoTarget = {
    id: municipalityId,
    slug: 'x',
    name: 'X',
    currency: 'SEK',
    texts: sv,
    lang: 0,
    departmentIds: [0, 1, 2, 3, 4].map((i) => uuid(`department:${i}`)),
    councilId: uuid('council'),
    committeeId: uuid('committee'),
    bodyNames: { [uuid('council')]: 'Kommunfullmäktige', [uuid('committee')]: 'Nämnden' },
    lastDecision: null,
    variant: 0,
  };
  const out: Record<string, number> = {};
  const add = (built: ReturnType<typeof buildDemo>) => {
    for (const [table, rows] of Object.entries(built)) out[table] = (out[table] ?? 0) + rows.length;
  };
  add(buildDemo(base));
  for (let n = 2; n <= scale; n++) add(buildDemo(copyTarget(base, n, seed)));
  return out;
}

/** The generated rows of a municipality, without the ids that each database draws itself. */
async function rowsOf(database: Database, municipalityId: string) {
  const q = (text: string) => select<unknown>(database, text, municipalityId);
  return {
    initiatives: await q(
      `select i.id, i.title, i.stage, i.ratings, i.is_public, i.requirements, d.name as department
         from initiatives i join departments d on d.id = i.department_id
        where i.id in (${steeringInitiatives}) order by i.id`,
    ),
    costs: await q(
      `select c.initiative_id, c.year, c.investment, c.running from initiative_costs c
         join initiatives i on i.id = c.initiative_id where i.municipality_id = $1
        order by c.initiative_id, c.year`,
    ),
    measurements: await q(
      `select m.id, m.value, m.measured_on from benefit_measurements m join benefits b on b.id = m.benefit_id
         join initiatives i on i.id = b.initiative_id where i.municipality_id = $1 order by m.id`,
    ),
    decisions: await q(
      `select id, sequence, decided_on, text, paragraph from decisions where municipality_id = $1
         and not (adopts @> '[{"kind": "matter"}]'::jsonb) order by sequence`,
    ),
  };
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'samskap-generate-'));
  dirs.push(dir);
  return dir;
};

function io() {
  const out = { stdout: '', stderr: '' };
  const given: GenerateIo = {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    isTTY: false,
    env: { LOG_LEVEL: 'silent', SAMSKAP_DEMO_PASSWORD: 'a demo password for the generator' },
  };
  return { out, given };
}

const onServer = process.env.TEST_DATABASE_URL;

// The command on the embedded database in a directory of its own, as a user runs it.
describe.skipIf(onServer)('samskap generate', () => {
  const dataDir = tempDir();
  let generated: Awaited<ReturnType<typeof rowsOf>>;
  let before: Record<string, number>;

  beforeAll(async () => {
    const { out, given } = io();
    const code = await runGenerateCommand(
      ['--municipality', 'SE-0127', '--scale', '2', '--seed', '7', '--data-dir', dataDir],
      given,
    );
    expect(code, out.stderr).toBe(0);
    expect(out.stderr).toContain('1/1 copies');
    expect(out.stdout).toContain('Botkyrka (SE-0127) has 2 × the demo');
    const database = await openPglite(dataDir);
    try {
      before = await counts(database, 'SE-0127');
      generated = await rowsOf(database, 'SE-0127');
      const { verdict } = await loadVerdict(database, 'SE-0127', { signatures: 'all' });
      expect(verdict.ok, JSON.stringify(verdict.failure)).toBe(true);
    } finally {
      await database.close();
    }
  }, 120_000);

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('fills the municipality with scale times the demo, as the builder plans it', () => {
    expect(before).toEqual(expectedCounts('SE-0127', 2, 7));
    expect(before.initiatives).toBe(2 * (expectedCounts('SE-0127', 1, 7).initiatives ?? 0));
  });

  it('makes the same rows from the same seed, and others from another', async () => {
    for (const [seed, same] of [
      [7, true],
      [8, false],
    ] as const) {
      const database = await createTestDatabase({ content: 'demo' });
      try {
        const ctx = { db: database.db, now: () => new Date() };
        const result = await generateDemoContent(ctx, {
          municipalityId: 'SE-0127',
          scale: 2,
          seed,
        });
        expect(result.ok).toBe(true);
        const rows = await rowsOf(database, 'SE-0127');
        if (same) expect(rows).toEqual(generated);
        else expect(rows.costs).not.toEqual(generated.costs);
      } finally {
        await database.close();
      }
    }
  });

  it('refuses an unknown municipality, a bad scale or a second run, and changes nothing', async () => {
    const refused: [string[], string][] = [
      [['--municipality', 'SE-9999', '--scale', '2'], 'No municipality has the code SE-9999'],
      [['--scale', '2'], 'Name the municipality'],
      [['--municipality', 'SE-0127', '--scale', '0'], '--scale must be a whole number'],
      [['--municipality', 'SE-0127', '--scale=-1'], '--scale must be a whole number'],
      [['--municipality', 'SE-0127', '--scale', 'abc'], '--scale must be a whole number'],
      [['--municipality', 'SE-0127', '--scale', '10001'], 'from 1 to 10000'],
      [['--municipality', 'SE-0127', '--scale', '2', '--seed', 'x'], '--seed must be'],
    ];
    for (const [args, message] of refused) {
      const { out, given } = io();
      expect(
        await runGenerateCommand([...args, '--data-dir', dataDir], given),
        args.join(' '),
      ).toBe(2);
      expect(out.stderr).toContain(message);
      // A mistake is found before any database is opened: a fresh directory stays empty.
      const fresh = tempDir();
      await runGenerateCommand([...args, '--data-dir', fresh], io().given);
      expect(readdirSync(fresh)).toEqual([]);
    }
    const again = io();
    const code = await runGenerateCommand(
      ['--municipality', 'SE-0127', '--scale', '3', '--data-dir', dataDir],
      again.given,
    );
    expect(code).toBe(1);
    expect(again.out.stderr).toContain('already has steering content');
    const database = await openPglite(dataDir);
    try {
      expect(await counts(database, 'SE-0127')).toEqual(before);
    } finally {
      await database.close();
    }
  }, 120_000);
});

describe('generating for a municipality without the demo', () => {
  it('gives it the demo’s departments and bodies, and a decision chain that verifies', async () => {
    const database = await createTestDatabase({ content: 'demo' });
    try {
      const ctx = { db: database.db, now: () => new Date() };
      const result = await generateDemoContent(ctx, {
        municipalityId: 'NO-3201',
        scale: 3,
        seed: 5,
      });
      expect(result.ok).toBe(true);
      const c = await counts(database, 'NO-3201');
      expect(c.initiatives).toBe(expectedCounts('NO-3201', 3, 5).initiatives);
      expect(c.decisions).toBe(expectedCounts('NO-3201', 3, 5).decisions);
      const departments = await select(
        database,
        'select name from departments where municipality_id = $1',
        'NO-3201',
      );
      expect(departments).toHaveLength(5);
      const titles = await select(
        database,
        `select title from initiatives where municipality_id = $1 and title like '% (3)'`,
        'NO-3201',
      );
      expect(titles.length).toBe((c.initiatives ?? 0) / 3);
      const { verdict } = await loadVerdict(ctx, 'NO-3201', { signatures: 'all' });
      expect(verdict.ok, JSON.stringify(verdict.failure)).toBe(true);
      expect(verdict.length).toBe(c.decisions);
    } finally {
      await database.close();
    }
  }, 60_000);
});

describe('the progress of generate', () => {
  it('redraws one bar on a terminal, and prints a line a tenth otherwise', () => {
    for (const isTTY of [true, false]) {
      let text = '';
      const show = progressPrinter({ isTTY, stderr: (s) => (text += s) }, Date.now());
      for (let done = 0; done <= 99; done++) show(done, 99);
      if (isTTY) {
        expect(text.split('\r')).toHaveLength(101);
        expect(text).toContain('[##############################] 100 % 99/99 copies');
        expect(text.endsWith('\n')).toBe(true);
      } else {
        expect(text).not.toContain('\r');
        expect(text.trim().split('\n')).toHaveLength(11);
        expect(text).toContain('generate: 99/99 copies (100 %)');
      }
    }
  });
});
