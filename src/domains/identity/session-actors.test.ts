import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../db/notifications.ts';
import { createTestApp, postJson, type TestApp } from '../../testing/test-app.ts';
import { testDatabaseKind } from '../../testing/test-database.ts';
import type { Actor } from '../../vocabulary/actor.ts';
import { insertGrant, insertUser } from './identity.queries.ts';
import { apiTokens, roleGrants, sessions, users } from './identity.schema.ts';
import { hashPassword } from './passwords.ts';
import { IDENTITY_CHANNEL, type SessionActor, SessionActors } from './session-actors.ts';

const actorNamed = (name: string): Actor => ({
  kind: 'user',
  userId: `id-${name}`,
  email: `${name}@example.org`,
  name,
  grants: [{ role: 'staff', municipalityId: 'SE-0180', departmentId: null }],
});

class Switch implements Subscription {
  on = true;
  live = () => this.on;
  close = async () => {};
}

/** A loader that counts its calls and answers with a new actor object each time. */
function counting(expiresAt = new Date('2030-01-01')) {
  let calls = 0;
  const load = async (): Promise<SessionActor> => {
    calls++;
    return { actor: actorNamed(`load-${calls}`), expiresAt };
  };
  return { load, calls: () => calls };
}

describe('SessionActors', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('keeps nothing before a subscription is attached, then keeps what it loaded', async () => {
    const kept = new SessionActors();
    const source = counting();
    await kept.lookup('a', now, source.load);
    await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(2);
    kept.attach(new Switch());
    const first = await kept.lookup('a', now, source.load);
    const second = await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(3);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('loads afresh after forget, and never keeps a lookup that began before it', async () => {
    const kept = new SessionActors();
    kept.attach(new Switch());
    const source = counting();
    await kept.lookup('a', now, source.load);
    kept.forget();
    await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(2);

    let release: () => void = () => {};
    const slow = kept.lookup('b', now, async () => {
      await new Promise<void>((done) => {
        release = done;
      });
      return { actor: actorNamed('read before the commit'), expiresAt: new Date('2030-01-01') };
    });
    kept.forget();
    release();
    expect((await slow)?.kind).toBe('user');
    expect(kept.size).toBe(0);
  });

  it('serves nothing it kept while the subscription is not live', async () => {
    const kept = new SessionActors();
    const subscription = new Switch();
    kept.attach(subscription);
    const source = counting();
    await kept.lookup('a', now, source.load);
    subscription.on = false;
    await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(2);
    expect(kept.size).toBe(0);
  });

  it("checks the session's own end on every use, against the caller's clock", async () => {
    const kept = new SessionActors();
    kept.attach(new Switch());
    const source = counting(new Date(now.getTime() + 1_000));
    await kept.lookup('a', now, source.load);
    await kept.lookup('a', new Date(now.getTime() + 999), source.load);
    expect(source.calls()).toBe(1);
    await kept.lookup('a', new Date(now.getTime() + 1_000), source.load);
    expect(source.calls()).toBe(2);
  });

  it('forgets an actor after the maximum age and the oldest beyond the size bound', async () => {
    let clock = 0;
    const kept = new SessionActors(2, 100, () => clock);
    kept.attach(new Switch());
    const source = counting();
    await kept.lookup('a', now, source.load);
    clock = 99;
    await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(1);
    clock = 100;
    await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(2);
    await kept.lookup('b', now, source.load);
    await kept.lookup('c', now, source.load);
    expect(kept.size).toBe(2);
    await kept.lookup('a', now, source.load);
    expect(source.calls()).toBe(5);
  });

  it('does not keep unknown sessions (random cookies cannot fill memory)', async () => {
    const kept = new SessionActors();
    kept.attach(new Switch());
    for (let i = 0; i < 50; i++) await kept.lookup(`x${i}`, now, async () => undefined);
    expect(kept.size).toBe(0);
  });
});

describe('signed-in requests with kept actors', () => {
  let t: TestApp;
  const email = 'kept.actor@example.org';
  const password = 'a long enough password';
  const dashboard = '/en/municipalities/SE-0180/dashboard';

  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    const user = await insertUser(t.database.db, {
      email,
      name: 'Kept Actor',
      passwordHash: await hashPassword(password),
      isDemo: false,
    });
    if (!user) throw new Error('no user');
    await insertGrant(t.database.db, {
      userId: user.id,
      role: 'politician',
      municipalityId: 'SE-0180',
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * Writes straight into the database, as another process or an operator would, and waits for the
   * notification: PGlite delivers it with the write's own result, a server a moment after.
   */
  async function behindItsBack(write: () => Promise<unknown>) {
    const before = t.services.sessionActors.forgotten;
    await write();
    if (testDatabaseKind() === 'pglite')
      expect(t.services.sessionActors.forgotten).toBeGreaterThan(before);
    await t.services.sessionActors.whenForgottenPast(before);
  }

  /** A signed-in client whose actor is being kept (so what follows tests the kept one). */
  async function signedIn() {
    const client = t.client();
    await client.login(email, password);
    await t.services.sessionActors.whenAttached();
    expect(t.services.sessionActors.listening).toBe(true);
    const before = t.services.sessionActors.size;
    expect((await client.get(dashboard)).status).toBe(200);
    expect(t.services.sessionActors.size).toBe(before + 1);
    return client;
  }

  it('sees a revoked grant on the very next request, whoever revoked it', async () => {
    const client = await signedIn();
    expect((await client.get(dashboard)).status).toBe(200);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    await behindItsBack(() =>
      t.database.db
        .update(roleGrants)
        .set({ revokedAt: new Date() })
        .where(eq(roleGrants.userId, user?.id ?? '')),
    );
    expect((await client.get(dashboard)).status).toBe(403);
    await behindItsBack(() =>
      t.database.db
        .update(roleGrants)
        .set({ revokedAt: null })
        .where(eq(roleGrants.userId, user?.id ?? '')),
    );
    expect((await client.get(dashboard)).status).toBe(200);
  });

  it('sees a renamed user and an ended session at once', async () => {
    const client = await signedIn();
    expect(await (await client.get('/en/account')).text()).toContain('Kept Actor');
    await behindItsBack(() =>
      t.database.db.update(users).set({ name: 'Renamed Actor' }).where(eq(users.email, email)),
    );
    expect(await (await client.get('/en/account')).text()).toContain('Renamed Actor');
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    expect((await client.postForm('/en/logout', {})).status).toBe(303);
    // The old cookie, replayed at once after logout, is nobody (no waiting: the logout was here).
    expect((await t.app.request(dashboard, { headers: { cookie } })).status).toBe(303);
    await behindItsBack(() =>
      t.database.db.update(users).set({ name: 'Kept Actor' }).where(eq(users.email, email)),
    );
  });

  it('keeps API token actors too, forgets them when a token is revoked, not when it is used', async () => {
    const created = await postJson(t.app, '/api/v1/auth/token', {
      email,
      password,
      municipality: 'SE-0180',
    });
    expect(created.status).toBe(201);
    const auth = { authorization: `Bearer ${(await created.json()).token}` };
    const api = `/api/v1/municipalities/SE-0180/dashboard`;
    await t.services.sessionActors.whenAttached();
    expect(t.services.sessionActors.listening).toBe(true);
    const before = t.services.sessionActors.size;
    expect((await t.app.request(api, { headers: auth })).status).toBe(200);
    expect(t.services.sessionActors.size).toBe(before + 1);
    expect((await t.app.request(api, { headers: auth })).status).toBe(200);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    const forgotten = t.services.sessionActors.forgotten;
    await t.database.db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(eq(apiTokens.userId, user?.id ?? ''));
    // PGlite would have delivered a notification with the write's own result.
    if (testDatabaseKind() === 'pglite') expect(t.services.sessionActors.forgotten).toBe(forgotten);
    await behindItsBack(() =>
      t.database.db
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(eq(apiTokens.userId, user?.id ?? '')),
    );
    expect((await t.app.request(api, { headers: auth })).status).toBe(401);
  });

  it('sees a session deleted behind its back', async () => {
    const client = await signedIn();
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    await behindItsBack(() =>
      t.database.db.delete(sessions).where(eq(sessions.userId, user?.id ?? '')),
    );
    expect((await client.get(dashboard)).status).toBe(303);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('listening on a PostgreSQL server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stops keeping actors when its connection is lost and listens again on a new one', async () => {
    const actors = t.services.sessionActors;
    await actors.whenAttached();
    expect(actors.listening).toBe(true);
    // Losing the connection and listening again on a new one each forget everything kept.
    const before = actors.forgotten;
    const terminated = await t.database.db.execute(sql`
      select pg_terminate_backend(pid) as done from pg_stat_activity
      where datname = current_database() and query ilike 'LISTEN ${sql.raw(IDENTITY_CHANNEL)}'`);
    expect((terminated as unknown as { rows: unknown[] }).rows).toHaveLength(1);
    await actors.whenForgottenPast(before);
    expect(actors.listening).toBe(false);
    await actors.whenForgottenPast(before + 1);
    expect(actors.listening).toBe(true);
  });
});
