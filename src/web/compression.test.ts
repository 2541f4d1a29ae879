import { request } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { negotiateEncoding } from './compression.ts';
import type { AppEnv } from './env.ts';
import { listen } from './http-server.ts';

// A page of 20 KB, a body under 1 KB, JSON, CSV, an image, a stream and a 304, served by the real
// HTTP server (listen), read with node:http so that nothing decodes the bytes on the way.
const page = `<!doctype html><html><body>${'<p>Samskap: styrning, dialog och delning.</p>'.repeat(450)}</body></html>`;
const small = '<!doctype html><p>Hej</p>';
const json = JSON.stringify({
  items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Satsning ${i}` })),
});
const csv = `id;name\n${Array.from({ length: 300 }, (_, i) => `${i};Nytta ${i}`).join('\n')}\n`;
const png = new Uint8Array(4096).fill(7);
const streamChunks = [
  '<!doctype html><ul>',
  '<li>en</li>'.repeat(200),
  '<li>två</li>'.repeat(200),
  '</ul>',
];

let server: Server;
let port = 0;

beforeAll(async () => {
  const app = new Hono<AppEnv>();
  app.get('/page', (c) => c.html(page));
  app.get('/small', (c) => c.html(small));
  app.get('/json', (c) => c.json(JSON.parse(json)));
  app.get('/csv', (c) => c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' }));
  app.get('/png', (c) => c.body(png, 200, { 'content-type': 'image/png' }));
  app.get('/no-transform', (c) => c.html(page, 200, { 'cache-control': 'no-transform' }));
  app.get('/etag', (c) => {
    c.header('ETag', '"v1"');
    if (c.req.header('if-none-match') === '"v1"') return c.body(null, 304);
    return c.html(page);
  });
  app.get('/stream', () => {
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        // The chunks arrive over time, as from a slow query.
        await new Promise((r) => setTimeout(r, 30));
        const chunk = streamChunks[i++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  server = await listen(app, loadConfig({ LOG_LEVEL: 'silent' }), 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
});

type Raw = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Milliseconds after the request at which each piece of the body arrived. */
  arrivals: number[];
};

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      const arrivals: number[] = [];
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        arrivals.push(performance.now() - started);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          arrivals,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(r: Raw): string {
  const enc = r.headers['content-encoding'];
  if (enc === 'br') return brotliDecompressSync(r.body).toString();
  if (enc === 'gzip') return gunzipSync(r.body).toString();
  return r.body.toString();
}

describe('choosing an encoding', () => {
  it('prefers Brotli, falls back to gzip, and honours q=0 and *', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('deflate')).toBeUndefined();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
    expect(negotiateEncoding('')).toBeUndefined();
  });
});

describe('compressed responses', () => {
  it('sends Brotli when it is offered, with its real length and Vary', async () => {
    const r = await get('/page', { 'accept-encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(page.length / 5);
    expect(decoded(r)).toBe(page);
    // Security headers set by the server are still there.
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends gzip when Brotli is not offered', async () => {
    const r = await get('/page', { 'accept-encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(decoded(r)).toBe(page);
  });

  it('sends the bytes as they are when neither is offered, still saying Vary', async () => {
    const variants: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'deflate' },
    ];
    for (const headers of variants) {
      const r = await get('/page', headers);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(r.body.toString()).toBe(page);
      expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(page));
    }
  });

  it('compresses JSON and CSV to the same bytes', async () => {
    const j = await get('/json', { 'accept-encoding': 'br' });
    expect(j.headers['content-encoding']).toBe('br');
    expect(decoded(j)).toBe(json);
    const c = await get('/csv', { 'accept-encoding': 'gzip' });
    expect(c.headers['content-encoding']).toBe('gzip');
    expect(decoded(c)).toBe(csv);
  });

  it('leaves bodies under 1 KB, images and no-transform responses untouched', async () => {
    const s = await get('/small', { 'accept-encoding': 'br, gzip' });
    expect(s.headers['content-encoding']).toBeUndefined();
    expect(s.body.toString()).toBe(small);
    expect(Number(s.headers['content-length'])).toBe(Buffer.byteLength(small));

    const p = await get('/png', { 'accept-encoding': 'br, gzip' });
    expect(p.headers['content-encoding']).toBeUndefined();
    expect(p.headers.vary).toBeUndefined();
    expect(new Uint8Array(p.body)).toEqual(png);

    const n = await get('/no-transform', { 'accept-encoding': 'br, gzip' });
    expect(n.headers['content-encoding']).toBeUndefined();
    expect(n.body.toString()).toBe(page);
  });

  it('leaves a 304 and a HEAD untouched', async () => {
    const r = await get('/etag', { 'accept-encoding': 'br', 'if-none-match': '"v1"' });
    expect(r.status).toBe(304);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.length).toBe(0);
    const h = await get('/page', { 'accept-encoding': 'br' }, 'HEAD');
    expect(h.status).toBe(200);
    expect(h.headers['content-encoding']).toBeUndefined();
    expect(h.body.length).toBe(0);
  });

  it('keeps a streamed body streaming: pieces arrive before the end, and decode to the whole', async () => {
    const r = await get('/stream', { 'accept-encoding': 'br' });
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-length']).toBeUndefined();
    expect(decoded(r)).toBe(streamChunks.join(''));
    // Four chunks 30 ms apart: the first compressed piece is on the wire long before the last.
    expect(r.arrivals.length).toBeGreaterThan(2);
    expect((r.arrivals.at(-1) ?? 0) - (r.arrivals[0] ?? 0)).toBeGreaterThan(40);
  });
});
