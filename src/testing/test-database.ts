import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../db/client.ts';
import type { TemplateContent } from './global-setup.ts';

/**
 * A fresh database for one test file, a copy of a template built once per run (see
 * global-setup.ts): migrated with every municipality, and with the demo content when `content` is
 * `'demo'`. PGlite in memory by default, or a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL (the test script starts a throwaway cluster), dropped again on close.
 */
export async function createTestDatabase(
  opts: { content?: TemplateContent } = {},
): Promise<Database> {
  const content = opts.content ?? 'registry';
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openPglite(undefined, await pgliteTemplate(content));
  const name = `samskap_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${inject('testTemplates')[content]}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.href, 5);
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export const testDatabaseKind = () => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');

// Read once per worker: with isolation off, every file a worker runs shares the same bytes.
const templates = new Map<TemplateContent, Promise<Blob>>();

function pgliteTemplate(content: TemplateContent): Promise<Blob> {
  let template = templates.get(content);
  if (!template) {
    template = readFile(inject('testTemplates')[content]).then(bytesAsBlob);
    templates.set(content, template);
  }
  return template;
}

/**
 * The template's bytes as PGlite reads a data directory: it only calls `arrayBuffer()` (and looks
 * at `type`). Node's own Blob hands over its 50 MB in small pieces put together again, a third
 * of a second of every test database (1.39 s → 1.05 s to open one, median of five); this hands
 * over a copy at once, so no database can change the bytes the next one starts from.
 */
function bytesAsBlob(bytes: Uint8Array): Blob {
  return {
    type: '',
    arrayBuffer: async () => bytes.slice().buffer,
  } as unknown as Blob;
}
