import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type Database, openPglite, openPostgres } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { prepareDatabase } from '../seed/prepare.ts';
import { seedRegistry } from '../seed/registry.ts';
import {
  freshTemplate,
  keepTemplate,
  type TemplateContent,
  templateFolder,
} from './template-cache.ts';
import { demoPasswordForTests } from './test-app.ts';

export type { TemplateContent };

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: the template clusters as tarball files. PostgreSQL: the template databases' names. */
    testTemplates: Record<TemplateContent, string>;
  }
}

/**
 * Builds the two templates every test database starts from, once per test run: migrated with the
 * municipality registry, and the same with the demo content (seeded with the tests' demo
 * password and the real clock). A file then copies one instead of running initdb, the migrations,
 * the registry import and the demo seed (≈0.5 s with its password hashes) again. On PGlite they
 * are kept for the next run of the same sources within the hour (template-cache.ts), which the
 * browser tests' server starts from too.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? postgresTemplates(project, serverUrl) : pgliteTemplates(project);
}

async function withRegistry(database: Database): Promise<void> {
  await migrate(database);
  await seedRegistry(database.db);
}

function withDemo(database: Database) {
  return prepareDatabase(database, { demo: true, demoPassword: demoPasswordForTests });
}

async function pgliteTemplates(project: TestProject) {
  const folder = templateFolder();
  const registry = freshTemplate(folder, 'registry');
  const demo = freshTemplate(folder, 'demo');
  if (registry && demo) {
    project.provide('testTemplates', { registry, demo });
    return;
  }
  const database = await openPglite(undefined);
  try {
    const save = async (content: TemplateContent) => {
      const dump = await database.dump?.();
      if (!dump) throw new Error('PGlite could not dump its data directory');
      return keepTemplate(folder, content, new Uint8Array(await dump.arrayBuffer()));
    };
    await withRegistry(database);
    const registry = await save('registry');
    await withDemo(database);
    const demo = await save('demo');
    project.provide('testTemplates', { registry, demo });
  } finally {
    await database.close();
  }
}

async function postgresTemplates(project: TestProject, serverUrl: string) {
  const suffix = randomBytes(4).toString('hex');
  const names = { registry: `samskap_template_${suffix}`, demo: `samskap_template_demo_${suffix}` };
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const build = async (name: string, from: string | undefined, fill: (d: Database) => unknown) => {
    await admin.query(`create database ${name}${from ? ` template ${from}` : ''}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.href, 2);
    try {
      await fill(database);
    } finally {
      // Copying needs the template free of connections: none may outlive this.
      await database.close();
    }
  };
  try {
    await build(names.registry, undefined, withRegistry);
    await build(names.demo, names.registry, withDemo);
  } catch (error) {
    await admin.end();
    throw error;
  }
  project.provide('testTemplates', names);
  return async () => {
    try {
      for (const name of Object.values(names))
        await admin.query(`drop database if exists ${name} with (force)`);
    } finally {
      await admin.end();
    }
  };
}
