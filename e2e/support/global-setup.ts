import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/db/client.ts';
import { prepareDatabase } from '../../src/seed/prepare.ts';
import { demoPasswordForTests } from '../../src/testing/test-app.ts';
import { startServerFrom } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDataDir: string;
    sharedServerUrl: string;
  }
}

/**
 * Builds one embedded database with every municipality and the demo content, once per run, and
 * starts the one server the journeys share on a copy of it. The server runs in this process,
 * beside the worker that drives the browser, so pages render on one core while Chromium and the
 * checks use the other. Journeys with fixtures of their own start their own copy.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'samskap-e2e-seeded-'));
  const database = await openPglite(dir);
  try {
    await prepareDatabase(database, { demo: true, demoPassword: demoPasswordForTests });
  } finally {
    await database.close();
  }
  const shared = await startServerFrom(dir);
  project.provide('seededDataDir', dir);
  project.provide('sharedServerUrl', shared.url);
  return async () => {
    await shared.close();
    await rm(dir, { recursive: true, force: true });
  };
}
