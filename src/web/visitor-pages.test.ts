import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../vocabulary/actor.ts';
import type { AppEnv, AppServices } from './env.ts';
import { keptForVisitors, VisitorPages } from './visitor-pages.ts';

/** A tiny app whose pages count how often they are drawn; `signedIn` asks as a user. */
function app() {
  const pages = new VisitorPages(10);
  pages.attach({ live: () => true, close: async () => {} });
  const drawn: Record<string, number> = {};
  const count = (name: string) => {
    drawn[name] = (drawn[name] ?? 0) + 1;
    return drawn[name];
  };
  const web = new Hono<AppEnv>();
  web.use('*', async (c, next) => {
    c.set('deps', { visitorPages: pages } as unknown as AppServices);
    const signedIn = c.req.header('x-test-user') !== undefined;
    c.set('actor', (signedIn ? { kind: 'user' } : { kind: 'anonymous' }) as Actor);
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
  const get = async (path: string, headers: Record<string, string> = {}) =>
    (await web.request(path, { headers })).text();
  return { pages, drawn, get };
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
