import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../testing/oidc-provider.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { translator } from '../../web/i18n/index.ts';
import { findOidcProvider, upsertOidcProvider } from './oidc/oidc.queries.ts';

const PUBLIC_URL = 'https://samskap.example';
const BOTKYRKA = 'SE-0127';
const settingsPath = `/en/municipalities/${BOTKYRKA}/admin/login`;
const loginPath = `/en/municipalities/${BOTKYRKA}/login`;
const discovery = '/.well-known/openid-configuration';
const en = translator('en');

let idp: TestProvider;
// As in production: requests only to https issuers on public addresses.
let strict: TestApp;
// As in development: the provider on this machine over http is allowed.
let open: TestApp;

beforeAll(async () => {
  idp = await startTestProvider({ redirectUri: `${PUBLIC_URL}/auth/oidc/callback`, accounts: {} });
  [strict, open] = await Promise.all([
    createTestApp({ env: { PUBLIC_URL, OIDC_ALLOW_PRIVATE_ISSUERS: 'false' } }),
    createTestApp({ env: { PUBLIC_URL } }),
  ]);
});

afterAll(async () => {
  await idp?.close();
  await Promise.all([strict?.close(), open?.close()]);
});

const port = () => new URL(idp.issuer).port;
const settings = (issuer: string, enabled = true) => ({
  issuer,
  clientId: idp.clientId,
  clientSecret: idp.clientSecret,
  enabled: enabled ? 'on' : '',
});

async function admin(t: TestApp): Promise<TestClient> {
  const client = t.client();
  await client.login('admin@botkyrka.example');
  return client;
}

/** Saves the settings and returns the issuer field's error message, or null when saved. */
async function save(client: TestClient, fields: Record<string, string>) {
  const response = await client.postForm(settingsPath, fields);
  if (response.status === 303) return null;
  expect(response.status).toBe(422);
  const html = await response.text();
  const error = /<[^>]+id="error-issuer"[^>]*>([^<]*)</.exec(html);
  return error?.[1]?.trim() ?? `no issuer error in a ${response.status}`;
}

describe('where the server may send requests on an admin’s word', () => {
  it('refuses a plain http issuer before any request is made', async () => {
    const client = await admin(strict);
    const before = idp.requests.length;
    expect(await save(client, settings(idp.issuer))).toBe(en('identity.error.issuerNotHttps'));
    expect(idp.requests.length).toBe(before);
    expect(await findOidcProvider(strict.database.db, BOTKYRKA)).toBeUndefined();
  });

  it('refuses this machine, private networks and link-local, by address and by name', async () => {
    const client = await admin(strict);
    const before = idp.requests.length;
    for (const issuer of [
      `https://127.0.0.1:${port()}`,
      `https://localhost:${port()}`,
      `https://[::1]:${port()}`,
      'https://169.254.169.254/latest',
      'https://10.0.0.8',
      'https://192.168.1.1',
    ]) {
      for (const enabled of [true, false]) {
        expect(await save(client, settings(issuer, enabled)), issuer).toBe(
          en('identity.error.issuerPrivate'),
        );
      }
    }
    expect(idp.requests.length).toBe(before);
    expect(await findOidcProvider(strict.database.db, BOTKYRKA)).toBeUndefined();
  });

  it('needs an enabled provider to answer now; a disabled one may wait', async () => {
    const client = await admin(strict);
    // .example names never resolve (RFC 2606).
    const unresolvable = 'https://login.botkyrka.example';
    expect(await save(client, settings(unresolvable))).toBe(en('identity.error.issuerUnreachable'));
    expect(await findOidcProvider(strict.database.db, BOTKYRKA)).toBeUndefined();

    expect(await save(client, settings(unresolvable, false))).toBeNull();
    expect(await findOidcProvider(strict.database.db, BOTKYRKA)).toMatchObject({
      issuer: unresolvable,
      enabled: false,
      metadata: null,
    });
  });
});

describe('discovery happens when the admin saves, never on a visitor’s request', () => {
  it('reads the discovery document once, at the save, and logins reuse it', async () => {
    const client = await admin(open);
    const before = idp.requests.filter((p) => p === discovery).length;
    expect(await save(client, settings(idp.issuer))).toBeNull();
    const stored = await findOidcProvider(open.database.db, BOTKYRKA);
    expect(stored?.metadata).toMatchObject({ issuer: idp.issuer });
    expect(idp.requests.filter((p) => p === discovery).length).toBe(before + 1);

    for (let i = 0; i < 3; i += 1) {
      const start = await open.client().get(loginPath);
      expect(start.status).toBe(302);
      expect(start.headers.get('location')).toMatch(new RegExp(`^${idp.issuer}/`));
    }
    expect(idp.requests.filter((p) => p === discovery).length).toBe(before + 1);
  });

  it('an enabled provider saved before the check offers no login and asks for a new save', async () => {
    await upsertOidcProvider(open.database.db, {
      municipalityId: BOTKYRKA,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      enabled: true,
      metadata: null,
    });
    // Written behind the app's back: its kept pages hear of it a moment after the commit.
    await open.settled();
    const before = idp.requests.length;
    const start = await open.client().get(loginPath);
    expect(start.status).toBe(303);
    expect(start.headers.get('location')).toBe(`/en/municipalities/${BOTKYRKA}?oidc=unavailable`);
    expect(idp.requests.length).toBe(before);
    const page = await (await open.client().get(`/en/municipalities/${BOTKYRKA}`)).text();
    expect(page).not.toContain(loginPath);
    const adminPage = await (await (await admin(open)).get(settingsPath)).text();
    expect(adminPage).toContain(en('identity.oidc.unchecked'));
  });
});
