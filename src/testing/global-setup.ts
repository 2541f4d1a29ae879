import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type Database, openPglite, openPostgres } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { prepareDatabase } from '../seed/prepare.ts';
import { seedRegistry } from '../seed/registry.ts';
import { demoPasswordForTests } from './test-app.ts';

/** What a test database starts from: the municipality registry alone, or with the demo content. */
export type TemplateContent = 'registry' | 'demo';

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
 * the registry import and the demo seed (≈0.5 s with its password hashes) again.
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
  const dir = mkdtempSync(join(tmpdir(), 'samskap-template-'));
  const database = await openPglite(undefined);
  try {
    const save = async (content: TemplateContent) => {
      const dump = await database.dump?.();
      if (!dump) throw new Error('PGlite could not dump its data directory');
      const file = join(dir, `${content}.tar`);
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      return file;
    };
    await withRegistry(database);
    const registry = await save('registry');
    await withDemo(database);
    const demo = await save('demo');
    project.provide('testTemplates', { registry, demo });
  } finally {
    await database.close();
  }
  return () => rmSync(dir, { recursive: true, force: true });
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
