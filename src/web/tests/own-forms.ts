import { randomUUID } from 'node:crypto';
import { formsIn } from '../../testing/page-forms.ts';
import { existingEntities } from '../../testing/tenant-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { fillPath, type Route, routeKey, routeOf, servedRoutes } from './route-table.ts';

/** A form's fields as the page gives them, without its CSRF token. */
export type FormFields = [string, string][];

/** A value for every path parameter that names something real in `municipalityId`. */
export async function ownParameters(
  t: TestApp,
  municipalityId: string,
): Promise<Record<string, string>> {
  const found = await existingEntities(t.database.db, municipalityId);
  const params: Record<string, string> = {
    lang: 'en',
    id: municipalityId,
    name: 'app.css',
    file: 'logo-000000000000.png',
    tokenId: randomUUID(),
  };
  for (const [name, id] of Object.entries(found)) params[name] = id ?? randomUUID();
  return params;
}

/**
 * The fields of every form the app's pages show, by the route the form posts to
 * (`POST /:lang/...`): each client visits the page routes whose pattern `pages` matches, once,
 * with `params`, so a sweep can send each route the body its own form would.
 */
export async function formsByRoute(
  routes: readonly Route[],
  visits: readonly { client: TestClient; pages: RegExp }[],
  params: Record<string, string>,
): Promise<Map<string, FormFields>> {
  const found = new Map<string, FormFields>();
  for (const { client, pages } of visits) {
    for (const page of routes.filter((r) => r.method === 'GET' && pages.test(r.pattern))) {
      const res = await client.get(fillPath(page.pattern, params));
      if (!(res.headers.get('content-type') ?? '').includes('text/html')) {
        await res.arrayBuffer();
        continue;
      }
      for (const form of formsIn(await res.text())) {
        if (form.method !== 'POST') continue;
        const route = routeOf(routes, 'POST', form.action);
        if (!route || found.has(routeKey(route))) continue;
        found.set(
          routeKey(route),
          form.fields.filter(([name]) => name !== '_csrf'),
        );
      }
    }
  }
  return found;
}

/**
 * An app with demo content, the admin of `home` (`adminEmail`) and the network coordinator signed
 * in, and the body each form they (and a visitor, on login and registration) can reach posts:
 * what a sweep over a municipality's own forms starts from.
 */
export async function appWithOwnForms(home: string, adminEmail: string) {
  const t = await createTestApp();
  const own = await ownParameters(t, home);
  const admin = await t.signedIn(adminEmail);
  const coordinator = await t.signedIn('coordinator@network.example');
  const forms = await formsByRoute(
    servedRoutes(t.app),
    [
      { client: admin, pages: /^\/:lang\/(municipalities\/:id(\/|$)|account$)/ },
      { client: coordinator, pages: /^\/:lang\/network\// },
      { client: t.client(), pages: /^\/:lang\/(login|register)$/ },
    ],
    own,
  );
  return { t, own, forms, admin, coordinator };
}
