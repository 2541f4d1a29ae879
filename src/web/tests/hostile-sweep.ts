import { rowsHasher } from '../../testing/rows-hash.ts';
import type { TestClient } from '../../testing/test-app.ts';
import { type Probe, type Seen, sweepBatch } from '../../testing/write-batches.ts';
import { appWithOwnForms, type FormFields } from './own-forms.ts';
import { fillPath, paramNames, type Route, routeKey, servedRoutes } from './route-table.ts';

// Every route of the admin's own municipality (and the network's, for its coordinator) gets
// hostile query strings and form fields, one field at a time in a form otherwise as its page
// gives it, so each handler's parsing and command are reached; its path names real things. None
// may answer 500, reflect markup unescaped, or change any row when it answers with an error.
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
// One field at a time gets these: what breaks parsing, rendering, storing and length checks.
const perField = [
  '',
  script,
  "' OR '1'='1'; DROP TABLE users; --",
  '\u0000\u202E\uFFFD😀',
  'x'.repeat(20_000),
];
// And a field that names something gets what would name something else.
const perIdField = [...perField, 'NO-3203', '00000000-0000-0000-0000-000000000000'];
const namesSomething = (field: string) =>
  /(Id|_[0-9a-f-]{36}|^role|^municipality|^department|^body)$/.test(field);
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

/** The municipality whose admin sweeps its own routes. */
export const home = 'SE-0127';

/** The app of a sweep, with its admin's forms (web/tests/own-forms.ts). */
export type Sweep = Awaited<ReturnType<typeof appWithOwnForms>>;

/** The app and forms a sweep works on: Botkyrka's admin and the network's coordinator. */
export const sweepApp = (): Promise<Sweep> => appWithOwnForms(home, 'admin@botkyrka.example');

/** Routes that remove or settle what other routes work on go last. */
const settles = (pattern: string) => /\/(delete|remove|revoke|adopt)$/.test(pattern);

/**
 * The fields of a form to make hostile one at a time: each of its own (of a group of fields named
 * by id, `goal_<id>`, the first), or, for a route whose form no page shows, every name a form
 * in the app uses.
 */
function fieldsToTry(form: FormFields | undefined): string[] {
  if (!form) return ['*'];
  const perGroup = new Map<string, number>();
  const names: string[] = [];
  for (const [name] of form) {
    const group = name.replace(/[0-9a-f-]{36}$/, '');
    const seen = perGroup.get(group) ?? 0;
    if (seen >= 1 || names.includes(name)) continue;
    perGroup.set(group, seen + 1);
    names.push(name);
  }
  return names;
}

// A JSON body of each API write that the API takes, so each key can be made hostile alone.
const apiBodies: Record<string, Record<string, unknown>> = {
  'POST /api/v1/auth/token': { email: 'admin@botkyrka.example', password: 'x', municipality: home },
  'POST /api/v1/municipalities/:id/portfolio/select': { year: 2027, budget: 1_000_000 },
};

