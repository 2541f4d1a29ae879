import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/db/client.ts';
import { prepareDatabase } from '../../src/seed/prepare.ts';
import { demoPasswordForTests } from '../../src/testing/test-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDataDir: string;
  }
}

/**
 * Builds one embedded database with every municipality and the demo content, once per run;
 * each journey's server starts on a copy of its directory instead of seeding its own.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'samskap-e2e-seeded-'));
  const database = await openPglite(dir);
  try {
    await prepareDatabase(database, { demo: true, demoPassword: demoPasswordForTests });
  } finally {
    await database.close();
  }
  project.provide('seededDataDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
