import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../vocabulary/actor.ts';
import type { AppEnv, AppServices } from './env.ts';
import { keptForEveryone, keptForVisitors, SignedInPages, VisitorPages } from './visitor-pages.ts';

/** A tiny app whose pages count how often they are drawn; `signedIn` asks as a user. */
function app() {
  const pages = new VisitorPages(10);
  pages.attach({ live: () => true, close: async () => {} });
  const signedInPages = new SignedInPages(10);
  signedInPages.attach({ live: () => true, close: async () => {} });
  const drawn: Record<string, number> = {};
  const count = (name: string) => {
    drawn[name] = (drawn[name] ?? 0) + 1;
    return drawn[name];
  };
  const web = new Hono<AppEnv>();
  web.use('*', async (c, next) => {
    c.set('deps', { visitorPages: pages, signedInPages } as unknown as AppServices);
    const user = c.req.header('x-test-user');
    const grants = (c.req.header('x-test-grants') ?? '').split(',').filter(Boolean);
    c.set(
      'actor',
      user === undefined
        ? { kind: 'anonymous' }
        : ({
            kind: 'user',
            userId: user,
            email: `${user}@example.org`,
            name: user,
            grants: grants.map((role) => ({ role, municipalityId: 'SE-0127', departmentId: null })),
          } as Actor),
    );
    // Each user's own form token, as the CSRF middleware sets it.
    c.set('csrfToken', `token-of-${user ?? 'visitor'}`);
    await next();
  });
  web.get('/public', keptForVisitors(), (c) => c.html(`<p>drawing ${count('public')}</p>`));
  web.get('/form', keptForVisitors(), (c) =>
    c.html(`<input type="hidden" name="_csrf" value="t${count('form')}">`),
  );
  web.get('/missing', keptForVisitors(), (c) => c.html(`gone ${count('missing')}`, 404));
  web.get('/json', keptForVisitors(), (c) => c.json({ n: count('json') }));
  web.get('/csv', keptForVisitors(), (c) =>
    c.body(`n\n${count('csv')}\n`, 200, { 'content-type': 'text/csv; charset=utf-8' }),
  );
  // Draws what depends on the grants, and the user's form token, as a page of keptForEveryone may.
  web.get('/staff', keptForEveryone(), (c) => {
    const actor = c.get('actor');
    const roles = actor.kind === 'user' ? actor.grants.map((g) => g.role).join('+') : 'none';
    const token = c.get('csrfToken');
    return c.html(`<p>${roles} ${count('staff')}</p><input name="_csrf" value="${token}">`);
  });
  web.get('/staff-missing', keptForEveryone(), (c) => c.html(`gone ${count('staffMissing')}`, 404));
  const get = async (path: string, headers: Record<string, string> = {}) =>
    (await web.request(path, { headers })).text();
  return { pages, signedInPages, drawn, get };
}

describe('pages kept for visitors', () => {
  it('draw a page once for every visitor of an address, and again once forgotten', async () => {
    const { pages, get } = app();
    expect(await get('/public')).toBe('<p>drawing 1</p>');
    expect(await get('/public')).toBe('<p>drawing 1</p>');
    // Another address (query included) is another page.
    expect(await get('/public?page=2')).toBe('<p>drawing 2</p>');
    pages.forget();
    expect(await get('/public')).toBe('<p>drawing 3</p>');
  });

  it('draw every page anew for signed-in users, and keep none of theirs', async () => {
    const { get } = app();
    const user = { 'x-test-user': '1' };
    expect(await get('/public', user)).toBe('<p>drawing 1</p>');
    expect(await get('/public', user)).toBe('<p>drawing 2</p>');
    expect(await get('/public')).toBe('<p>drawing 3</p>');
    expect(await get('/public', user)).toBe('<p>drawing 4</p>');
  });

  it('never keep a page with a form token, an error page, or what is neither HTML nor JSON', async () => {
    const { get, drawn } = app();
    for (const path of ['/form', '/missing', '/csv', '/json']) {
      await get(path);
      await get(path);
    }
    expect(drawn).toEqual({ form: 2, missing: 2, csv: 2, json: 1 });
  });

  it('let visitors who ask at once share one drawing, but not of a page with a form token', async () => {
    const { get, drawn } = app();
    const together = await Promise.all([get('/public'), get('/public'), get('/public')]);
    expect(together).toEqual(Array(3).fill('<p>drawing 1</p>'));
    const forms = await Promise.all([get('/form'), get('/form'), get('/form')]);
    expect(new Set(forms).size).toBe(3);
    expect(drawn.form).toBe(3);
  });
});

describe('pages kept for everyone with the same grants', () => {
  const as = (user: string, grants: string) => ({ 'x-test-user': user, 'x-test-grants': grants });

  it('draw a page once per set of grants, each user getting their own form token', async () => {
    const { get, drawn } = app();
    expect(await get('/staff', as('anna', 'staff'))).toBe(
      '<p>staff 1</p><input name="_csrf" value="token-of-anna">',
    );
    // Another user with the same grants gets the same drawing with the token of their own.
    expect(await get('/staff', as('bo', 'staff'))).toBe(
      '<p>staff 1</p><input name="_csrf" value="token-of-bo">',
    );
    // Other grants are another page; the order grants come in does not matter.
    expect(await get('/staff', as('cia', 'admin,staff'))).toBe(
      '<p>admin+staff 2</p><input name="_csrf" value="token-of-cia">',
    );
    expect(await get('/staff', as('dan', 'staff,admin'))).toContain('<p>admin+staff 2</p>');
    // Visitors get theirs apart, never a signed-in user's drawing.
    expect(await get('/staff')).toBe('<p>none 3</p><input name="_csrf" value="token-of-visitor">');
    expect(drawn.staff).toBe(3);
  });

  it('draw again once content changed, and never keep an error page', async () => {
    const { get, signedInPages, drawn } = app();
    await get('/staff', as('anna', 'staff'));
    signedInPages.forget();
    expect(await get('/staff', as('anna', 'staff'))).toContain('<p>staff 2</p>');
    await get('/staff-missing', as('anna', 'staff'));
    await get('/staff-missing', as('anna', 'staff'));
    expect(drawn.staffMissing).toBe(2);
  });

  it('let users with the same grants who ask at once share one drawing, each with their token', async () => {
    const { get, drawn } = app();
    const together = await Promise.all(['a', 'b', 'c'].map((u) => get('/staff', as(u, 'staff'))));
    expect(together).toEqual(
      ['a', 'b', 'c'].map((u) => `<p>staff 1</p><input name="_csrf" value="token-of-${u}">`),
    );
    expect(drawn.staff).toBe(1);
  });
});
