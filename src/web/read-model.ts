import type { Context } from 'hono';
import type { Db } from '../db/client.ts';
import type { ActivityModels, ReadModels } from '../db/read-models.ts';
import type { AppEnv } from './env.ts';

declare module './env.ts' {
  interface AppServices {
    readModels: ReadModels;
    activityModels: ActivityModels;
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

/** `readModel` bound to a request, for code that is handed it rather than the request. */
export type KeepReadModel = <V>(key: string, load: (db: Db) => Promise<V>) => Promise<V>;

/** The request's `readModel`, bound. */
export function readModelsOf(c: Context<AppEnv>): KeepReadModel {
  return (key, load) => readModel(c, key, load);
}

/**
 * The model under `key` of what changes with residents' activity as well as with content (see
 * `ActivityModels`), loaded from the request's database if not kept.
 */
export function activityModel<V>(
  c: Context<AppEnv>,
  key: string,
  load: (db: Db) => Promise<V>,
): Promise<V> {
  const db = c.get('ctx').db;
  const { readModels, activityModels } = c.get('deps');
  return activityModels.of(`${readModels.forgotten} ${key}`, () => load(db));
}

/** The request's `activityModel`, bound. */
export function activityModelsOf(c: Context<AppEnv>): KeepReadModel {
  return (key, load) => activityModel(c, key, load);
}
