import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { startServer } from '../../src/server.ts';
import { demoPasswordForTests } from '../../src/testing/test-app.ts';

export { demoPasswordForTests as demoPassword };

export type TestServer = {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The server's own database, for journeys that add fixtures of their own. */
  database: Database;
  close(): Promise<void>;
};

/**
 * The real HTTP server on a free port, with every municipality and the demo content, on its own
 * copy of the seeded data directory `seeded`. Browser journeys always run on PGlite: the
 * configuration is built here, so TEST_DATABASE_URL or DATABASE_URL in the environment play no
 * part; `env` adds settings of the journey's own.
 */
export async function startServerFrom(
  seeded: string,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samskap-e2e-'));
  await cp(seeded, dataDir, { recursive: true });
  const config = loadConfig({
    SAMSKAP_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SAMSKAP_DEMO_PASSWORD: demoPasswordForTests,
    RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    RATE_LIMIT_WRITES_PER_MINUTE: '10000',
    ...env,
  });
  const server = await startServer(config, { demo: true });
  return {
    url: server.url,
    database: server.database,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A server of the journey's own, on a copy of the database seeded once for the run (see
 * global-setup.ts): for a journey that adds fixtures through the database handle, which only the
 * process holding the embedded database can do, or that needs settings of its own.
 */
export function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startServerFrom(inject('seededDataDir'), env);
}

/** The address of the server all other journeys share, started once per run by the global setup. */
export function sharedServerUrl(): string {
  return inject('sharedServerUrl');
}
