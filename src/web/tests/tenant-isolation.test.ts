import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsHasher } from '../../testing/rows-hash.ts';
import { type EntityIds, insertMarkedEntities } from '../../testing/tenant-fixtures.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
  type TestClient,
} from '../../testing/test-app.ts';
import { type Probe, type Seen, sweepBatch } from '../../testing/write-batches.ts';
import { municipalRoles } from '../../vocabulary/actor.ts';
import { type FormFields, formsByRoute, ownParameters } from './own-forms.ts';
import {
  fillPath,
  paramNames,
  type Route,
  routeClasses,
  routeKey,
  servedRoutes,
} from './route-table.ts';

// Botkyrka's people, every role, a county and a network coordinator, and an API token, try every
// route against Asker: with Asker in the path and Asker's ids, and with their own Botkyrka in the
// path and Asker's ids. Asker has one thing of every kind, each marked where only its own people
// may read it (a non-public initiative with its costs, risks and benefits, a draft goal, a draft
// future story, a scenario, its systems, a grant, a token, its login provider). No response may
// contain the marker, no write may be accepted, and no row anywhere may change.
const home = 'SE-0127';
const foreign = 'NO-3203';
const marker = 'asker-internal-marker';

/** The pages of a municipality and of the signed-in user, where its people's forms are. */
const municipalityPages = /^\/:lang\/(municipalities\/:id(\/|$)|account$|register$)/;

let t: TestApp;
let foreignIds: EntityIds;
let homeForms: Map<string, FormFields>;
let homeIds: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const askerAdmin = await t.signedIn('admin@asker.example');
  const configured = await askerAdmin.postForm(`/nb/municipalities/${foreign}/admin/login`, {
    issuer: 'https://login.asker.example',
    clientId: marker,
    clientSecret: `${marker}-secret`,
    enabled: '',
  });
  expect(configured.status).toBe(303);
  foreignIds = await insertMarkedEntities(t.database.db, foreign, marker);
  // Bodies as Botkyrka's own forms have them, so a write that forgets a check gets all the way.
  homeIds = await ownParameters(t, home);
  homeForms = await formsByRoute(
    servedRoutes(t.app),
    [
      { client: await t.signedIn('admin@botkyrka.example'), pages: municipalityPages },
      { client: await t.signedIn('coordinator@network.example'), pages: /^\/:lang\/network\// },
    ],
    homeIds,
  );
});
afterAll(async () => {
  await t?.close();
});

// What every form is sent, whatever its own fields say: aimed at Asker, as its admin.
const aimedAtForeign: Record<string, string> = {
  // Not the marker: a form may echo the visitor's own input back. An account that exists, so a
  // registration is refused as it would be for anyone.
  email: 'resident@asker.example',
  role: 'admin',
  municipalityId: foreign,
  municipality: foreign,
};
// What a form is sent where it has no such field of its own.
const fallback: Record<string, string> = {
  name: 'Takeover',
  departmentId: '',
  issuer: 'https://evil.example',
  clientId: 'evil',
  clientSecret: 'evil',
  enabled: 'on',
  password: 'x',
};

type Actor = { label: string; client: TestClient; bearer?: string };

