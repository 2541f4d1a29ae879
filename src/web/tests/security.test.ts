import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { auditLog } from '../../domains/audit/audit.schema.ts';
import { departments } from '../../domains/tenancy/tenancy.schema.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../testing/test-app.ts';
import { listen } from '../http-server.ts';
import { formToken } from '../middleware/csrf.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const departmentCount = async () => (await t.database.db.select().from(departments)).length;

describe('CSRF', () => {
  it('refuses a form without a token, or with a wrong one, with 403 and changes nothing', async () => {
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    const before = await departmentCount();
    const missing = await admin.postForm(
      '/sv/municipalities/SE-0127/departments',
      { name: 'Ny' },
      { csrf: false },
    );
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('Formuläret har gått ut');
    const wrong = await admin.postForm(
      '/en/municipalities/SE-0127/departments',
      { name: 'Ny' },
      { csrf: 'x'.repeat(43) },
    );
    expect(wrong.status).toBe(403);
    expect(await departmentCount()).toBe(before);
    const right = await admin.postForm('/en/municipalities/SE-0127/departments', {
      name: 'Digitalisering',
    });
    expect(right.status).toBe(303);
    expect(await departmentCount()).toBe(before + 1);
  });

  it("refuses another visitor's token", async () => {
    const attacker = t.client();
    const attackerToken = await attacker.csrfToken();
    const victim = t.client();
    await victim.login('admin@botkyrka.example');
    const res = await victim.postForm(
      '/en/municipalities/SE-0127/departments',
      { name: 'Evil' },
      { csrf: attackerToken },
    );
    expect(res.status).toBe(403);
  });

  it('protects logout and the API when the API is used with a session cookie', async () => {
    const client = t.client();
    await client.login('staff@botkyrka.example');
    expect((await client.postForm('/en/logout', {}, { csrf: false })).status).toBe(403);
    const res = await client.request('/api/v1/auth/token', {
      method: 'POST',
      body: JSON.stringify({ email: 'staff@botkyrka.example', password: demoPasswordForTests }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('CSRF tokens, origins and cookie names', () => {
  const post = (client: ReturnType<TestApp['client']>, name: string, headers = {}) =>
    client.csrfToken().then((token) =>
      client.request('/en/municipalities/SE-0127/departments', {
        method: 'POST',
        body: new URLSearchParams({ name, _csrf: token }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      }),
    );

  it('binds the token to the session: a known cookie secret alone gives no valid token', async () => {
    const victim = t.client();
    const anonymousToken = await victim.csrfToken();
    await victim.login('admin@botkyrka.example');
    const before = await departmentCount();
    // An attacker who planted (and so knows) the cookie secret can sign it only without the session.
    const stale = await victim.postForm(
      '/en/municipalities/SE-0127/departments',
      { name: 'Planted' },
      { csrf: anonymousToken },
    );
    expect(stale.status).toBe(403);
    expect(await departmentCount()).toBe(before);
    // The token the page gives now is signed with the session and works.
    const page = await (await victim.get('/en/municipalities/SE-0127/departments')).text();
    const fromPage = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
    expect(fromPage).toBe(await victim.csrfToken());
    expect(fromPage).not.toBe(anonymousToken);
  });

  it('refuses a state-changing request from another origin, even with a valid token', async () => {
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    const before = await departmentCount();
    for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example']) {
      expect((await post(admin, 'Foreign', { origin })).status).toBe(403);
    }
    expect(await departmentCount()).toBe(before);
    const own = await post(admin, 'Same origin', { origin: 'http://localhost' });
    expect(own.status).toBe(303);
    expect(await departmentCount()).toBe(before + 1);
  });

  it('reads only __Host- cookies when PUBLIC_URL is https', async () => {
    const https = await createTestApp({ env: { PUBLIC_URL: 'https://samskap.example' } });
    try {
      const admin = https.client();
      await admin.login('admin@botkyrka.example');
      const session = admin.cookies.get('__Host-samskap_session');
      const secret = admin.cookies.get('__Host-samskap_csrf');
      expect(session).toBeTruthy();
      expect(secret).toBeTruthy();
      expect(admin.cookies.has('samskap_session')).toBe(false);

      // The same values under the plain names, as a sibling subdomain could set them, count for nothing.
      const planted = https.client();
      planted.cookies.set('samskap_session', session ?? '');
      planted.cookies.set('samskap_csrf', secret ?? '');
      const account = await planted.get('/en/account');
      expect(account.status).toBe(303);
      expect(account.headers.get('location')).toContain('/en/login');
      const before = (await https.database.db.select().from(departments)).length;
      const write = await planted.request('/en/municipalities/SE-0127/departments', {
        method: 'POST',
        body: new URLSearchParams({
          name: 'Planted',
          _csrf: formToken(secret ?? '', session),
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(write.status).toBe(403);
      expect((await https.database.db.select().from(departments)).length).toBe(before);
    } finally {
      await https.close();
    }
  });
});

describe('request limits', () => {
  it('answers an oversized body with 413 on pages and on the API', async () => {
    const big = 'x'.repeat(t.config.bodyLimitBytes + 1);
    const client = t.client();
    const page = await client.postForm('/en/login', { email: big, password: 'x' });
    expect(page.status).toBe(413);
    expect(await page.text()).toContain('Too much data');
    const api = await postJson(t.app, '/api/v1/auth/token', { email: big, password: 'x' });
    expect(api.status).toBe(413);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('limits login attempts with 429 and Retry-After', async () => {
    const limited = await createTestApp({ demo: false, env: { RATE_LIMIT_LOGIN_PER_MINUTE: '3' } });
    try {
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await client.postForm('/en/login', { email: 'a@b.se', password: 'wrong password' }))
            .status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const res = await client.postForm('/en/login', {
        email: 'a@b.se',
        password: 'wrong password',
      });
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const api = await postJson(limited.app, '/api/v1/auth/token', {
        email: 'a@b.se',
        password: 'x',
      });
      expect(api.status).toBe(429);
      expect(api.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      await limited.close();
    }
  });

  it('slows wrong passwords per address with a growing delay that never becomes a lock-out', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const app = await createTestApp({
      env: { RATE_LIMIT_LOGIN_PER_MINUTE: '1000' },
      now: () => new Date(clock),
      // Only the demo's accounts play a part: the run's template, not a demo seeded by this clock.
      demoByClock: false,
    });
    try {
      // Every try from a new client (as from many addresses): the limit is the account's.
      const attempt = (password: string) =>
        app.client().postForm('/en/login', { email: 'staff@asker.example', password });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt('wrong password!')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      // The 5th failure in a row asks for 1 s, the 6th for 2 s, then 4, 8, … at most 60.
      const waiting = await attempt(demoPasswordForTests);
      expect(waiting.status).toBe(429);
      expect(waiting.headers.get('retry-after')).toBe('1');
      expect(await waiting.text()).toContain('Try again in 1 second.');
      clock += 1000;
      expect((await attempt('wrong password!')).status).toBe(401);
      const second = await attempt('wrong password!');
      expect(second.headers.get('retry-after')).toBe('2');
      for (let i = 0; i < 10; i++) {
        clock += 60_000;
        expect((await attempt('wrong password!')).status).toBe(401);
      }
      const capped = await attempt(demoPasswordForTests);
      expect(capped.status).toBe(429);
      expect(capped.headers.get('retry-after')).toBe('60');
      // Another address is not slowed, and the API answers the same way.
      expect(
        (
          await app.client().postForm('/en/login', {
            email: 'staff@botkyrka.example',
            password: demoPasswordForTests,
          })
        ).status,
      ).toBe(303);
      const api = await postJson(app.app, '/api/v1/auth/token', {
        email: 'staff@asker.example',
        password: demoPasswordForTests,
      });
      expect(api.status).toBe(429);
      // After the wait the right password works and forgets the failures.
      clock += 60_000;
      expect((await attempt(demoPasswordForTests)).status).toBe(303);
      expect((await attempt('wrong password!')).status).toBe(401);
      expect((await attempt(demoPasswordForTests)).status).toBe(303);
    } finally {
      await app.close();
    }
  });

  /**
   * A clock that stands still in the middle of the current minute: the limits count per minute, so
   * a test whose requests straddled a minute's end would see its count start again.
   */
  const oneWindow = () => {
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 30_000);
    return () => at;
  };

  it('takes the client address from the right of X-Forwarded-For behind trusted proxies', async () => {
    const behindTwo = await createTestApp({
      demo: false,
      env: { TRUST_PROXY: '2', RATE_LIMIT_LOGIN_PER_MINUTE: '2' },
      now: oneWindow(),
    });
    try {
      const client = behindTwo.client();
      const login = (forwardedFor: string) =>
        client.csrfToken().then((token) =>
          client.request('/en/login', {
            method: 'POST',
            body: new URLSearchParams({
              email: 'a@b.se',
              password: 'wrong password!',
              _csrf: token,
            }).toString(),
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-forwarded-for': forwardedFor,
            },
          }),
        );
      // The client forges a new left-most entry every time; the proxies' entries stay the same.
      const statuses = [];
      for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
        statuses.push((await login(`${forged}, 203.0.113.7, 10.0.0.2`)).status);
      expect(statuses).toEqual([401, 401, 429]);
      // Another client behind the same proxies is counted apart.
      expect((await login('198.51.100.9, 10.0.0.2')).status).toBe(401);
    } finally {
      await behindTwo.close();
    }
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustedProxies).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '' }).trustedProxies).toBe(0);
  });

  it('limits writes per user', async () => {
    const limited = await createTestApp({
      env: { RATE_LIMIT_WRITES_PER_MINUTE: '3' },
      now: oneWindow(),
      demoByClock: false,
    });
    try {
      const admin = limited.client();
      // The login counts for the client address; the writes below count for the user.
      await admin.login('admin@asker.example');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await admin.postForm('/en/municipalities/NO-3203/departments', { name: `D${i}` }))
            .status,
        );
      }
      expect(statuses).toEqual([303, 303, 303, 429]);
      // Reads are not limited.
      expect((await admin.get('/en/municipalities/NO-3203')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('headers', () => {
  it('sends a Content-Security-Policy without inline script, and other secure headers, on every response', async () => {
    const server = await listen(t.app, t.config, 0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      for (const path of ['/en', '/api/v1/counties', '/en/no-such-page', '/healthz']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).toContain("default-src 'self'");
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).not.toContain('unsafe-inline');
        expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(res.headers.get('x-frame-options'), path).toBe('DENY');
        expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
        expect(res.headers.get('strict-transport-security'), path).toBeNull();
      }
      const traced = await fetch(`http://127.0.0.1:${port}/en`, {
        headers: { 'x-request-id': 'trace-7' },
      });
      expect(traced.headers.get('x-request-id')).toBe('trace-7');
      const forged = await fetch(`http://127.0.0.1:${port}/en`, {
        headers: { 'x-request-id': 'a b<c>' },
      });
      expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const proxied = await createTestApp({ demo: false, env: { TRUST_PROXY: '1' } });
    const server = await listen(proxied.app, proxied.config, 0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const secure = await fetch(`${base}/en`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(secure.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(secure.headers.getSetCookie().join()).toContain('__Host-samskap_csrf');
      const plain = await fetch(`${base}/en`, { headers: { 'x-forwarded-proto': 'http' } });
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await proxied.close();
    }
  });

  it('lets no cache keep what a signed-in user or a token holder is answered', async () => {
    const visitor = t.client();
    expect((await visitor.get('/en/municipalities/SE-0127')).headers.get('cache-control')).not.toBe(
      'no-store',
    );
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    for (const path of [
      '/en/account',
      '/en/municipalities/SE-0127',
      '/en/municipalities/SE-0127/dashboard',
      '/api/v1/municipalities/SE-0127/initiatives.csv',
    ]) {
      const res = await admin.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    const token = await postJson(t.app, '/api/v1/auth/token', {
      email: 'staff@botkyrka.example',
      password: demoPasswordForTests,
    });
    const { token: secret } = (await token.json()) as { token: string };
    expect(token.headers.get('cache-control')).toBe('no-store');
    const withToken = await t.app.request('/api/v1/municipalities/SE-0127/initiatives', {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('cache-control')).toBe('no-store');
  });

  it('serves pages with no inline script or style', async () => {
    const client = t.client();
    await client.login('admin@botkyrka.example');
    for (const path of [
      '/en',
      '/en/municipalities',
      '/en/municipalities/SE-0127',
      '/en/account',
      '/en/municipalities/SE-0127/admin/roles',
    ]) {
      const html = await (await client.get(path)).text();
      expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle="/);
      expect(html, path).not.toMatch(/\son[a-z]+="/);
    }
  });
});

describe('audit log', () => {
  it('records writes with actor, municipality, action, target and request id', async () => {
    const admin = t.client();
    await admin.login('admin@asker.example');
    const res = await admin.request('/en/municipalities/NO-3203/departments', {
      method: 'POST',
      body: new URLSearchParams({ name: 'Innovasjon', _csrf: await admin.csrfToken() }).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-request-id': 'audit-test-42',
      },
    });
    expect(res.status).toBe(303);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.requestId} = 'audit-test-42'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorLabel: 'admin@asker.example',
      municipalityId: 'NO-3203',
      action: 'department.create',
    });
    expect(rows[0]?.target).toMatch(/^department:[0-9a-f-]{36}$/);
    const page = await (await admin.get('/nb/municipalities/NO-3203/admin/audit')).text();
    expect(page).toContain('audit-test-42');
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const reason = (e: unknown) => String((e as { cause?: Error }).cause?.message ?? e);
    const before = (await t.database.db.select().from(auditLog)).length;
    await expect(
      t.database.db.execute(sql`update audit_log set action = 'forged'`),
    ).rejects.toSatisfy((e) => reason(e).includes('append-only'));
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toSatisfy((e) =>
      reason(e).includes('append-only'),
    );
    expect((await t.database.db.select().from(auditLog)).length).toBe(before);
  });

  it('is readable by that municipality’s admins only', async () => {
    const politician = t.client();
    await politician.login('politician@asker.example');
    expect((await politician.get('/en/municipalities/NO-3203/admin/audit')).status).toBe(403);
    expect((await t.client().get('/en/municipalities/NO-3203/admin/audit')).status).toBe(303);
  });
});
