import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const require = createRequire(import.meta.url);
const year = 'public, max-age=31536000, immutable';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const sha12 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

async function bytes(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

/** The stylesheet links of a page. */
async function stylesheets(path: string): Promise<string[]> {
  const html = await (await t.app.request(path)).text();
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('static assets with hashed names', () => {
  it('links every stylesheet by a name that carries the hash of its content', async () => {
    const links = await stylesheets('/en');
    expect(links).toHaveLength(3);
    for (const [plain, href] of [
      ['designsystemet-theme.css', links[0]],
      ['designsystemet.css', links[1]],
      ['app.css', links[2]],
    ] as const) {
      const body = await bytes(await t.app.request(`/assets/${plain}`));
      expect(href).toBe(`/assets/${plain.replace(/\.css$/, '')}.${sha12(body)}.css`);
    }
  });

  it('serves the hashed name for a year and the plain name briefly, both with ETags', async () => {
    const [, , app] = await stylesheets('/sv');
    const hashed = await t.app.request(app ?? '');
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe(year);
    expect(hashed.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const etag = hashed.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{12}"$/);

    const plain = await t.app.request('/assets/app.css');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(plain.headers.get('etag')).toBe(etag);
    expect(await bytes(plain)).toEqual(await bytes(hashed));

    const again = await t.app.request(app ?? '', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await t.app.request('/assets/app.0123456789ab.css')).status).toBe(404);
  });

  it('serves the stylesheet precompressed with Brotli and gzip', async () => {
    const plain = await bytes(await t.app.request('/assets/designsystemet.css'));
    // Compressed once after start, in the background: wait for it.
    let res = await t.app.request('/assets/designsystemet.css', {
      headers: { 'accept-encoding': 'br' },
    });
    for (let i = 0; i < 100 && !res.headers.get('content-encoding'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      res = await t.app.request('/assets/designsystemet.css', {
        headers: { 'accept-encoding': 'br' },
      });
    }
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(await bytes(res))).toEqual(plain);
    const gz = await t.app.request('/assets/designsystemet.css', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gz))).toEqual(plain);
    // Either form's tag counts as the browser having this version.
    const tag = gz.headers.get('etag') ?? '';
    const cached = await t.app.request('/assets/designsystemet.css', {
      headers: { 'if-none-match': tag },
    });
    expect(cached.status).toBe(304);
  });

  it('bundles Inter from npm, served from /assets for a year, with font-display swap', async () => {
    const css = (await bytes(await t.app.request('/assets/app.css'))).toString();
    expect(css).toContain('font-display: swap');
    // No stylesheet of ours or Designsystemet's asks another site for anything.
    for (const name of ['app.css', 'designsystemet.css', 'designsystemet-theme.css']) {
      const text = (await bytes(await t.app.request(`/assets/${name}`))).toString();
      expect(text).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
      expect(text).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    }
    for (const file of ['inter-latin-wght-normal.woff2', 'inter-latin-ext-wght-normal.woff2']) {
      const font = readFileSync(require.resolve(`@fontsource-variable/inter/files/${file}`));
      const url = `/assets/${file.replace(/\.woff2$/, '')}.${sha12(font)}.woff2`;
      expect(css).toContain(`url("${url}")`);
      const res = await t.app.request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('font/woff2');
      expect(res.headers.get('cache-control')).toBe(year);
      expect(await bytes(res)).toEqual(font);
    }
  });
});