/** One request of the sweep: `value` in every query key, and in the body's field `field`. */
async function send(
  { own, forms }: Sweep,
  client: TestClient,
  route: Route,
  field: string,
  value: string,
): Promise<Response> {
  const query = queryKeys.map((k) => `${k}=${encodeURIComponent(value.slice(0, 1000))}`).join('&');
  const url = `${fillPath(route.pattern, own)}?${query}`;
  if (route.method === 'GET') return client.request(url);
  if (route.pattern.startsWith('/api/')) {
    const body = apiBodies[routeKey(route)] ?? {};
    return client.request(url, {
      method: route.method,
      body: JSON.stringify(field === '*' ? { ...body, name: value } : { ...body, [field]: value }),
      headers: { 'content-type': 'application/json' },
    });
  }
  const form = forms.get(routeKey(route));
  const body = new URLSearchParams(form ?? []);
  if (field === '*') for (const f of fields) body.set(f, value);
  else body.set(field, value);
  body.set('_csrf', await client.csrfToken());
  return client.request(url, {
    method: route.method,
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

/**
 * Every route `part` takes, with its own municipality's real ids, each field of its form × 5 to 8
 * hostile values, signed in and as a visitor: what answered 500, reflected markup unescaped, or
 * changed rows while refusing. The routes that remove or settle things go last.
 */
export async function sweepHostileFields(
  sweep: Sweep,
  part: (route: Route) => boolean,
): Promise<{ failures: string[]; routes: number; requests: number }> {
  const { t, admin, coordinator, forms } = sweep;
  const routes = servedRoutes(t.app)
    .filter((r) => routeKey(r) !== 'POST /:lang/logout' && part(r))
    .sort((a, b) => Number(settles(a.pattern)) - Number(settles(b.pattern)));
  const hash = rowsHasher(t.database.db);
  const anonymous = t.client();
  const failures: string[] = [];
  let requests = 0;
  for (const route of routes) {
    const key = routeKey(route);
    // A visitor for login and registration, whose success would sign the client in as someone
    // else; the network's coordinator on the network's pages; the municipality's admin elsewhere.
    const visitor = ['POST /:lang/login', 'POST /:lang/register'].includes(key);
    const client = route.pattern.startsWith('/:lang/network') ? coordinator : admin;
    const tried =
      route.method === 'GET' ? ['query'] : [...new Set([...fieldsToTry(forms.get(key)), '*'])];
    const probes: Probe[] = [];
    const add = (label: string, field: string, value: string, from: () => TestClient) =>
      probes.push({
        label: `${label} ${key} with ${field}=${JSON.stringify(value.slice(0, 40))}`,
        send: () => send(sweep, from(), route, field, value),
      });
    for (const field of key in apiBodies ? Object.keys(apiBodies[key] ?? {}) : tried) {
      const values =
        field === '*' || field === 'query'
          ? hostile
          : namesSomething(field)
            ? perIdField
            : perField;
      for (const value of values)
        add('signed in', field, value, () => (visitor ? t.client() : client));
    }
    // And a visitor, with every field at once, on every route.
    if (!visitor) for (const value of hostile) add('anonymous', '*', value, () => anonymous);
    requests += probes.length;
    const { seen, wrote } = await sweepBatch(hash, probes, (s) => s.status < 400);
    failures.push(...wrote.map((w) => `${w}: refused but changed rows`));
    for (const s of seen) {
      if (s.status >= 500) failures.push(`${s.label}: ${s.status}`);
      if (s.type.includes('text/html') && s.text.includes(script)) {
        failures.push(`${s.label}: reflects markup`);
      }
    }
  }
  return { failures, routes: routes.length, requests };
}

/**
 * Ids and numbers in the address that look almost right, in each path parameter of every route
 * `part` takes while the others name real rows: what did not answer 4xx (a visitor may be sent
 * to log in), or wrote something.
 */
export async function sweepPathShapes(
  sweep: Sweep,
  part: (route: Route) => boolean,
): Promise<string[]> {
  const { t, own, coordinator } = sweep;
  const signedInAdmin = await t.signedIn('admin@botkyrka.example');
  const anonymous = t.client();
  const hash = rowsHasher(t.database.db);
  const failures: string[] = [];
  const routes = servedRoutes(t.app).filter(
    (r) => routeKey(r) !== 'POST /:lang/logout' && r.pattern.includes('/:') && part(r),
  );
  for (const route of routes) {
    const names = paramNames(route.pattern);
    const signedIn = route.pattern.startsWith('/:lang/network') ? coordinator : signedInAdmin;
    const probes: Probe[] = [];
    const checks: ((s: Seen) => boolean)[] = [];
    for (const name of names) {
      for (const shape of pathShapes) {
        for (const [label, client] of [
          ['signed in', signedIn],
          ['anonymous', anonymous],
        ] as const) {
          const path = fillPath(route.pattern, { ...own, [name]: encodeURIComponent(shape) });
          probes.push({
            label: `${label} ${route.method} ${route.pattern} with :${name}=${JSON.stringify(shape)}`,
            send: () => sendEmpty(client, route.method, path),
          });
          // Visitors to a page may be sent to log in first; an empty last segment is a path
          // with a trailing slash, which is redirected to the path without it.
          const api = path.startsWith('/api/');
          const lowest = shape === '' || (client === anonymous && !api) ? 300 : 400;
          checks.push(
            (s) =>
              s.status >= 500 ||
              s.status < lowest ||
              (api &&
                s.status >= 400 &&
                (![400, 404].includes(s.status) || !s.type.includes('json'))),
          );
        }
      }
    }
    const { seen, wrote } = await sweepBatch(hash, probes);
    failures.push(...wrote.map((w) => `${w}: wrote something`));
    seen.forEach((s, i) => {
      if (checks[i]?.(s)) failures.push(`${s.label}: ${s.status} ${s.type}`);
    });
  }
  return failures;
}
