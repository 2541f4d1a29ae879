import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { type Database, openPglite, openPostgres } from './client.ts';

export class DatabaseBusyError extends Error {}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data
 * directory. PGlite serves one process only, so a lock file refuses a second opener with a clear
 * message instead of letting two processes corrupt the data.
 */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databasePoolSize);
  const lockFile = join(config.dataDir, 'samskap.lock');
  if (existsSync(lockFile)) {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) {
      throw new DatabaseBusyError(
        `The data directory ${config.dataDir} is in use by another Samskap process (pid ${pid}). ` +
          'Stop it first (the embedded database serves one process), or set DATABASE_URL to use a PostgreSQL server.',
      );
    }
  }
  const database = await openPglite(config.dataDir);
  writeFileSync(lockFile, String(process.pid));
  return {
    ...database,
    async close() {
      await database.close();
      rmSync(lockFile, { force: true });
    },
  };
}