async function actors(): Promise<Actor[]> {
  const list: Actor[] = [{ label: 'anonymous', client: t.client() }];
  for (const role of municipalRoles) {
    list.push({
      label: `${role} of ${home}`,
      client: await t.signedIn(`${role}@botkyrka.example`),
    });
  }
  for (const email of ['coordinator@network.example', 'coordinator@stockholm.example']) {
    list.push({ label: email, client: await t.signedIn(email) });
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

/**
 * A write the app took: a 2xx, or a redirect anywhere but to the login page or back with the
 * reason a login link was not started (`?oidc=`).
 */
const accepted = (seen: Seen) =>
  (seen.status >= 200 && seen.status < 300) ||
  (seen.status >= 300 &&
    seen.status < 400 &&
    !seen.location.includes('/login') &&
    !seen.location.includes('oidc='));
const refused = (seen: Seen) =>
  [401, 403].includes(seen.status) || (seen.status === 303 && seen.location.includes('/login'));

/** Where anyone, of any municipality or none, takes part: an open dialogue. */
const takingPart = new Set([
  'POST /:lang/municipalities/:id/matters/:mid/votes',
  'POST /:lang/municipalities/:id/matters/:mid/background',
  'POST /:lang/municipalities/:id/matters/:mid/statements',
  'POST /:lang/municipalities/:id/matters/:mid/comments',
  'POST /:lang/municipalities/:id/matters/:mid/comments/:cid/flags',
  'POST /:lang/municipalities/:id/matters/:mid/survey',
  'POST /api/v1/municipalities/:id/matters/:mid/votes',
  'POST /api/v1/municipalities/:id/matters/:mid/statements',
  // Following a public matter of any municipality is the person's own choice about their mail.
  'POST /:lang/municipalities/:id/matters/:mid/follow',
  // Anyone signed in may propose to a municipality and support its accepted proposals.
  'POST /:lang/municipalities/:id/proposals/new',
  'POST /:lang/municipalities/:id/proposals/:pid/support',
  'POST /api/v1/municipalities/:id/proposals/:pid/support',
  // Anyone signed in may join a challenge, share ideas and comments, and sign up for (or cancel
  // their own place at) its workshops.
  'POST /:lang/municipalities/:id/challenges/:chid/join',
  'POST /:lang/municipalities/:id/challenges/:chid/ideas',
  'POST /:lang/municipalities/:id/challenges/:chid/ideas/:ideaId/comments',
  'POST /:lang/municipalities/:id/challenges/:chid/workshops/:wid/signup',
  'POST /:lang/municipalities/:id/challenges/:chid/workshops/:wid/cancel',
]);

/**
 * The writes in the sweep that are the actor's own work: anyone may register in any municipality
 * or ask for a password reset link (the answer is the same for every valid form, and the address
 * gets a mail) and take part in any open dialogue, and a whole-network coordinator names
 * coordinators for the whole network, people of any municipality included, and recommends
 * cases in any county.
 */
const ownWork = (actor: Actor, route: Route) =>
  routeKey(route) === 'POST /:lang/register' ||
  routeKey(route) === 'POST /:lang/password-reset' ||
  takingPart.has(routeKey(route)) ||
  (actor.label === 'coordinator@network.example' &&
    (routeKey(route) === 'POST /:lang/network/coordinators' ||
      // A whole-network coordinator recommends cases in every county, Asker's included.
      routeKey(route).startsWith('POST /:lang/network/spread/')));

async function send(actor: Actor, route: Route, path: string): Promise<Response> {
  const headers: Record<string, string> = actor.bearer
    ? { authorization: `Bearer ${actor.bearer}` }
    : {};
  if (route.method === 'GET') return actor.client.request(path, { headers });
  if (path.startsWith('/api/')) {
    return actor.client.request(path, {
      method: route.method,
      body: JSON.stringify({
        email: 'admin@asker.example',
        password: 'guess',
        municipality: foreign,
        year: 2031,
        budget: 1000,
      }),
      headers: { ...headers, 'content-type': 'application/json' },
    });
  }
  const body = new URLSearchParams(homeForms.get(routeKey(route)) ?? []);
  for (const [name, value] of Object.entries(fallback)) {
    if (!body.has(name)) body.set(name, value);
  }
  for (const [name, value] of Object.entries(aimedAtForeign)) body.set(name, value);
  body.set('_csrf', await actor.client.csrfToken());
  return actor.client.request(path, {
    method: route.method,
    body: body.toString(),
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('tenant isolation', () => {
  it('classifies every route the app serves', () => {
    const unclassified = servedRoutes(t.app)
      .map(routeKey)
      .filter((key) => !(key in routeClasses));
    expect(unclassified).toEqual([]);
  });

  // Every route for every role, twice: far longer than one ordinary test.
  it("never shows or changes another municipality's internal data, for any role on any route", {
    timeout: 900_000,
  }, async () => {
    const routes = servedRoutes(t.app).filter(
      (r) => !['POST /:lang/logout', 'POST /:lang/login'].includes(routeKey(r)),
    );
    const everyone = await actors();
    const hash = rowsHasher(t.database.db);
    const shared = {
      lang: 'en',
      name: 'app.css',
      file: 'logo-000000000000.png',
      // An unsubscribe link is its own secret and belongs to no municipality: one naming nobody.
      token: 'aTokenOfTheRightShapeThatNamesNoLink_012345',
      ...foreignIds,
    };
    const failures: string[] = [];
    const cases: { probe: Probe; route: Route; variant: string; mayWrite: boolean }[] = [];
    for (const route of routes) {
      const names = paramNames(route.pattern);
      const unfilled = names.filter((n) => !(n in shared) && n !== 'id');
      if (unfilled.length) failures.push(`${routeKey(route)}: no value for ${unfilled.join(', ')}`);
      // Asker in the path with Asker's things; and, for each thing the route names, Botkyrka in
      // the path with Botkyrka's things but that one of Asker's, which a route that looks it up
      // without its municipality (or its initiative) would find.
      const variants = [{ label: 'foreign path', params: { ...shared, id: foreign } }];
      for (const name of names.filter((n) => n in foreignIds && n !== 'year')) {
        if (!names.includes('id')) continue;
        variants.push({
          label: 'home path',
          params: { ...shared, ...homeIds, id: home, [name]: shared[name as keyof typeof shared] },
        });
      }
      for (const actor of everyone) {
        for (const variant of variants) {
          const path = fillPath(route.pattern, variant.params);
          cases.push({
            probe: {
              label: `${actor.label}: ${route.method} ${path} (${variant.label})`,
              send: () => send(actor, route, path),
            },
            route,
            variant: variant.label,
            mayWrite: ownWork(actor, route),
          });
        }
      }
    }
    // The rows are hashed around batches of requests, not each one (see sweepBatch).
    const allowed = new Set(cases.filter((c) => c.mayWrite).map((c) => c.probe.label));
    for (let start = 0; start < cases.length; start += 150) {
      const batch = cases.slice(start, start + 150);
      const { seen, wrote } = await sweepBatch(
        hash,
        batch.map((c) => c.probe),
        (s) => allowed.has(s.label),
      );
      failures.push(...wrote.map((w) => `${w}: changed rows`));
      seen.forEach((s, i) => {
        const { route, variant, mayWrite } = batch[i] as (typeof batch)[number];
        const where = `${s.label}: ${s.status}`;
        if (s.status >= 500) failures.push(`${where}: server error`);
        if (s.text.includes(marker)) failures.push(`${where}: shows the marker`);
        if (route.method !== 'GET' && accepted(s) && !mayWrite) {
          failures.push(`${where}: write accepted`);
        }
        if (variant === 'home path' && s.status < 300) {
          failures.push(`${where}: found Asker's thing`);
        }
        // Internal routes of a municipality answer anyone without a role there with a refusal;
        // under their own municipality's path, Asker's thing is not found.
        const internal =
          routeClasses[routeKey(route)] === 'internal' && paramNames(route.pattern).includes('id');
        const expected = variant === 'home path' ? refused(s) || s.status === 404 : refused(s);
        if (internal && !expected) failures.push(`${where}: not refused`);
      });
    }
    const requests = cases.length;
    console.info(`tenant isolation swept ${routes.length} routes with ${requests} requests`);
    expect(failures).toEqual([]);
  });
});
