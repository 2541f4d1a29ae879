import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../lib/secrets.ts';
import { demoAccounts } from '../../seed/demo.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../testing/test-app.ts';
import { securityHeaders } from '../../web/security-headers.ts';
import { registerAndConfirm } from './identity.fixtures.ts';
import { findUserByEmail } from './identity.queries.ts';
import { apiTokens, pendingRegistrations, roleGrants, sessions, users } from './identity.schema.ts';
import { verifyPassword } from './passwords.ts';
import { TOKEN_TOUCH_INTERVAL_MS } from './resolve-actor.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const sessionCookie = (client: ReturnType<TestApp['client']>) =>
  [...client.cookies].find(([k]) => k.endsWith('samskap_session'))?.[1];

describe('registration', () => {
  it('creates the account once its address is confirmed, hashed with argon2id, a resident of the chosen municipality', async () => {
    const client = t.client();
    const res = await registerAndConfirm(t, client, {
      name: 'Alva Resident',
      email: 'Alva@Example.org',
      password: 'a long enough password',
      municipalityId: 'SE-0483',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/municipalities/SE-0483?done=registered');
    const [user] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'alva@example.org'));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const grants = await t.database.db
      .select()
      .from(roleGrants)
      .where(eq(roleGrants.userId, user?.id ?? ''));
    expect(grants.map((g) => [g.role, g.municipalityId])).toEqual([['resident', 'SE-0483']]);
    const account = await (await client.get('/en/account')).text();
    expect(account).toContain('Alva Resident');
    expect(account).toContain('Katrineholm');
  });

  it('re-renders the form with localised field errors and keeps no password', async () => {
    const client = t.client();
    const res = await client.postForm('/sv/register', {
      name: '',
      email: 'not-an-email',
      password: 'short',
      municipalityId: 'SE-9999',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="error-summary"');
    expect(html).toContain('Fyll i fältet.');
    expect(html).toContain('Skriv en e-postadress');
    expect(html).toContain('Lösenordet måste ha minst 12 tecken.');
    expect(html).toContain('aria-describedby="error-email"');
    expect(html).not.toContain('value="short"');
    expect(
      await t.database.db.select().from(users).where(eq(users.email, 'not-an-email')),
    ).toHaveLength(0);
  });

  it('answers a taken address, in any letter case, as any other, and creates nothing', async () => {
    const client = t.client();
    const res = await client.postForm('/en/register', {
      name: 'Someone',
      email: 'ADMIN@botkyrka.example',
      password: 'another long password',
      municipalityId: 'SE-0127',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('We have sent an e-mail to admin@botkyrka.example.');
    expect(
      await t.database.db.select().from(users).where(eq(users.email, 'admin@botkyrka.example')),
    ).toHaveLength(1);
    expect(
      await t.database.db
        .select()
        .from(pendingRegistrations)
        .where(eq(pendingRegistrations.email, 'admin@botkyrka.example')),
    ).toEqual([]);
  });

  it('refuses an unknown municipality without creating the account', async () => {
    const client = t.client();
    const res = await client.postForm('/en/register', {
      name: 'Nobody',
      email: 'nobody@example.org',
      password: 'a long enough password',
      municipalityId: 'NO-0000',
    });
    expect(res.status).toBe(422);
    expect(
      await t.database.db.select().from(users).where(eq(users.email, 'nobody@example.org')),
    ).toHaveLength(0);
  });
});

describe('passwords', () => {
  it('refuses common, repetitive and straight-run passwords at registration and creates nothing', async () => {
    const client = t.client();
    const cases: [string, RegExp][] = [
      ['password1234', /among the most common/],
      ['Lösenord2026!', /among the most common/],
      ['qwertyuiop123', /among the most common/],
      ['aaaaaaaaaaaa', /repeats itself/],
      ['abcabcabcabc', /repeats itself/],
      ['123456789012', /among the most common/],
      ['abcdefghijklm', /repeats itself/],
      ['zyxwvutsrqpo', /repeats itself/],
    ];
    for (const [password, message] of cases) {
      const res = await client.postForm('/en/register', {
        name: 'Weak Password',
        email: 'weak@example.org',
        password,
        municipalityId: 'SE-0483',
      });
      expect(res.status, password).toBe(422);
      const html = await res.text();
      expect(html, password).toMatch(message);
      expect(html, password).toContain('id="error-password"');
      expect(html, password).not.toContain(password);
    }
    expect(await findUserByEmail(t.database.db, 'weak@example.org')).toBeUndefined();
    const fine = await client.postForm('/en/register', {
      name: 'Strong Password',
      email: 'weak@example.org',
      password: 'tulip kettle orbit 47',
      municipalityId: 'SE-0483',
    });
    expect(fine.status).toBe(200);
  });

  it('gives every demo account its own salt', async () => {
    const demo = await t.database.db
      .select({ email: users.email, hash: users.passwordHash })
      .from(users)
      .where(eq(users.isDemo, true));
    expect(demo.length).toBe(demoAccounts().length);
    const salts = demo.map((u) => u.hash?.split('$')[4]);
    expect(new Set(salts).size).toBe(demo.length);
    // Still the one demo password: two of them, picked from both ends, verify.
    for (const u of [demo[0], demo.at(-1)])
      expect(await verifyPassword(u?.hash ?? '', demoPasswordForTests)).toBe(true);
  });
});

describe('login and sessions', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and stores only its hash', async () => {
    const client = t.client();
    const res = await client.login('staff@botkyrka.example');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('samskap_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=1209600/);
    const token = sessionCookie(client) ?? '';
    const rows = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, sha256(token)));
    expect(rows).toHaveLength(1);
    expect(
      await t.database.db.select().from(sessions).where(eq(sessions.idHash, token)),
    ).toHaveLength(0);
  });

  it('marks cookies Secure and __Host- when served over HTTPS', async () => {
    const https = await createTestApp({
      demo: true,
      env: { PUBLIC_URL: 'https://samskap.example.se' },
    });
    try {
      const res = await https.client().login('staff@botkyrka.example');
      const cookie = res.headers
        .getSetCookie()
        .find((c) => c.startsWith('__Host-samskap_session='));
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/Path=\//);
      expect(securityHeaders(https.config)['Strict-Transport-Security']).toContain('max-age=');
    } finally {
      await https.close();
    }
  });

  it('issues a new session id at every login and ends the old one', async () => {
    const client = t.client();
    await client.login('politician@asker.example');
    const first = sessionCookie(client) ?? '';
    await client.login('politician@asker.example');
    const second = sessionCookie(client) ?? '';
    expect(second).not.toBe(first);
    expect(
      await t.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.idHash, sha256(first))),
    ).toHaveLength(0);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const client = t.client();
    const wrong = await client.postForm('/en/login', {
      email: 'admin@asker.example',
      password: 'wrong password!',
    });
    const unknown = await client.postForm('/en/login', {
      email: 'ghost@asker.example',
      password: 'wrong password!',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    expect(strip(await wrong.text())).toBe(strip(await unknown.text()));
    expect(sessionCookie(client)).toBeUndefined();
  });

  it('tells the visitor when a login through the municipality failed', async () => {
    const html = await (await t.app.request('/sv/login?oidc=failed')).text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Inloggningen via kommunens inloggningstjänst misslyckades.');
    expect(await (await t.app.request('/sv/login')).text()).not.toContain('misslyckades');
  });

  it('logs out by deleting the session', async () => {
    const client = t.client();
    await client.login('resident@asker.example');
    const token = sessionCookie(client) ?? '';
    const res = await client.postForm('/nb/logout', {});
    expect(res.status).toBe(303);
    expect(
      await t.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.idHash, sha256(token))),
    ).toHaveLength(0);
    const account = await client.get('/nb/account');
    expect(account.status).toBe(303);
    expect(account.headers.get('location')).toContain('/nb/login?next=');
  });

  it('ignores expired sessions', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const timed = await createTestApp({
      now: () => now,
      demoByClock: false,
      env: { SESSION_DAYS: '1' },
    });
    try {
      const client = timed.client();
      await client.login('staff@asker.example');
      expect((await client.get('/en/account')).status).toBe(200);
      now = new Date('2030-01-02T00:00:01Z');
      expect((await client.get('/en/account')).status).toBe(303);
    } finally {
      await timed.close();
    }
  });

  it('returns to a local page after login but never to another site', async () => {
    const client = t.client();
    // The form token is bound to the session, so each login posts the one its page would show.
    const body = async () => ({
      email: 'staff@asker.example',
      password: demoPasswordForTests,
      _csrf: await client.csrfToken(),
    });
    const local = await client.request('/en/login?next=%2Fen%2Fmunicipalities%2FSE-0127', {
      method: 'POST',
      body: new URLSearchParams(await body()).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(local.headers.get('location')).toBe('/en/municipalities/SE-0127');
    const evil = await client.request('/en/login?next=%2F%2Fevil.example%2Fen', {
      method: 'POST',
      body: new URLSearchParams(await body()).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    // Nowhere safe to return to: the start page of the municipality the user works in.
    expect(evil.headers.get('location')).toBe('/en/municipalities/NO-3203');
  });

  it('keeps a safe return path in the login form, also after a failed try', async () => {
    const client = t.client();
    const formAction = (html: string) => /<form method="post" action="([^"]*)"/.exec(html)?.[1];
    const asked = await client.get('/en/login?next=%2Fen%2Faccount');
    expect(formAction(await asked.text())).toBe('/en/login?next=%2Fen%2Faccount');
    const body = {
      email: 'staff@asker.example',
      password: 'not the passphrase',
      _csrf: await client.csrfToken(),
    };
    const failed = await client.request('/en/login?next=%2Fen%2Faccount', {
      method: 'POST',
      body: new URLSearchParams(body).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(failed.status).toBe(401);
    expect(formAction(await failed.text())).toBe('/en/login?next=%2Fen%2Faccount');
    const evil = await client.get('/en/login?next=%2F%2Fevil.example%2Fen');
    expect(formAction(await evil.text())).toBe('/en/login');
  });

  it('lands people on their municipality, coordinators on the list of municipalities', async () => {
    const landing = async (email: string) => {
      const client = t.client();
      const body = { email, password: demoPasswordForTests, _csrf: await client.csrfToken() };
      const res = await client.request('/sv/login', {
        method: 'POST',
        body: new URLSearchParams(body).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      return res.headers.get('location');
    };
    expect(await landing('politician@katrineholm.example')).toBe('/sv/municipalities/SE-0483');
    expect(await landing('resident@botkyrka.example')).toBe('/sv/municipalities/SE-0127');
    expect(await landing('coordinator@network.example')).toBe('/sv/municipalities');
  });

  it('keeps API keys away from residents: no section, and creating one is refused', async () => {
    const resident = t.client();
    await resident.login('resident@botkyrka.example');
    const page = await (await resident.get('/en/account')).text();
    expect(page).not.toContain('/en/account/tokens');
    const refused = await resident.postForm('/en/account/tokens', {
      name: 'Mine',
      municipalityId: 'SE-0127',
    });
    expect(refused.status).toBe(422);
    const staff = t.client();
    await staff.login('staff@botkyrka.example');
    expect(await (await staff.get('/en/account')).text()).toContain('/en/account/tokens');
  });
});

describe('roles', () => {
  it('lets an admin grant and revoke roles in their own municipality', async () => {
    const admin = t.client();
    await admin.login('admin@katrineholm.example');
    const granted = await admin.postForm('/en/municipalities/SE-0483/admin/roles', {
      email: 'resident@katrineholm.example',
      role: 'politician',
      departmentId: '',
    });
    expect(granted.status).toBe(303);
    const [user] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'resident@katrineholm.example'));
    const live = async () =>
      (
        await t.database.db
          .select()
          .from(roleGrants)
          .where(eq(roleGrants.userId, user?.id ?? ''))
      )
        .filter((g) => !g.revokedAt)
        .map((g) => g.role)
        .sort();
    expect(await live()).toEqual(['politician', 'resident']);
    const grant = (
      await t.database.db
        .select()
        .from(roleGrants)
        .where(eq(roleGrants.userId, user?.id ?? ''))
    ).find((g) => g.role === 'politician');
    const revoked = await admin.postForm(
      `/en/municipalities/SE-0483/admin/roles/${grant?.id}/revoke`,
      {},
    );
    expect(revoked.status).toBe(303);
    expect(await live()).toEqual(['resident']);
  });

  it("keeps a municipality's last admin, whoever tries to revoke it", async () => {
    const admin = t.client();
    await admin.login('admin@katrineholm.example');
    const adminGrants = async () =>
      (
        await t.database.db
          .select()
          .from(roleGrants)
          .where(eq(roleGrants.municipalityId, 'SE-0483'))
      ).filter((g) => g.role === 'admin' && !g.revokedAt);
    const [own] = await adminGrants();
    expect(await adminGrants()).toHaveLength(1);
    const refused = await admin.postForm(
      `/en/municipalities/SE-0483/admin/roles/${own?.id}/revoke`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('last administrator');
    expect(await adminGrants()).toHaveLength(1);
    // With a second admin the first may step down.
    const granted = await admin.postForm('/en/municipalities/SE-0483/admin/roles', {
      email: 'politician@katrineholm.example',
      role: 'admin',
    });
    expect(granted.status).toBe(303);
    const stepDown = await admin.postForm(
      `/en/municipalities/SE-0483/admin/roles/${own?.id}/revoke`,
      {},
    );
    expect(stepDown.status).toBe(303);
    const [remaining] = await adminGrants();
    expect(remaining?.userId).toBe(
      (await findUserByEmail(t.database.db, 'politician@katrineholm.example'))?.id,
    );
    // The new admin gives the role back, so the tests after this one find it as it was.
    const successor = t.client();
    await successor.login('politician@katrineholm.example');
    const back = await successor.postForm('/en/municipalities/SE-0483/admin/roles', {
      email: 'admin@katrineholm.example',
      role: 'admin',
    });
    expect(back.status).toBe(303);
    const [ownNew] = (await adminGrants()).filter((g) => g.userId === own?.userId);
    const handBack = await admin.postForm(
      `/en/municipalities/SE-0483/admin/roles/${remaining?.id}/revoke`,
      {},
    );
    expect(handBack.status).toBe(303);
    expect((await adminGrants()).map((g) => g.id)).toEqual([ownNew?.id]);
  });

  it('requires a department of the same municipality for a manager', async () => {
    const admin = t.client();
    await admin.login('admin@katrineholm.example');
    const none = await admin.postForm('/en/municipalities/SE-0483/admin/roles', {
      email: 'staff@katrineholm.example',
      role: 'manager',
      departmentId: '',
    });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('A department manager needs a department.');
    const foreign = (
      await (await t.app.request('/api/v1/municipalities/NO-3203/departments')).json()
    ).items[0].id;
    const res = await admin.postForm('/en/municipalities/SE-0483/admin/roles', {
      email: 'staff@katrineholm.example',
      role: 'manager',
      departmentId: foreign,
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Choose a department of this municipality.');
  });

  it('refuses role changes by non-admins', async () => {
    const staff = t.client();
    await staff.login('staff@katrineholm.example');
    const res = await staff.postForm('/en/municipalities/SE-0483/admin/roles', {
      email: 'staff@katrineholm.example',
      role: 'admin',
    });
    expect(res.status).toBe(403);
  });
});

describe('personal API tokens', () => {
  it('are issued for a password, scoped to one municipality and stored hashed', async () => {
    const res = await postJson(t.app, '/api/v1/auth/token', {
      email: 'admin@botkyrka.example',
      password: demoPasswordForTests,
    });
    expect(res.status).toBe(201);
    const { token, municipality } = await res.json();
    expect(token).toMatch(/^samskap_/);
    expect(municipality).toBe('SE-0127');
    const me = await (
      await t.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(me.email).toBe('admin@botkyrka.example');
    expect(me.tokenMunicipality).toBe('SE-0127');
    const audit = await t.app.request('/api/v1/municipalities/SE-0127/audit', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(audit.status).toBe(200);
  });

  it('end after 90 days by default, a chosen number of days, or at most a year', async () => {
    const day = 86_400_000;
    const ask = (extra: Record<string, unknown>) =>
      postJson(t.app, '/api/v1/auth/token', {
        email: 'politician@botkyrka.example',
        password: demoPasswordForTests,
        ...extra,
      });
    const before = Date.now();
    const standard = await ask({});
    expect(standard.status).toBe(201);
    const { expiresAt, token } = await standard.json();
    const lifetime = Date.parse(expiresAt) - before;
    expect(lifetime).toBeGreaterThanOrEqual(90 * day - 1000);
    expect(lifetime).toBeLessThanOrEqual(90 * day + 60_000);
    const stored = await t.database.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, sha256(token)));
    expect(stored[0]?.expiresAt.toISOString()).toBe(expiresAt);
    const week = await (await ask({ expiresInDays: 7 })).json();
    expect(Math.round((Date.parse(week.expiresAt) - before) / day)).toBe(7);
    for (const expiresInDays of [0, 366, 1.5, 'ninety'])
      expect((await ask({ expiresInDays })).status, String(expiresInDays)).toBe(400);

    // On the account page: the field starts at 90, says the limit, refuses more, lists the end.
    const staff = t.client();
    await staff.login('politician@botkyrka.example');
    const page = await (await staff.get('/en/account')).text();
    expect(page).toMatch(/name="expiresInDays"[^>]*value="90"/);
    expect(page).toContain('at most 365');
    const tooLong = await staff.postForm('/en/account/tokens', {
      name: 'Forever',
      municipalityId: 'SE-0127',
      expiresInDays: '1000',
    });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('Give a whole number of days from 1 to 365.');
    const made = await staff.postForm('/en/account/tokens', {
      name: 'Report export',
      municipalityId: 'SE-0127',
      expiresInDays: '30',
    });
    expect(made.status).toBe(200);
    expect(await made.text()).toContain('<th scope="col">Expires</th>');
  });

  it('stop working when they end', async () => {
    let clock = Date.now();
    const timed = await createTestApp({ now: () => new Date(clock), demoByClock: false });
    try {
      const res = await postJson(timed.app, '/api/v1/auth/token', {
        email: 'staff@botkyrka.example',
        password: demoPasswordForTests,
        expiresInDays: 1,
      });
      const { token } = await res.json();
      const me = () =>
        timed.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
      expect((await me()).status).toBe(200);
      clock += 86_400_000 + 1000;
      expect((await me()).status).toBe(401);
    } finally {
      await timed.close();
    }
  });

  it('never exceed their owner: a token for one municipality has no rights in another', async () => {
    // The Asker admin is also made staff of Botkyrka, and takes a token for Botkyrka.
    const botkyrkaAdmin = t.client();
    await botkyrkaAdmin.login('admin@botkyrka.example');
    await botkyrkaAdmin.postForm('/en/municipalities/SE-0127/admin/roles', {
      email: 'admin@asker.example',
      role: 'staff',
    });
    const res = await postJson(t.app, '/api/v1/auth/token', {
      email: 'admin@asker.example',
      password: demoPasswordForTests,
      municipality: 'SE-0127',
    });
    expect(res.status).toBe(201);
    const { token } = await res.json();
    const auth = { authorization: `Bearer ${token}` };
    expect(
      (await t.app.request('/api/v1/municipalities/NO-3203/audit', { headers: auth })).status,
    ).toBe(403);
    expect(
      (await t.app.request('/api/v1/municipalities/SE-0127/audit', { headers: auth })).status,
    ).toBe(403);
    const without = await postJson(t.app, '/api/v1/auth/token', {
      email: 'admin@asker.example',
      password: demoPasswordForTests,
    });
    expect(without.status).toBe(422);
  });

  it('can be revoked from the account page, after which they are refused', async () => {
    const client = t.client();
    await client.login('staff@botkyrka.example');
    const created = await client.postForm('/en/account/tokens', {
      name: 'report script',
      municipalityId: 'SE-0127',
    });
    const html = await created.text();
    const token = html.match(/samskap_[A-Za-z0-9_-]{43}/)?.[0] ?? '';
    expect(token).not.toBe('');
    const auth = { authorization: `Bearer ${token}` };
    expect((await t.app.request('/api/v1/me', { headers: auth })).status).toBe(200);
    const id = html.match(/\/en\/account\/tokens\/([0-9a-f-]{36})\/revoke/)?.[1];
    expect((await client.postForm(`/en/account/tokens/${id}/revoke`, {})).status).toBe(303);
    const refused = await t.app.request('/api/v1/me', { headers: auth });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
  });

  it('record when they were last used, writing it at most once a minute', async () => {
    const res = await postJson(t.app, '/api/v1/auth/token', {
      email: 'staff@botkyrka.example',
      password: demoPasswordForTests,
      municipality: 'SE-0127',
    });
    const { token } = await res.json();
    const auth = { authorization: `Bearer ${token}` };
    const lastUsed = async () => {
      const [row] = await t.database.db
        .select({ at: apiTokens.lastUsedAt })
        .from(apiTokens)
        .where(eq(apiTokens.tokenHash, sha256(token)));
      return row?.at?.getTime();
    };
    expect(await lastUsed()).toBeUndefined();
    expect((await t.app.request('/api/v1/me', { headers: auth })).status).toBe(200);
    const first = await lastUsed();
    expect(first).toBeGreaterThan(Date.now() - 60_000);
    expect((await t.app.request('/api/v1/me', { headers: auth })).status).toBe(200);
    expect(await lastUsed()).toBe(first);
    const longAgo = new Date((first ?? 0) - TOKEN_TOUCH_INTERVAL_MS);
    await t.database.db
      .update(apiTokens)
      .set({ lastUsedAt: longAgo })
      .where(eq(apiTokens.tokenHash, sha256(token)));
    // That write is not announced (it changes nobody's rights); the kept actor serves until it
    // is forgotten, and the next lookup in the database writes "last used" again.
    expect((await t.app.request('/api/v1/me', { headers: auth })).status).toBe(200);
    expect(await lastUsed()).toBe(longAgo.getTime());
    t.services.sessionActors.forget();
    expect((await t.app.request('/api/v1/me', { headers: auth })).status).toBe(200);
    expect(await lastUsed()).toBeGreaterThanOrEqual(first ?? 0);
  });

  it('answer bad credentials with 401 problem+json', async () => {
    const res = await postJson(t.app, '/api/v1/auth/token', {
      email: 'admin@botkyrka.example',
      password: 'nope',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401 });
  });

  it('cannot be created for a municipality where the user holds no role', async () => {
    const client = t.client();
    await client.login('staff@botkyrka.example');
    const res = await client.postForm('/en/account/tokens', {
      name: 'x',
      municipalityId: 'NO-3203',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(
      'You can only create tokens for municipalities where you hold a role.',
    );
  });
});
