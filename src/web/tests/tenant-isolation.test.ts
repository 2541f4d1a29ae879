import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../domains/audit/audit.schema.ts';
import { registerAndConfirm } from '../../domains/identity/identity.fixtures.ts';
import {
  apiTokens,
  oidcProviders,
  roleGrants,
  users,
} from '../../domains/identity/identity.schema.ts';
import { departments } from '../../domains/tenancy/tenancy.schema.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
  type TestClient,
} from '../../testing/test-app.ts';
import { municipalRoles } from '../../vocabulary/actor.ts';
import { fillPath, routeClasses, servedRoutes } from './route-table.ts';

// Botkyrka's people, every role, try every route against Asker. Asker holds a secret marker in its
// internal data (an account, an OIDC client id, audit entries); no response may contain it, and no
// request may change Asker's data.
const home = 'SE-0127';
const foreign = 'NO-3203';
const marker = 'asker-internal-marker';

let t: TestApp;
let foreignGrantId = '';
let foreignTokenId = '';

async function foreignState() {
  const db = t.database.db;
  const grants = await db.select().from(roleGrants).where(eq(roleGrants.municipalityId, foreign));
  const depts = await db.select().from(departments).where(eq(departments.municipalityId, foreign));
  const providers = await db
    .select()
    .from(oidcProviders)
    .where(eq(oidcProviders.municipalityId, foreign));
  const tokens = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.municipalityId, foreign), isNull(apiTokens.revokedAt)));
  const audit = await db.select().from(auditLog).where(eq(auditLog.municipalityId, foreign));
  return JSON.stringify({
    grants: grants.map((g) => [g.id, g.role, g.revokedAt]).sort(),
    depts: depts.map((d) => [d.id, d.name]).sort(),
    providers,
    tokens: tokens.map((x) => x.id).sort(),
    audit: audit.length,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const askerAdmin = t.client();
  await askerAdmin.login('admin@asker.example');
  await askerAdmin.postForm(`/nb/municipalities/${foreign}/admin/login`, {
    issuer: 'https://login.asker.example',
    clientId: marker,
    clientSecret: `${marker}-secret`,
    enabled: '',
  });
  await registerAndConfirm(
    t,
    t.client(),
    {
      name: marker,
      email: `${marker}@asker.example`,
      password: 'a long enough password',
      municipalityId: foreign,
    },
    'nb',
  );
  await askerAdmin.postForm(`/nb/municipalities/${foreign}/admin/roles`, {
    email: `${marker}@asker.example`,
    role: 'staff',
  });
  const [grant] = await t.database.db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(users.email, `${marker}@asker.example`), eq(roleGrants.role, 'staff')));
  foreignGrantId = grant?.id ?? '';
  const token = await postJson(t.app, '/api/v1/auth/token', {
    email: 'staff@asker.example',
    password: demoPasswordForTests,
  });
  foreignTokenId = (await token.json()).id;
  expect(foreignGrantId).not.toBe('');
  expect(foreignTokenId).toMatch(/^[0-9a-f-]{36}$/);
});
afterAll(async () => {
  await t?.close();
});

const params = () => ({
  lang: 'en',
  id: foreign,
  grantId: foreignGrantId,
  tokenId: foreignTokenId,
  name: 'app.css',
});

// A plausible body for every form, aimed at Asker.
const formBody = {
  name: 'Takeover',
  // Not the marker: a form may echo the visitor's own input back.
  email: 'resident@asker.example',
  role: 'admin',
  departmentId: '',
  issuer: 'https://evil.example',
  clientId: 'evil',
  clientSecret: 'evil',
  enabled: 'on',
  municipalityId: foreign,
  password: 'x',
};

type Actor = { label: string; client: TestClient; bearer?: string };

async function actors(): Promise<Actor[]> {
  const list: Actor[] = [{ label: 'anonymous', client: t.client() }];
  for (const role of municipalRoles) {
    const client = t.client();
    await client.login(`${role}@botkyrka.example`);
    list.push({ label: `${role} of ${home}`, client });
  }
  const token = await postJson(t.app, '/api/v1/auth/token', {
    email: 'admin@botkyrka.example',
    password: demoPasswordForTests,
  });
  list.push({
    label: `admin of ${home} with API token`,
    client: t.client(),
    bearer: (await token.json()).token,
  });
  return list;
}

describe('tenant isolation', () => {
  it('classifies every route the app serves', () => {
    const unclassified = servedRoutes(t.app)
      .map((r) => `${r.method} ${r.pattern}`)
      .filter((key) => !(key in routeClasses));
    expect(unclassified).toEqual([]);
  });

  // Every route for every role: far longer than one ordinary test.
  it("never shows or changes another municipality's internal data, for any role on any route", {
    timeout: 900_000,
  }, async () => {
    const before = await foreignState();
    const routes = servedRoutes(t.app).filter(
      (r) => !['POST /:lang/logout', 'POST /:lang/login'].includes(`${r.method} ${r.pattern}`),
    );
    for (const actor of await actors()) {
      for (const route of routes) {
        const key = `${route.method} ${route.pattern}`;
        const path = fillPath(route.pattern, params());
        const headers: Record<string, string> = actor.bearer
          ? { authorization: `Bearer ${actor.bearer}` }
          : {};
        let res: Response;
        if (route.method === 'GET') {
          res = await actor.client.request(path, { headers });
        } else if (path.startsWith('/api/')) {
          res = await actor.client.request(path, {
            method: route.method,
            body: JSON.stringify({
              email: 'admin@asker.example',
              password: 'guess',
              municipality: foreign,
            }),
            headers: { ...headers, 'content-type': 'application/json' },
          });
        } else {
          const body = new URLSearchParams({ ...formBody, _csrf: await actor.client.csrfToken() });
          res = await actor.client.request(path, {
            method: route.method,
            body: body.toString(),
            headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          });
        }
        const where = `${actor.label}: ${key}`;
        expect(res.status, where).toBeLessThan(500);
        const text = await res.text();
        expect(text, where).not.toContain(marker);
        if (routeClasses[key] === 'internal') {
          // Refused: 403, or sent to log in (303) / 401 when not authenticated at all.
          expect([401, 403, 303], where).toContain(res.status);
        }
      }
    }
    expect(await foreignState()).toBe(before);
  });
});
