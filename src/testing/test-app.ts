import { sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import pino from 'pino';
import { createApp, inProcessCopies } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type Prepared, prepareDatabase } from '../seed/prepare.ts';
import type { AppEnv, AppServices } from '../web/env.ts';
import type { Metrics } from '../web/metrics.ts';
import { formToken } from '../web/middleware/csrf.ts';
import { createTestDatabase } from './test-database.ts';

export const demoPasswordForTests = 'correct horse battery staple';

export type TestApp = {
  app: Hono<AppEnv>;
  database: Database;
  config: Config;
  metrics: Metrics;
  /** The app's own caches (e.g. the signed-in actors it keeps in memory). */
  services: AppServices;
  prepared: Prepared;
  /** A browser-like client with its own cookie jar. */
  client(): TestClient;
  /** A client signed in as `email` (demo password), or a visitor for `null`. */
  signedIn(email: string | null): Promise<TestClient>;
  /**
   * Runs `write`, a write straight to the content tables behind the app's back, and resolves once
   * the app has forgotten what it kept (its read models and visitors' pages): on PostgreSQL the
   * notification arrives a moment after the commit, on PGlite with it. A write that changes no
   * content table announces nothing, and this never resolves. With `'activity'`, a write announced
   * as residents' activity (a support counted), and what the app keeps of it.
   */
  announced<T>(write: () => Promise<T>, as?: 'content' | 'activity'): Promise<T>;
  /**
   * Resolves once every change committed so far has reached what the app keeps (read models,
   * kept pages, activity): a marker announced on each channel arrives after the changes before it,
   * as PostgreSQL delivers notifications in commit order. For tests that count queries after
   * several writes, whose notifications may still be on their way.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The app on a fresh test database with every municipality and (by default) the demo content.
 * The demo content comes from the run's seeded template, unless the file brings its own clock or
 * something the demo depends on (its password, the decision signing key): the demo's scenarios
 * and decision checkpoints are stamped with the seeding clock, so such a file seeds its own copy.
 */
export async function createTestApp(
  opts: {
    demo?: boolean;
    env?: Record<string, string>;
    now?: () => Date;
    /**
     * Whether the demo is seeded by `now`'s clock (the default when `now` is given); false for a
     * file that needs only the demo's accounts, which then copies the template whatever its clock.
     */
    demoByClock?: boolean;
  } = {},
): Promise<TestApp> {
  const demo = opts.demo ?? true;
  const ownDemo =
    (opts.now !== undefined && opts.demoByClock !== false) ||
    opts.env?.SAMSKAP_DEMO_PASSWORD !== undefined ||
    opts.env?.DECISION_SIGNING_KEY !== undefined;
  const database = await createTestDatabase({ content: demo && !ownDemo ? 'demo' : 'registry' });
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SAMSKAP_DEMO_PASSWORD: demoPasswordForTests,
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
    RATE_LIMIT_WRITES_PER_MINUTE: '10000',
    // The test login providers run on this machine over plain http.
    OIDC_ALLOW_PRIVATE_ISSUERS: 'true',
    ...opts.env,
  });
  const now = opts.now ?? (() => new Date());
  const prepared = await prepareDatabase(database, {
    demo,
    demoPassword: config.demoPassword,
    decisionSigningKey: config.decisionSigningKey,
    now,
  });
  const { app, metrics, services } = createApp({
    config,
    database,
    logger: pino({ level: config.logLevel }),
    now,
  });
  return {
    app,
    database,
    config,
    metrics,
    services,
    prepared,
    client: () => new TestClient(app),
    async signedIn(email) {
      const client = new TestClient(app);
      if (email) await client.login(email);
      return client;
    },
    async announced(write, as = 'content') {
      const kept =
        as === 'content'
          ? [services.readModels, services.visitorPages, services.signedInPages]
          : [services.activityModels, services.activityPages];
      const before = kept.map((cache) => cache.forgotten);
      const result = await write();
      await Promise.all(kept.map((cache, i) => cache.whenForgottenPast(before[i] ?? 0)));
      return result;
    },
    async settled() {
      const kept = inProcessCopies(services);
      const before = kept.map((cache) => cache.forgotten);
      for (const channel of new Set(kept.map((cache) => cache.channel))) {
        await database.db.execute(sql`select pg_notify(${channel}, '')`);
      }
      await Promise.all(kept.map((cache, i) => cache.whenForgottenPast(before[i] ?? 0)));
    },
    close: () => database.close(),
  };
}

/** Sends requests to the app in-process, keeping cookies like a browser and finding CSRF tokens in pages. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: Hono<AppEnv>) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has('cookie')) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await this.app.request(path, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some(
        (a) => /^\s*max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request(path, { headers });
  }

  /**
   * The CSRF token a page would give this client: its cookie's secret signed with its session
   * (fetching a page first if it has no secret yet).
   */
  async csrfToken(): Promise<string> {
    const cookie = (suffix: string) => [...this.cookies].find(([k]) => k.endsWith(suffix))?.[1];
    if (!cookie('samskap_csrf')) await this.get('/en/login');
    const secret = cookie('samskap_csrf');
    if (!secret) throw new Error('no CSRF cookie was set');
    return formToken(secret, cookie('samskap_session'));
  }

  /** Posts a form like a browser, with the CSRF token unless `csrf: false`. */
  async postForm(
    path: string,
    fields: Record<string, string>,
    opts: { csrf?: boolean | string } = {},
  ) {
    const body = new URLSearchParams(fields);
    if (opts.csrf !== false)
      body.set('_csrf', typeof opts.csrf === 'string' ? opts.csrf : await this.csrfToken());
    return this.request(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async login(email: string, password = demoPasswordForTests): Promise<Response> {
    const response = await this.postForm('/en/login', { email, password });
    if (response.status !== 303)
      throw new Error(`login as ${email} failed with ${response.status}`);
    return response;
  }
}

/** Posts JSON to the API (no cookies unless the client has them). */
export function postJson(
  app: Hono<AppEnv>,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}
