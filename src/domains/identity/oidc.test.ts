import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestProvider,
  type TestAccount,
  type TestProvider,
} from '../../testing/oidc-provider.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { auditOfMunicipality } from '../audit/audit.queries.ts';
import { findExternalIdentity, findUserByEmail } from './identity.queries.ts';
import { externalIdentities, users } from './identity.schema.ts';
import { findOidcProvider } from './oidc/oidc.queries.ts';

const PUBLIC_URL = 'https://samskap.example';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/callback`;
const BOTKYRKA = 'SE-0127';
const loginPath = `/en/municipalities/${BOTKYRKA}/login`;
const settingsPath = `/en/municipalities/${BOTKYRKA}/admin/login`;

const accounts: Record<string, TestAccount> = {
  alice: {
    sub: 'alice',
    email: 'alice@example.org',
    email_verified: true,
    name: 'Alice Andersson',
  },
  // Claims an existing account's address without the provider having verified it.
  mallory: {
    sub: 'mallory',
    email: 'resident@botkyrka.example',
    email_verified: false,
    name: 'Mallory Mask',
  },
  // The same address, verified by the provider: this one may link.
  rightful: {
    sub: 'rightful',
    email: 'staff@botkyrka.example',
    email_verified: true,
    name: 'Rightful Owner',
  },
};

let t: TestApp;
let idp: TestProvider;

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL } });
  idp = await startTestProvider({ redirectUri: CALLBACK, accounts });
});

afterAll(async () => {
  await idp?.close();
  await t?.close();
});

const hasSession = (browser: TestClient) =>
  [...browser.cookies.keys()].some((k) => k.endsWith('samskap_session'));

/** Starts a login in the app and walks through the provider; returns the callback path for the app. */
async function throughProvider(browser: TestClient, account: string | null) {
  const start = await browser.get(loginPath);
  expect(start.status).toBe(302);
  const back = await idp.authorize(start.headers.get('location') ?? '', account);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  return { authorizeUrl: new URL(start.headers.get('location') ?? ''), callback: back };
}

async function logIn(account: string) {
  const browser = t.client();
  const { callback } = await throughProvider(browser, account);
  const response = await returnTo(browser, callback);
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(`/en/municipalities/${BOTKYRKA}`);
  expect(hasSession(browser)).toBe(true);
  return browser;
}

// The callback has no language prefix: the browser's preference picks the error page's language.
const returnTo = (browser: TestClient, callback: URL) =>
  browser.get(callback.pathname + callback.search, { 'accept-language': 'en' });

const linkedUserId = async (sub: string) =>
  (await findExternalIdentity(t.database.db, BOTKYRKA, idp.issuer, sub))?.userId;

describe('OpenID Connect login against a real provider', () => {
  it('is configured by the municipality admin through the settings form', async () => {
    expect((await t.client().get(loginPath)).status).toBe(404);
    const fields = {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      enabled: 'on',
    };

    const staff = t.client();
    await staff.login('staff@botkyrka.example');
    expect((await staff.postForm(settingsPath, fields)).status).toBe(403);

    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    const invalid = await admin.postForm(settingsPath, { ...fields, issuer: 'not a web address' });
    expect(invalid.status).toBe(422);
    const html = await invalid.text();
    expect(html).toContain('id="error-issuer"');
    expect(html).toMatch(/aria-describedby="error-issuer"/);
    expect(html).toContain('id="error-summary"');
    expect(await findOidcProvider(t.database.db, BOTKYRKA)).toBeUndefined();

    const saved = await admin.postForm(settingsPath, fields);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${settingsPath}?done=oidcSaved`);
    expect(await findOidcProvider(t.database.db, BOTKYRKA)).toMatchObject({
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      enabled: true,
    });
    const page = await (await admin.get(settingsPath)).text();
    expect(page).toContain(CALLBACK);
    expect(page).not.toContain(idp.clientSecret);
    const entries = await auditOfMunicipality(t.database.db, BOTKYRKA, { limit: 20 });
    const configured = entries.find((e) => e.action === 'oidc.configure');
    expect(configured?.details).toEqual({
      issuer: idp.issuer,
      clientId: idp.clientId,
      enabled: true,
    });
  });

  it('logs a resident in with authorization code and PKCE', async () => {
    const browser = t.client();
    const { authorizeUrl, callback } = await throughProvider(browser, 'alice');
    expect(authorizeUrl.origin).toBe(idp.issuer);
    const q = authorizeUrl.searchParams;
    expect(q.get('client_id')).toBe(idp.clientId);
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toBeTruthy();
    expect(q.get('nonce')).toBeTruthy();
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe(q.get('state'));
    expect(hasSession(browser)).toBe(false);

    const done = await returnTo(browser, callback);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/en/municipalities/${BOTKYRKA}`);
    expect(hasSession(browser)).toBe(true);

    const account = await browser.get('/en/account');
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(html).toContain('Alice Andersson (alice@example.org)');
    expect(html).toContain('Resident – Botkyrka');

    const userId = await linkedUserId('alice');
    expect(userId).toBe((await findUserByEmail(t.database.db, 'alice@example.org'))?.id);
    const entries = await auditOfMunicipality(t.database.db, BOTKYRKA, { limit: 20 });
    const link = entries.filter(
      (e) => e.action === 'user.oidc-link' && e.target === `user:${userId}`,
    );
    expect(link).toHaveLength(1);
    // The subject is neither in the log nor in the link, only its hash with the provider's context.
    expect(link[0]?.details).toEqual({ issuer: idp.issuer, provider: BOTKYRKA });
    const rows = await t.database.db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.userId, userId ?? ''));
    const expectedHash = createHash('sha256')
      .update(`samskap-oidc-subject\n${BOTKYRKA}\n${idp.issuer}\nalice`, 'utf8')
      .digest('hex');
    expect(rows.map((r) => ({ ...r }))).toEqual([
      {
        id: expect.any(String),
        userId,
        municipalityId: BOTKYRKA,
        issuer: idp.issuer,
        subjectHash: expectedHash,
        createdAt: expect.any(Date),
      },
    ]);

    // The state was used once: replaying the same callback neither errors nor logs anyone in.
    const replayer = t.client();
    const replay = await returnTo(replayer, callback);
    expect(replay.status).toBe(404);
    expect(hasSession(replayer)).toBe(false);
  });

  it('rejects a tampered state with a 404 page and no session', async () => {
    const browser = t.client();
    const { callback } = await throughProvider(browser, 'alice');
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const response = await returnTo(browser, callback);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(hasSession(browser)).toBe(false);
  });

  it('sends the visitor back to the login page when the provider reports an error', async () => {
    const browser = t.client();
    const { callback } = await throughProvider(browser, null);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('code')).toBeNull();
    const response = await returnTo(browser, callback);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/login?oidc=failed');
    expect(hasSession(browser)).toBe(false);
  });

  it('reuses the account when the same subject logs in again', async () => {
    const first = await linkedUserId('alice');
    const browser = await logIn('alice');
    expect(await (await browser.get('/en/account')).text()).toContain('(alice@example.org)');
    expect(await linkedUserId('alice')).toBe(first);
    const entries = await auditOfMunicipality(t.database.db, BOTKYRKA, { limit: 50 });
    expect(entries.filter((e) => e.action === 'user.oidc-link')).toHaveLength(1);
  });

  it('never links an unverified e-mail claim to an existing account', async () => {
    const existing = await findUserByEmail(t.database.db, 'resident@botkyrka.example');
    expect(existing).toBeDefined();
    const browser = await logIn('mallory');
    const html = await (await browser.get('/en/account')).text();
    expect(html).toContain('Mallory Mask');
    expect(html).not.toContain('resident@botkyrka.example');
    const userId = await linkedUserId('mallory');
    expect(userId).toBeDefined();
    expect(userId).not.toBe(existing?.id);
    // The address it gets instead is random: nothing of it can be traced back to the subject.
    const [account] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.id, userId ?? ''));
    expect(account?.email).toMatch(/^[0-9a-f]{20}@oidc\.invalid$/);
    const fromSubject = (context: string) =>
      createHash('sha256').update(context, 'utf8').digest('hex').slice(0, 20);
    expect(account?.email.slice(0, 20)).not.toBe(
      fromSubject(`${BOTKYRKA}\n${idp.issuer}\nmallory`),
    );
    expect(account?.email.slice(0, 20)).not.toBe(
      fromSubject(`samskap-oidc-subject\n${BOTKYRKA}\n${idp.issuer}\nmallory`),
    );
  });

  it('never writes a subject into the audit log', async () => {
    const entries = await auditOfMunicipality(t.database.db, BOTKYRKA, { limit: 500 });
    const oidc = entries.filter((e) => e.action.startsWith('user.oidc'));
    expect(oidc.length).toBeGreaterThanOrEqual(2);
    for (const e of oidc) {
      expect(Object.keys(e.details).sort()).toEqual(
        e.action === 'user.oidc-refused'
          ? ['issuer', 'provider', 'reason']
          : ['issuer', 'provider'],
      );
      expect(JSON.stringify(e)).not.toMatch(/"(alice|mallory|rightful)"/);
    }
  });

  it('links a verified e-mail claim to an existing account only at its signed-in request', async () => {
    const existing = await findUserByEmail(t.database.db, 'staff@botkyrka.example');
    // Through the provider alone, the address's owner is not signed in and nothing is linked.
    const stranger = t.client();
    const { callback } = await throughProvider(stranger, 'rightful');
    const refused = await returnTo(stranger, callback);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/en/login?oidc=accountExists');
    expect(hasSession(stranger)).toBe(false);
    expect(await linkedUserId('rightful')).toBeUndefined();
    const loginPage = await (await stranger.get('/en/login?oidc=accountExists')).text();
    expect(loginPage).toContain('An account with this e-mail address already exists');

    // The owner signs in with the password and asks for the link on the account page.
    const owner = t.client();
    await owner.login('staff@botkyrka.example');
    const account = await (await owner.get('/en/account')).text();
    expect(account).toContain('Link the login service of Botkyrka');
    const start = await owner.postForm('/en/account/login-links', { municipality: BOTKYRKA });
    expect(start.status).toBe(303);
    const back = await idp.authorize(start.headers.get('location') ?? '', 'rightful');
    // Finishing the link needs the browser of the account that asked for it.
    const elsewhere = await returnTo(t.client(), back);
    expect(elsewhere.headers.get('location')).toBe('/en/login?oidc=failed');
    expect(await linkedUserId('rightful')).toBeUndefined();

    const restart = await owner.postForm('/en/account/login-links', { municipality: BOTKYRKA });
    const again = await idp.authorize(restart.headers.get('location') ?? '', 'rightful');
    const linked = await returnTo(owner, again);
    expect(linked.status).toBe(303);
    expect(linked.headers.get('location')).toBe('/en/account?done=loginLinked');
    expect(await linkedUserId('rightful')).toBe(existing?.id);
    expect(await (await owner.get('/en/account')).text()).toContain('Linked: Botkyrka');
    const entries = await auditOfMunicipality(t.database.db, BOTKYRKA, { limit: 50 });
    expect(
      entries.filter((e) => e.action === 'user.oidc-link' && e.target === `user:${existing?.id}`),
    ).toHaveLength(1);

    // From now on the provider signs the owner in.
    const browser = await logIn('rightful');
    expect(await (await browser.get('/en/account')).text()).toContain('(staff@botkyrka.example)');
  });

  it('refuses a link form without a valid municipality and asks a visitor to log in', async () => {
    expect(
      (await t.client().postForm('/en/account/login-links', { municipality: BOTKYRKA })).status,
    ).toBe(303);
    const owner = t.client();
    await owner.login('politician@botkyrka.example');
    const bad = await owner.postForm('/en/account/login-links', { municipality: '<script>' });
    expect(bad.headers.get('location')).toBe('/en/account?oidc=linkRefused');
    const page = await (await owner.get('/en/account?oidc=linkRefused')).text();
    expect(page).toContain('The account could not be linked');
  });

  it('has no login route once the admin disables the provider', async () => {
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    // An unchecked box is absent from the form; an empty secret keeps the stored one.
    const saved = await admin.postForm(settingsPath, {
      issuer: idp.issuer,
      clientId: idp.clientId,
    });
    expect(saved.status).toBe(303);
    expect(await findOidcProvider(t.database.db, BOTKYRKA)).toMatchObject({
      enabled: false,
      clientSecret: idp.clientSecret,
    });
    expect((await t.client().get(loginPath)).status).toBe(404);
  });
});
