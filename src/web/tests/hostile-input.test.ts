import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestBenefit, insertTestInitiative } from '../../testing/steering-fixtures.ts';
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

// Path parameters that are almost an id or a number. PostgreSQL reads `00000000000000000000000000000000`
// as a uuid, and `1e308` is an integer to JavaScript but not to PostgreSQL.
const pathShapes = [
  '0'.repeat(36),
  'f'.repeat(32),
  '-'.repeat(36),
  '1e308',
  '-1',
  '9999999999999999999',
  '0x10',
  'NaN',
  '',
];

/** A real value for every path parameter in Botkyrka (admin@botkyrka.example's municipality). */
async function realParameters(): Promise<Record<string, string>> {
  const db = t.database.db;
  const first = async (table: string) => {
    const result = await db.execute(
      sql.raw(`select id::text as id from ${table} where municipality_id = 'SE-0127' limit 1`),
    );
    return (result as { rows: { id: string }[] }).rows[0]?.id ?? randomUUID();
  };
  const did = await first('departments');
  const initiative = await insertTestInitiative(db, {
    municipalityId: 'SE-0127',
    departmentId: did,
    title: 'Satsning för adresser',
    isPublic: true,
    costs: { 2027: { investment: 100 } },
  });
  const benefit = await insertTestBenefit(db, { initiativeId: initiative.id });
  const risk = await db.execute(
    sql`insert into initiative_risks (initiative_id, description, likelihood, impact)
        values (${initiative.id}, 'Risk', 2, 2) returning id::text as id`,
  );
  const grant = await db.execute(
    sql`select id::text as id from role_grants where municipality_id = 'SE-0127' and role = 'resident' limit 1`,
  );
  return {
    lang: 'en',
    id: 'SE-0127',
    iid: initiative.id,
    bid: benefit.id,
    rid: (risk as { rows: { id: string }[] }).rows[0]?.id ?? randomUUID(),
    year: '2027',
    did,
    goalId: await first('goals'),
    versionId: await first('future_story_versions'),
    sid: await first('scenarios'),
    capabilityId: await first('capabilities'),
    systemId: await first('systems'),
    grantId: (grant as { rows: { id: string }[] }).rows[0]?.id ?? randomUUID(),
    tokenId: randomUUID(),
    name: 'app.css',
    file: 'logo-000000000000.png',
  };
}

/** A request with an empty form (and a CSRF token) or an empty JSON body, so only the path is wrong. */
async function sendEmpty(client: TestClient, method: string, path: string): Promise<Response> {
  if (method === 'GET') return client.request(path);
  if (path.startsWith('/api/')) {
    return client.request(path, {
      method,
      body: '{}',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await client.csrfToken() },
    });
  }
  return client.request(path, {
    method,
    body: new URLSearchParams({ _csrf: await client.csrfToken() }).toString(),
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

  // Ids and numbers in the address that look almost right: each goes into one path parameter while
  // the others name real rows, so the route gets as far as reading that parameter.
  it('answers ids and numbers in the address that name nothing with 4xx', {
    timeout: 900_000,
  }, async () => {
    const valid = await realParameters();
    const admin = await t.signedIn('admin@botkyrka.example');
    const coordinator = await t.signedIn('coordinator@network.example');
    const anonymous = t.client();
    const failures: string[] = [];
    const routes = servedRoutes(t.app).filter(
      (r) => `${r.method} ${r.pattern}` !== 'POST /:lang/logout' && r.pattern.includes('/:'),
    );
    for (const route of routes) {
      const names = [...route.pattern.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
      const signedIn = route.pattern.startsWith('/:lang/network') ? coordinator : admin;
      for (const name of names) {
        for (const shape of pathShapes) {
          for (const [label, client] of [
            ['signed in', signedIn],
            ['anonymous', anonymous],
          ] as const) {
            const path = fillPath(route.pattern, { ...valid, [name]: encodeURIComponent(shape) });
            const where = `${label} ${route.method} ${route.pattern} with :${name}=${JSON.stringify(shape)}`;
            const before = await fingerprint();
            const res = await sendEmpty(client, route.method, path);
            await res.arrayBuffer();
            const type = res.headers.get('content-type') ?? '';
            // Visitors to a page may be sent to log in first; an empty last segment is a path
            // with a trailing slash, which is redirected to the path without it.
            const api = path.startsWith('/api/');
            const lowest = shape === '' || (client === anonymous && !api) ? 300 : 400;
            const wrong =
              res.status >= 500 ||
              res.status < lowest ||
              (api &&
                res.status >= 400 &&
                (![400, 404].includes(res.status) || !type.includes('json')));
            if (wrong) failures.push(`${where}: ${res.status} ${type}`);
            if ((await fingerprint()) !== before) failures.push(`${where}: wrote something`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
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
