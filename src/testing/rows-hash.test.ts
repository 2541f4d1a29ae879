import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { changedTables, rowsHasher } from './rows-hash.ts';
import { createTestDatabase } from './test-database.ts';

// The sweeps trust this hash to say whether a refused request wrote anything: each kind of write
// must change it, and only writes may.
let database: Database;
let hash: ReturnType<typeof rowsHasher>;
beforeAll(async () => {
  database = await createTestDatabase();
  hash = rowsHasher(database.db);
});
afterAll(async () => {
  await database?.close();
});

/** The tables whose hash `write` changed. */
async function changedBy(write: () => Promise<unknown>) {
  const before = await hash();
  await write();
  return changedTables(before, await hash());
}

const run = (statement: ReturnType<typeof sql>) => () => database.db.execute(statement);

describe('the hash of every row', () => {
  it('stays the same when nothing is written', async () => {
    expect(await changedBy(run(sql`select count(*) from municipalities`))).toEqual([]);
  });

  it('changes with an insert, an update and a delete, in the table written only', async () => {
    const department = sql`insert into departments (municipality_id, name)
      values ('SE-0127', 'Hashavdelningen') returning id`;
    expect(await changedBy(run(department))).toEqual(['departments']);
    expect(
      await changedBy(
        run(sql`update departments set name = 'Omdöpt' where name = 'Hashavdelningen'`),
      ),
    ).toEqual(['departments']);
    expect(await changedBy(run(sql`delete from departments where name = 'Omdöpt'`))).toEqual([
      'departments',
    ]);
  });

  it('changes when a row is replaced by another, so the count stays the same', async () => {
    await database.db.execute(
      sql`insert into departments (municipality_id, name) values ('SE-0127', 'Första')`,
    );
    const replaced = await changedBy(() =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`delete from departments where name = 'Första'`);
        await tx.execute(
          sql`insert into departments (municipality_id, name) values ('SE-0127', 'Andra')`,
        );
      }),
    );
    expect(replaced).toEqual(['departments']);
  });

  it('changes when an update writes the values the row already had', async () => {
    expect(
      await changedBy(run(sql`update municipalities set name = name where id = 'SE-0127'`)),
    ).toContain('municipalities');
  });

  it('does not change when a transaction that wrote is rolled back', async () => {
    const rolledBack = await changedBy(() =>
      database.db
        .transaction(async (tx) => {
          await tx.execute(sql`update municipalities set name = 'Fel' where id = 'SE-0127'`);
          throw new Error('roll back');
        })
        .catch(() => undefined),
    );
    expect(rolledBack).toEqual([]);
  });
});
