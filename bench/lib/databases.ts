import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { launch, root, tempDir } from './child.ts';

/** Where one benchmark run keeps its data: its environment for Samskap, and how to remove it. */
export type BenchDatabase = {
  kind: 'PGlite' | 'PostgreSQL';
  env: Record<string, string>;
  remove(): Promise<void>;
};

/**
 * A new, empty database: a PGlite data directory, or a database of its own on the PostgreSQL
 * server of `serverUrl` (created here, dropped by `remove`).
 */
export async function newDatabase(label: string, serverUrl: string): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dir = tempDir(label);
    return {
      kind: 'PGlite',
      env: { SAMSKAP_DATA_DIR: dir, DATABASE_URL: '' },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `samskap_bench_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dir = tempDir(label);
  return {
    kind: 'PostgreSQL',
    env: { SAMSKAP_DATA_DIR: dir, DATABASE_URL: url.href },
    async remove() {
      await admin(`drop database if exists ${name} with (force)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `samskap generate` on the database; returns its wall time in ms and what it printed. */
export async function generate(
  env: Record<string, string>,
  municipality: string,
  scale: number,
): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const child = launch(
    process.execPath,
    [
      join(root, 'bin', 'samskap.js'),
      'generate',
      '--municipality',
      municipality,
      '--scale',
      String(scale),
    ],
    env,
  );
  const code = await child.exited;
  if (code !== 0) throw new Error(`samskap generate exited with ${code}:\n${child.output()}`);
  return { ms: performance.now() - started, output: child.output() };
}
