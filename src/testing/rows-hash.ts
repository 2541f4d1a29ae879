import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

/**
 * Tables that any request may write, so a change to them says nothing about a refused request:
 * - `sessions`: signing in, out and registering add and remove sessions;
 * - `rate_limits`: every write counts a hit for its user, every wrong password a failure;
 * - `oidc_logins`: any visitor may start a login with a municipality's provider, which keeps the
 *   login's state until the provider answers;
 * - `case_looks`: anyone working in a municipality who opens a shared case notes that their own
 *   municipality has looked at it.
 */
export const tablesWrittenByAnyRequest = [
  'sessions',
  'rate_limits',
  'oidc_logins',
  'case_looks',
] as const;

/**
 * Columns that any request may write: using an API token records when it was last used.
 */
const columnsWrittenByAnyRequest: Readonly<Record<string, readonly string[]>> = {
  api_tokens: ['last_used_at'],
};

export type RowsHash = Readonly<Record<string, string>>;

/**
 * A hash of every row of every table in the public schema (but those above), per table, in one
 * statement: equal hashes before and after a request mean it changed no row, whatever the kind of
 * change (insert, delete, or an UPDATE that keeps the count).
 *
 * It is made of each row's version, not its text: the number of rows and the sum of the ids of
 * the transactions that wrote them (`xmin`). A transaction's id is larger than that of every row
 * already there, so rows written since (k of them, each with a larger id) can never sum to the
 * same as k rows they replaced: any insert, update or delete changes the pair. Several times
 * cheaper than reading every row as text, which the sweeps did twice per route. An UPDATE that
 * writes the same values counts as a change, as it is a write. Where some columns may change on
 * any request, the table's rows are read as text without them.
 */
export function rowsHasher(db: Db): () => Promise<RowsHash> {
  let statement: ReturnType<typeof sql.raw> | undefined;
  return async () => {
    statement ??= await hashStatement(db);
    const hashed = statement;
    const result = (await db.transaction(async (tx) => {
      // Without statistics (a database just copied from its template) a server plans the hundred
      // small aggregates with parallel workers, whose start costs five times the reading itself.
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return tx.execute(hashed);
    })) as { rows: { t: string; h: string }[] };
    return Object.fromEntries(result.rows.map((r) => [r.t, r.h]));
  };
}

async function hashStatement(db: Db) {
  const listed = (await db.execute(
    sql`select c.table_name::text as "table", c.column_name::text as "column"
        from information_schema.columns c
        join pg_tables p on p.schemaname = c.table_schema and p.tablename = c.table_name
        where c.table_schema = 'public'
        order by c.table_name, c.ordinal_position`,
  )) as { rows: { table: string; column: string }[] };
  const columns = new Map<string, string[]>();
  for (const { table, column } of listed.rows) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table) || !/^[a-z_][a-z0-9_]*$/.test(column)) {
      throw new Error(`unexpected name ${table}.${column}`);
    }
    columns.set(table, [...(columns.get(table) ?? []), column]);
  }
  const skipped = new Set<string>(tablesWrittenByAnyRequest);
  const parts = [...columns]
    .filter(([table]) => !skipped.has(table))
    .map(([table, all]) => {
      const dropped = columnsWrittenByAnyRequest[table];
      if (!dropped) {
        return `select '${table}' as t, count(*) || ':' || coalesce(sum(x.xmin::text::bigint), 0) as h from "${table}" x`;
      }
      const row = `row(${all
        .filter((c) => !dropped.includes(c))
        .map((c) => `x."${c}"`)
        .join(', ')})::text`;
      return `select '${table}' as t, md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as h from "${table}" x`;
    });
  return sql.raw(parts.join(' union all '));
}

/** The tables whose rows differ between two hashes. */
export function changedTables(before: RowsHash, after: RowsHash): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
