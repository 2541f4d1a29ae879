import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules.ts';
import { rowsHasher } from '../../testing/rows-hash.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import { type Probe, type Seen, sweepBatch } from '../../testing/write-batches.ts';
import { appWithOwnForms, type FormFields } from './own-forms.ts';
import { fillPath, type Route, routeKey, servedRoutes } from './route-table.ts';

// Every state-changing route, sent by someone allowed to use it with the body its own form has,
// but without the form token, with a wrong one, with another session's, or from another origin
// with the right one: each is refused as a cross-site request (403), and no row changes. Then the
// same request with the right token is not refused so, to show it was the token.
const home = 'SE-0127';

let t: TestApp;
let own: Record<string, string>;
let forms: Map<string, FormFields>;
let admin: TestClient;
let coordinator: TestClient;
beforeAll(async () => {
  ({ t, own, forms, admin, coordinator } = await appWithOwnForms(home, 'admin@botkyrka.example'));
});
afterAll(async () => {
  await t?.close();
});

type Token = { kind: 'none' } | { kind: 'value'; value: string } | { kind: 'own' };

/** The route's request as its form (or the API) would send it, with `token` as the form token. */
async function send(
  client: TestClient,
  route: Route,
  token: Token,
  headers: Record<string, string> = {},
): Promise<Response> {
  const path = fillPath(route.pattern, own);
  const value =
    token.kind === 'own'
      ? await client.csrfToken()
      : token.kind === 'value'
        ? token.value
        : undefined;
  if (path.startsWith('/api/')) {
    return client.request(path, {
      method: route.method,
      body: JSON.stringify({
        email: 'admin@botkyrka.example',
        password: 'x',
        year: 2027,
        budget: 1e6,
      }),
      headers: {
        'content-type': 'application/json',
        ...(value === undefined ? {} : { 'x-csrf-token': value }),
        ...headers,
      },
    });
  }
  const body = new URLSearchParams(forms.get(routeKey(route)) ?? []);
  if (value !== undefined) body.set('_csrf', value);
  return client.request(path, {
    method: route.method,
    body: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

/** The app's answer to a request that failed the cross-site check, and no other 403. */
const csrfRefusal = (seen: Seen) =>
  seen.status === 403 &&
  (seen.type.includes('json')
    ? seen.text.includes('missing or invalid CSRF token')
    : seen.text.includes('The form has expired'));

const settles = (pattern: string) => /\/(delete|remove|revoke|adopt|logout)$/.test(pattern);

describe('CSRF on every state-changing route', () => {
  it('refuses a missing, wrong or borrowed token and another origin, and changes nothing', {
    timeout: 300_000,
  }, async () => {
    // Addresses that are their own secret (one-click unsubscribe, posted by mail programs with no
    // cookie): exempt by design, and only these. The route's own test shows the secret is needed.
    const selfAuthorising = modules.flatMap((m) => m.selfAuthorisingPaths ?? []);
    const exempt = (r: Route) => selfAuthorising.some((p) => p.test(fillPath(r.pattern, own)));
    const unsafe = servedRoutes(t.app).filter((r) => r.method !== 'GET');
    expect(unsafe.filter(exempt).map(routeKey)).toEqual(['POST /:lang/unsubscribe/:token']);
    const routes = servedRoutes(t.app)
      .filter((r) => r.method !== 'GET' && !exempt(r))
      .sort((a, b) => Number(settles(a.pattern)) - Number(settles(b.pattern)));
    const other = await t.signedIn('staff@botkyrka.example');
    const borrowed = await other.csrfToken();
    const clientFor = (route: Route) =>
      route.pattern.startsWith('/:lang/network') ? coordinator : admin;
    const probes: Probe[] = routes.flatMap((route) => {
      const client = clientFor(route);
      const key = routeKey(route);
      return [
        { label: `${key} without a token`, send: () => send(client, route, { kind: 'none' }) },
        {
          label: `${key} with a wrong token`,
          send: () => send(client, route, { kind: 'value', value: 'x'.repeat(43) }),
        },
        {
          label: `${key} with another session's token`,
          send: () => send(client, route, { kind: 'value', value: borrowed }),
        },
        {
          label: `${key} from another origin`,
          send: () => send(client, route, { kind: 'own' }, { origin: 'https://evil.example' }),
        },
      ];
    });
    const hash = rowsHasher(t.database.db);
    const { seen, wrote } = await sweepBatch(hash, probes);
    const failures = [
      ...wrote.map((w) => `${w}: changed rows`),
      ...seen.filter((s) => !csrfRefusal(s)).map((s) => `${s.label}: ${s.status}`),
    ];
    // The right token from this site passes the check (whatever the route then answers); visitors
    // log in and register, so the admin stays signed in, and logging out would end the session.
    for (const route of routes.filter((r) => routeKey(r) !== 'POST /:lang/logout')) {
      const visitor = ['POST /:lang/login', 'POST /:lang/register'].includes(routeKey(route));
      const client = visitor ? t.client() : clientFor(route);
      const res = await send(client, route, { kind: 'own' }, { origin: 'http://localhost' });
      const answer: Seen = {
        label: routeKey(route),
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        location: res.headers.get('location') ?? '',
        text: await res.text(),
      };
      if (csrfRefusal(answer)) failures.push(`${routeKey(route)} refused with the right token`);
    }
    console.info(
      `CSRF swept ${routes.length} routes with ${probes.length + routes.length - 1} requests`,
    );
    expect(failures).toEqual([]);
  });
});
