import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import {
  assertChannel,
  listenOnServer,
  type OnNotify,
  type Subscription,
} from './notifications.ts';

/**
 * The database handle every `*.queries.ts` function takes; a transaction is one too. Queries are
 * typed by the domains' own table objects, so the handle needs no schema (and `db/` imports none).
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export type PoolStats = { total: number; idle: number; waiting: number };

/** An open database: PGlite (embedded) or a PostgreSQL server pool. */
export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  poolStats(): PoolStats;
  /** Hears NOTIFY on `channel` from every connection and process once the writer commits. */
  subscribe(channel: string, onNotify: OnNotify): Promise<Subscription>;
  /** How many queries the handle has sent since it was opened (pages are held to a few each). */
  queriesSent(): number;
  /** PGlite only: the whole cluster as a tarball (used to start test databases from a template). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
};

/**
 * PostgreSQL's defaults reserve 128 MB of shared buffers and 64 MB for index builds, and PGlite
 * touches the buffers when it starts: an idle server held 447 MB with them, 334 MB with these
 * (bench/memory.ts, bench/RESULTS.md). The data directory's files stay in the operating system's
 * cache anyway, and what pages read most is kept as read models.
 */
const PGLITE_MEMORY = ['-c', 'shared_buffers=32MB', '-c', 'maintenance_work_mem=16MB'];

/** Drizzle tells its logger of every query it sends; this one only counts them. */
function queryCounter() {
  return {
    sent: 0,
    logQuery() {
      this.sent++;
    },
  };
}

/**
 * Opens PGlite in `dataDir` (created when missing), or in memory when `dataDir` is undefined;
 * `template` (a `dumpDataDir` tarball) starts it from a copy instead of an empty cluster.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: dataDir ?? 'memory://',
    extensions: { unaccent, pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY],
    ...(template ? { loadDataDir: template } : {}),
  });
  const counter = queryCounter();
  const db = drizzlePglite(client, { logger: counter }) as unknown as Db;
  let busy = 0;
  return {
    db,
    kind: 'pglite',
    queriesSent: () => counter.sent,
    dump: () => client.dumpDataDir('none'),
    async ping() {
      busy++;
      try {
        await client.query('select 1');
      } finally {
        busy--;
      }
    },
    poolStats: () => ({ total: 1, idle: busy === 0 ? 1 : 0, waiting: 0 }),
    async subscribe(channel, onNotify) {
      assertChannel(channel);
      // One process, one connection: a notification arrives with the result of the committing query.
      const unlisten = await client.listen(channel, () => onNotify());
      return {
        live: () => !client.closed,
        close: () => (client.closed ? Promise.resolve() : unlisten()),
      };
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

/** Opens a pool on a PostgreSQL server. */
export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const counter = queryCounter();
  const db = drizzleNodePg(pool, { logger: counter }) as unknown as Db;
  const subscriptions = new Set<Subscription>();
  let closed = false;
  return {
    db,
    kind: 'postgres',
    queriesSent: () => counter.sent,
    async ping() {
      await db.execute(sql`select 1`);
    },
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    async subscribe(channel, onNotify) {
      const subscription = await listenOnServer(url, channel, onNotify);
      subscriptions.add(subscription);
      // Closed while the first connection was being opened: it must not outlive the pool.
      if (closed) await subscription.close();
      return subscription;
    },
    async close() {
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      await pool.end();
    },
  };
}
