import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

describe('addresses', () => {
  it('redirects an address with a trailing slash to the page without it, keeping the query', async () => {
    for (const [from, to] of [
      ['/sv/', '/sv'],
      ['/sv/municipalities/', '/sv/municipalities'],
      ['/en/municipalities/SE-0127/?x=1', '/en/municipalities/SE-0127?x=1'],
    ] as const) {
      const res = await t.app.request(from);
      expect(res.status, from).toBe(301);
      expect(
        new URL(res.headers.get('location') ?? '').pathname +
          new URL(res.headers.get('location') ?? '').search,
      ).toBe(to);
      expect((await t.app.request(to)).status, to).toBe(200);
    }
  });

  it('still answers 404 for a page that does not exist, with or without the slash', async () => {
    expect((await t.app.request('/sv/no-such-page')).status).toBe(404);
    const res = await t.app.request('/sv/no-such-page/');
    expect(res.status).toBe(301);
    expect((await t.app.request(res.headers.get('location') ?? '')).status).toBe(404);
  });

  it('does not redirect form posts', async () => {
    const res = await t.app.request('/sv/login/', { method: 'POST' });
    expect(res.status).not.toBe(301);
  });
});
