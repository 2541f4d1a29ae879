import type { KeyObject } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { getSetting, setSetting } from '../domains/platform/platform.queries.ts';
import { sha256 } from '../lib/secrets.ts';
import { type DemoAccount, demoAccounts, demoPassword, seedDemo } from './demo.ts';
import { seedRegistry } from './registry.ts';

export type Prepared = { demo: { password: string; accounts: DemoAccount[] } | undefined };

/**
 * Brings a database up to date: migrations, the municipality registry, and demo content.
 * Demo content is added on a new database unless `demo` is false; `seed --no-demo` turns it off
 * for good. Passwords are only re-hashed when the demo password changed, to keep starts fast.
 */
export async function prepareDatabase(
  database: Database,
  opts: {
    demo?: boolean | undefined;
    demoPassword?: string | undefined;
    now?: () => Date;
    /** Signs the checkpoints of the demo decisions (see CommandContext). */
    decisionSigningKey?: KeyObject | undefined;
  },
): Promise<Prepared> {
  await migrate(database);
  const { db } = database;
  await seedRegistry(db);
  const state = await getSetting(db, 'demo');
  const wantDemo = opts.demo ?? state !== 'off';
  if (!wantDemo) {
    if (opts.demo === false) await setSetting(db, 'demo', 'off');
    return { demo: undefined };
  }
  const ctx = {
    db,
    now: opts.now ?? (() => new Date()),
    decisionSigningKey: opts.decisionSigningKey,
  };
  const password = await demoPassword(ctx, opts.demoPassword);
  // The version part makes existing demo databases pick up new demo content once.
  const fingerprint = sha256(`demo-content-v4:${password}`);
  if (state !== 'on' || (await getSetting(db, 'demo_fingerprint')) !== fingerprint) {
    await seedDemo(ctx, password);
    await setSetting(db, 'demo_fingerprint', fingerprint);
    await setSetting(db, 'demo', 'on');
  }
  return { demo: { password, accounts: demoAccounts() } };
}
