import type { Context } from 'hono';
import type { Db } from '../db/client.ts';
import type { ReadModels } from '../db/read-models.ts';
import type { AppEnv } from './env.ts';

declare module './env.ts' {
  interface AppServices {
    readModels: ReadModels;
  }
}

/** The read model under `key` (see db/read-models.ts), loaded from the request's database if not kept. */
export function readModel<V>(
  c: Context<AppEnv>,
  key: string,
  load: (db: Db) => Promise<V>,
): Promise<V> {
  const db = c.get('ctx').db;
  return c.get('deps').readModels.of(key, () => load(db));
}
