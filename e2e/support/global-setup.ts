import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/db/client.ts';
import { prepareDatabase } from '../../src/seed/prepare.ts';
import { freshTemplate, keepTemplate, templateFolder } from '../../src/testing/template-cache.ts';
import { demoPasswordForTests } from '../../src/testing/test-app.ts';
import { startServerFrom } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDataDir: string;
    sharedServerUrl: string;
  }
}

/**
 * Builds one embedded database with every municipality and the demo content, once per run (or
 * takes the unit tests' demo template, see src/testing/template-cache.ts), and
 * starts the one server the journeys share on a copy of it. The server runs in this process,
 * beside the worker that drives the browser, so pages render on one core while Chromium and the
 * checks use the other. Journeys with fixtures of their own start their own copy.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'samskap-e2e-seeded-'));
  // The unit tests' demo template when they built it from these sources within the hour.
  const folder = templateFolder();
  const kept = freshTemplate(folder, 'demo');
  const database = await openPglite(dir, kept ? new Blob([await readFile(kept)]) : undefined);
  try {
    if (!kept) {
      await prepareDatabase(database, { demo: true, demoPassword: demoPasswordForTests });
      const dump = await database.dump?.();
      if (dump) keepTemplate(folder, 'demo', new Uint8Array(await dump.arrayBuffer()));
    }
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
