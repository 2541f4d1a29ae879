import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { testDatabaseKind } from '../../testing/test-database.ts';
import { insertGrant, insertUser } from '../identity/identity.queries.ts';
import { oidcProviders } from '../identity/identity.schema.ts';
import { upsertOidcProvider } from '../identity/oidc/oidc.queries.ts';
import { hashPassword } from '../identity/passwords.ts';
import { insertDepartment } from './tenancy.queries.ts';
import { departments } from './tenancy.schema.ts';

let t: TestApp;
const M = 'SE-0180';
const page = `/en/municipalities/${M}`;

beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const facts = () => t.services.municipalityFacts;

/** Writes straight into the database (another process, an operator) and waits for the notification. */
async function behindItsBack(write: () => Promise<unknown>) {
  // A visitor gets the whole page from memory too (web/visitor-pages.ts): both must forget.
  const kept = [facts(), t.services.visitorPages];
  const before = kept.map((cache) => cache.forgotten);
  await write();
  kept.forEach((cache, i) => {
    if (testDatabaseKind() === 'pglite') expect(cache.forgotten).toBeGreaterThan(before[i] ?? 0);
  });
  await Promise.all(kept.map((cache, i) => cache.whenForgottenPast(before[i] ?? 0)));
}

async function visit(): Promise<string> {
  const res = await t.app.request(page);
  expect(res.status).toBe(200);
  return res.text();
}

describe("a municipality's page, kept in memory", () => {
  it('shows departments and its login provider as they are now, however they changed', async () => {
    await facts().whenAttached();
    expect(facts().listening).toBe(true);
    expect(await visit()).not.toContain('Kept department');
    expect(facts().size).toBe(1);
    await behindItsBack(() =>
      insertDepartment(t.database.db, { municipalityId: M, name: 'Kept department' }),
    );
    expect(await visit()).toContain('Kept department');
    await behindItsBack(() =>
      t.database.db
        .update(departments)
        .set({ name: 'Renamed department' })
        .where(eq(departments.name, 'Kept department')),
    );
    const renamed = await visit();
    expect(renamed).toContain('Renamed department');
    expect(renamed).not.toContain('Kept department');

    const loginWith = 'Log in with';
    expect(await visit()).not.toContain(loginWith);
    await behindItsBack(() =>
      upsertOidcProvider(t.database.db, {
        municipalityId: M,
        issuer: 'https://idp.example.org',
        clientId: 'samskap',
        clientSecret: 'secret',
        // As a save that could read the issuer's discovery document stores it.
        metadata: { issuer: 'https://idp.example.org' },
        enabled: true,
      }),
    );
    expect(await visit()).toContain(loginWith);
    await behindItsBack(() =>
      t.database.db
        .update(oidcProviders)
        .set({ enabled: false })
        .where(eq(oidcProviders.municipalityId, M)),
    );
    expect(await visit()).not.toContain(loginWith);
  });

  it("an admin's new department is on the page at once, on every database", async () => {
    const admin = t.client();
    // The department form is the admins'; a fresh admin of this municipality adds one.
    const user = await insertUser(t.database.db, {
      email: 'facts.admin@example.org',
      name: 'Facts Admin',
      passwordHash: await hashPassword('a long enough password'),
      isDemo: false,
    });
    await insertGrant(t.database.db, {
      userId: user?.id ?? '',
      role: 'admin',
      municipalityId: M,
      departmentId: null,
      countyId: null,
      grantedBy: null,
    });
    await admin.login('facts.admin@example.org', 'a long enough password');
    expect((await admin.get(page)).status).toBe(200);
    const res = await admin.postForm(`${page}/departments`, { name: 'Added by the admin' });
    expect(res.status).toBe(303);
    // No waiting: the write was made by this process.
    expect(await (await admin.get(page)).text()).toContain('Added by the admin');
  });
});
