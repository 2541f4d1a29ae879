import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { fillPath, servedRoutes } from './route-table.ts';

// Every route gets hostile path parameters, query strings and bodies. None may answer 500, reflect
// markup unescaped, or leave a row behind when it answers with an error.
const script = '<script>alert(1)</script>';
const hostile = [
  '',
  script,
  "' OR '1'='1'; DROP TABLE users; --",
  '../../../etc/passwd',
  'NO-3203',
  '00000000-0000-0000-0000-000000000000',
  '\u0000\u202E\uFFFD😀',
  'x'.repeat(20_000),
];
const fields = [
  'name',
  'email',
  'password',
  'municipalityId',
  'role',
  'departmentId',
  'issuer',
  'clientId',
  'clientSecret',
  'enabled',
  'title',
  'body',
  'text',
  'description',
  'problem',
  'idea',
  'reason',
  'bodyId',
  'decidedOn',
  'year',
  'budget',
  'value',
  'measuredOn',
  'unit',
  'baselineValue',
  'targetValue',
  'goalId',
  'parentId',
  'capabilityId',
  'systemId',
];
const queryKeys = [
  'q',
  'country',
  'county',
  'page',
  'pageSize',
  'next',
  'before',
  'done',
  'state',
  'code',
  'limit',
  'head',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const countedTables = [
  'users',
  'role_grants',
  'api_tokens',
  'departments',
  'oidc_providers',
  'audit_log',
  'municipalities',
  'counties',
  'external_identities',
  'future_story_versions',
  'goals',
  'indicators',
  'indicator_measurements',
  'initiatives',
  'initiative_costs',
  'stage_transitions',
  'benefits',
  'benefit_measurements',
  'decisions',
  'decision_bodies',
  'decision_checkpoints',
  'scenarios',
  'steering_settings',
  'capabilities',
  'systems',
];

// One statement for all counts: this runs twice per request on every route.
const fingerprintQuery = sql.raw(
  `select concat_ws(' ', ${countedTables
    .map((table) => `'${table}=' || (select count(*) from ${table})`)
    .join(', ')}) as fp`,
);

async function fingerprint(): Promise<string> {
  const result = await t.database.db.execute(fingerprintQuery);
  return String((result as { rows: { fp: string }[] }).rows[0]?.fp);
}

async function send(
  client: TestClient,
  method: string,
  pattern: string,
  value: string,
): Promise<Response> {
  const encoded = encodeURIComponent(value.slice(0, 2000));
  const path = fillPath(pattern, {
    lang: 'en',
    id: encoded,
    grantId: encoded,
    tokenId: encoded,
    name: encoded,
  });
  const query = queryKeys.map((k) => `${k}=${encodeURIComponent(value.slice(0, 1000))}`).join('&');
  const url = `${path}?${query}`;
  if (method === 'GET') return client.request(url);
  if (path.startsWith('/api/')) {
    return client.request(url, {
      method,
      body: JSON.stringify({ email: value, password: value, municipality: value, name: value }),
      headers: { 'content-type': 'application/json' },
    });
  }
  const body = new URLSearchParams(Object.fromEntries(fields.map((f) => [f, value])));
  body.set('_csrf', await client.csrfToken());
  return client.request(url, {
    method,
    body: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('hostile input', () => {
  // Every route × 8 values × 2 clients: far longer than one ordinary test.
  it('never answers 500, never reflects markup, never half-writes', {
    timeout: 900_000,
  }, async () => {
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    const anonymous = t.client();
    const routes = servedRoutes(t.app).filter(
      (r) => `${r.method} ${r.pattern}` !== 'POST /:lang/logout',
    );
    for (const [label, client] of [
      ['admin', admin],
      ['anonymous', anonymous],
    ] as const) {
      for (const route of routes) {
        for (const value of hostile) {
          const before = await fingerprint();
          const res = await send(client, route.method, route.pattern, value);
          const where = `${label} ${route.method} ${route.pattern} with ${JSON.stringify(value.slice(0, 40))}`;
          expect(res.status, where).toBeLessThan(500);
          const type = res.headers.get('content-type') ?? '';
          const text = await res.text();
          if (type.includes('text/html')) expect(text, where).not.toContain(script);
          if (res.status >= 400) expect(await fingerprint(), where).toBe(before);
        }
      }
    }
  });

  it('accepts malformed UTF-8 in a form as replacement characters, not as an error', async () => {
    const admin = t.client();
    await admin.login('admin@botkyrka.example');
    const token = await admin.csrfToken();
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`_csrf=${token}&name=`),
      0xff,
      0xfe,
      0xc0,
      0xaf,
    ]);
    const res = await admin.request('/en/municipalities/SE-0127/departments', {
      method: 'POST',
      body: bytes,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBeLessThan(500);
    const malformedPath = await admin.request('/en/municipalities/%FF%FE%C0%AF');
    expect(malformedPath.status).toBe(404);
  });

  it('answers malformed JSON on the API with 400 problem+json', async () => {
    const res = await t.app.request('/api/v1/auth/token', {
      method: 'POST',
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
