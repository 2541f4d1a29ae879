import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../../db/client.ts';
import { projectPath } from '../../lib/paths.ts';

const migrations = projectPath('src', 'db', 'migrations');
const dirs: string[] = [];
let database: Database | undefined;
afterAll(async () => {
  await database?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The migrations folder as it was up to and including migration `last`. */
function migrationsUpTo(last: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'samskap-migrations-'));
  dirs.push(dir);
  cpSync(migrations, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  for (const e of journal.entries.filter((e) => e.idx > last)) rmSync(join(dir, `${e.tag}.sql`));
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const rows = async (db: Database['db'], query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

describe('migration 0022', () => {
  it('replaces every stored e-ID subject by its hash, and a subject used as a name', async () => {
    database = await openPglite(undefined);
    const db = database.db;
    const pglite = db as unknown as PgliteDatabase;
    await migrate(pglite, { migrationsFolder: migrationsUpTo(21) });
    await db.execute(sql`insert into counties values ('SE-01', 'SE', '01', 'Stockholms län')`);
    await db.execute(
      sql`insert into municipalities (id, country, code, name, county_id)
          values ('SE-0127', 'SE', '0127', 'Botkyrka', 'SE-01')`,
    );
    const [named, unnamed] = await rows(
      db,
      sql`insert into users (email, name) values ('a@example.org', 'Anna'),
          ('b@oidc.invalid', '198112189876') returning id`,
    );
    await db.execute(sql`insert into external_identities (user_id, municipality_id, issuer, subject)
      values (${named?.id}, 'SE-0127', 'https://broker.example', '197001011234'),
             (${unnamed?.id}, 'SE-0127', 'https://broker.example', '198112189876')`);

    await migrate(pglite, { migrationsFolder: migrations });

    const hex = (subject: string) =>
      createHash('sha256')
        .update(`samskap-oidc-subject\nSE-0127\nhttps://broker.example\n${subject}`, 'utf8')
        .digest('hex');
    const after = await rows(
      db,
      sql`select e.*, u.name from external_identities e join users u on u.id = e.user_id
          order by u.email`,
    );
    expect(after.map((r) => [r.name, r.subject_hash, 'subject' in r])).toEqual([
      ['Anna', hex('197001011234'), false],
      ['e-ID', hex('198112189876'), false],
    ]);
    expect(JSON.stringify(after)).not.toMatch(/197001011234|198112189876/);
  });
});
