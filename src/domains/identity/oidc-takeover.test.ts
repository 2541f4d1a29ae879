import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../testing/oidc-provider.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { auditOfMunicipality } from '../audit/audit.queries.ts';
import { findUserByEmail, insertExternalIdentity } from './identity.queries.ts';
import { externalIdentities, roleGrants } from './identity.schema.ts';

// One municipality's admin points its login provider at an issuer they run, which vouches for
// any address. Whatever it claims, it must never sign in as, or link to, an account elsewhere.

const PUBLIC_URL = 'https://samskap.example';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/callback`;
const BOTKYRKA = 'SE-0127';
const ASKER = 'NO-3203';

let t: TestApp;
let rogue: TestProvider;

const victims = {
  askerAdmin: { sub: 'asker-admin', email: 'admin@asker.example' },
  coordinator: { sub: 'coordinator', email: 'coordinator@network.example' },
} as const;

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL } });
  const claims = (sub: string, email: string) => ({
    sub,
    email,
    email_verified: true,
    name: 'Anyone',
  });
  rogue = await startTestProvider({
    redirectUri: CALLBACK,
    accounts: {
      [victims.askerAdmin.sub]: claims(victims.askerAdmin.sub, victims.askerAdmin.email),
      [victims.coordinator.sub]: claims(victims.coordinator.sub, victims.coordinator.email),
      bob: claims('bob', 'bob@example.org'),
    },
  });
  for (const [municipality, admin] of [
    [BOTKYRKA, 'admin@botkyrka.example'],
    [ASKER, 'admin@asker.example'],
  ] as const) {
    const browser = t.client();
    await browser.login(admin);
    const saved = await browser.postForm(`/en/municipalities/${municipality}/admin/login`, {
      issuer: rogue.issuer,
      clientId: rogue.clientId,
      clientSecret: rogue.clientSecret,
      enabled: 'on',
    });
    expect(saved.status).toBe(303);
  }
});

afterAll(async () => {
  await rogue?.close();
  await t?.close();
});

const hasSession = (browser: TestClient) =>
  [...browser.cookies.keys()].some((k) => k.endsWith('samskap_session'));

/** Logs in through a municipality's provider as `account`; returns where the app sent the browser. */
async function loginThrough(municipality: string, account: string) {
  const browser = t.client();
  const start = await browser.get(`/en/municipalities/${municipality}/login`);
  expect(start.status).toBe(302);
  const back = await rogue.authorize(start.headers.get('location') ?? '', account);
  const done = await browser.get(back.pathname + back.search);
  return { browser, status: done.status, location: done.headers.get('location') };
}

const linksOf = (userId: string) =>
  t.database.db.select().from(externalIdentities).where(eq(externalIdentities.userId, userId));

const liveGrantsOf = (userId: string) =>
  t.database.db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)));

describe("a municipality's provider that claims other people's addresses", () => {
  it("cannot sign in as another municipality's admin or the network coordinator", async () => {
    for (const victim of Object.values(victims)) {
      const account = await findUserByEmail(t.database.db, victim.email);
      if (!account) throw new Error(`demo account ${victim.email} missing`);
      const grantsBefore = await liveGrantsOf(account.id);

      const attempt = await loginThrough(BOTKYRKA, victim.sub);
      expect(attempt.status).toBe(303);
      expect(attempt.location).toBe('/en/login?oidc=accountExists');
      expect(hasSession(attempt.browser)).toBe(false);
      expect(await (await attempt.browser.get('/en/account')).text()).not.toContain(victim.email);
      expect(await linksOf(account.id)).toEqual([]);
      expect(await liveGrantsOf(account.id)).toEqual(grantsBefore);
    }
  });

  it('is seen in the log of the municipality the attempt was aimed at, not only its own', async () => {
    const askerAdmin = await findUserByEmail(t.database.db, victims.askerAdmin.email);
    for (const where of [ASKER, BOTKYRKA]) {
      const entries = await auditOfMunicipality(t.database.db, where, { limit: 50 });
      const refused = entries.filter(
        (e) => e.action === 'user.oidc-refused' && e.target === `user:${askerAdmin?.id}`,
      );
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(refused[0]?.details).toEqual({
        issuer: rogue.issuer,
        provider: BOTKYRKA,
        reason: 'accountExists',
      });
    }
  });

  it('cannot use a link that already exists once the account holds roles elsewhere', async () => {
    // A link from before (or from when the account was only a resident here) is not enough.
    const askerAdmin = await findUserByEmail(t.database.db, victims.askerAdmin.email);
    if (!askerAdmin) throw new Error('demo account missing');
    await insertExternalIdentity(t.database.db, {
      userId: askerAdmin.id,
      municipalityId: BOTKYRKA,
      issuer: rogue.issuer,
      subject: victims.askerAdmin.sub,
    });
    const attempt = await loginThrough(BOTKYRKA, victims.askerAdmin.sub);
    expect(attempt.location).toBe('/en/login?oidc=rolesElsewhere');
    expect(hasSession(attempt.browser)).toBe(false);
  });

  it('cannot be linked by a signed-in account that holds roles in another municipality', async () => {
    const admin = t.client();
    await admin.login('admin@asker.example');
    const refused = await admin.postForm('/en/account/login-links', { municipality: BOTKYRKA });
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/en/account?oidc=rolesElsewhere');
    const page = await (await admin.get('/en/account?oidc=rolesElsewhere')).text();
    expect(page).toContain('Your account has roles outside this municipality');
  });

  it("signs a person in through one municipality's provider without giving another's account", async () => {
    // Both municipalities use the same issuer; a subject known to Asker is a stranger to Botkyrka.
    const atAsker = await loginThrough(ASKER, 'bob');
    expect(atAsker.location).toBe(`/en/municipalities/${ASKER}`);
    expect(hasSession(atAsker.browser)).toBe(true);
    const bob = await findUserByEmail(t.database.db, 'bob@example.org');
    expect((await linksOf(bob?.id ?? '')).map((l) => l.municipalityId)).toEqual([ASKER]);

    const atBotkyrka = await loginThrough(BOTKYRKA, 'bob');
    expect(atBotkyrka.location).toBe('/en/login?oidc=accountExists');
    expect(hasSession(atBotkyrka.browser)).toBe(false);
    expect((await linksOf(bob?.id ?? '')).map((l) => l.municipalityId)).toEqual([ASKER]);
  });
});
