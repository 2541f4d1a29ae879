import type { AddressInfo } from 'node:net';
import SwaggerParser from '@apidevtools/swagger-parser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openPostgres } from '../../db/client.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listen } from '../http-server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

describe('operations endpoints', () => {
  it('answers /healthz while the process is up', async () => {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 while the database answers and 503 when it does not', async () => {
    const own = await createTestApp({ demo: false });
    expect((await own.app.request('/readyz')).status).toBe(200);
    await own.database.close();
    const res = await own.app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable' });
  });

  it('exposes request counts and latency by route, and the database pool, in Prometheus format', async () => {
    await t.app.request('/en/municipalities/SE-0127');
    await t.app.request('/en/municipalities/SE-0114');
    const res = await t.app.request('/metrics');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const body = await res.text();
    // Both requests count under one route pattern, never under raw paths.
    expect(body).toContain(
      'samskap_http_requests_total{method="GET",route="/:lang{(?:sv|nb|en)}/municipalities/:id",status="200"} 2',
    );
    expect(body).toMatch(
      /samskap_http_request_duration_seconds_bucket\{le="0.5",method="GET",route="\/:lang\{\(\?:sv\|nb\|en\)\}\/municipalities\/:id"\} 2/,
    );
    expect(body).toMatch(/samskap_db_pool_connections\{state="total"\} \d+/);
    expect(body).not.toContain('SE-0127');
  });

  it('guards /metrics with METRICS_TOKEN when it is set', async () => {
    const guarded = await createTestApp({ demo: false, env: { METRICS_TOKEN: 'scrape-secret' } });
    try {
      expect((await guarded.app.request('/metrics')).status).toBe(401);
      expect(
        (await guarded.app.request('/metrics', { headers: { authorization: 'Bearer wrong' } }))
          .status,
      ).toBe(401);
      expect(
        (
          await guarded.app.request('/metrics', {
            headers: { authorization: 'Bearer scrape-secret' },
          })
        ).status,
      ).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('without METRICS_TOKEN', () => {
  it('shows /metrics to this machine only, never through a proxy', async () => {
    const proxied = await createTestApp({ demo: false, env: { TRUST_PROXY: '1' } });
    const server = await listen(proxied.app, proxied.config, 0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await fetch(`${base}/metrics`)).status).toBe(200);
      const forwarded = await fetch(`${base}/metrics`, {
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      expect(forwarded.status).toBe(403);
      expect(await forwarded.text()).toContain('METRICS_TOKEN');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await proxied.close();
    }
  });
});

describe('a database outage', () => {
  it('answers 503 with Retry-After on pages and the API, and logs once a second', async () => {
    // A server that refuses connections: what a stopped PostgreSQL looks like to the app.
    const database = await openPostgres('postgres://samskap@127.0.0.1:1/samskap', 2);
    const lines: { msg: string; suppressed?: number }[] = [];
    const logger = pino(
      { level: 'error' },
      { write: (line: string) => void lines.push(JSON.parse(line)) },
    );
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const config = loadConfig({ LOG_LEVEL: 'error' });
    const { app } = createApp({ config, database, logger, now: () => new Date(clock) });
    try {
      for (const path of ['/sv/municipalities', '/en/municipalities/SE-0127/goals']) {
        const page = await app.request(path);
        expect(page.status, path).toBe(503);
        expect(page.headers.get('retry-after')).toBe('30');
        expect(await page.text()).toMatch(/inte tillgänglig|unavailable/);
      }
      const api = await app.request('/api/v1/municipalities');
      expect(api.status).toBe(503);
      expect(api.headers.get('content-type')).toContain('application/problem+json');
      clock += 1000;
      await app.request('/sv/municipalities');
      await app.request('/sv/municipalities');
      const outages = lines.filter((l) => l.msg === 'database unavailable');
      expect(outages.map((l) => l.suppressed)).toEqual([0, 2]);
      expect(lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe('languages', () => {
  it.each([
    ['sv-SE,sv;q=0.9,en;q=0.8', '/sv'],
    ['nb-NO,nb;q=0.9', '/nb'],
    ['en-GB,en;q=0.9', '/en'],
    ['de-DE', '/sv'],
  ])('redirects / for Accept-Language %s to %s', async (header, target) => {
    const res = await t.app.request('/', { headers: { 'accept-language': header } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(target);
  });

  it('sets <html lang> and offers the same page in the other languages', async () => {
    const html = await (await t.app.request('/nb/municipalities?q=asker')).text();
    expect(html).toContain('<html lang="nb"');
    expect(html).toContain('href="/sv/municipalities?q=asker"');
    expect(html).toContain('href="/en/municipalities?q=asker"');
  });

  it('answers unknown pages with a localised 404 in the language of the URL', async () => {
    for (const [lang, text] of [
      ['sv', 'Sidan hittades inte'],
      ['nb', 'Fant ikke siden'],
      ['en', 'Page not found'],
    ]) {
      const res = await t.app.request(`/${lang}/no/such/page`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(text);
    }
    const unknownLang = await t.app.request('/de/municipalities', {
      headers: { 'accept-language': 'nb' },
    });
    expect(unknownLang.status).toBe(404);
    expect(await unknownLang.text()).toContain('Fant ikke siden');
  });
});

describe('OpenAPI', () => {
  it('describes /api/v1 as a valid OpenAPI 3.1 document', async () => {
    const res = await t.app.request('/api/v1/openapi.json');
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    // SwaggerParser.validate throws on any schema or reference error.
    const validated = await SwaggerParser.validate(structuredClone(doc));
    expect(Object.keys(validated.paths ?? {}).sort()).toEqual(
      [
        '/auth/token',
        '/cases',
        '/cases.csv',
        '/cases/{caseId}',
        '/challenges',
        '/catalogue.jsonld',
        '/counties',
        '/me',
        '/municipalities',
        '/municipalities/{id}',
        '/municipalities/{id}/audit',
        '/municipalities/{id}/departments',
        '/municipalities/{id}/decisions',
        '/municipalities/{id}/decisions/verify',
        '/municipalities/{id}/decisions/checkpoints',
        '/municipalities/{id}/benefits',
        '/municipalities/{id}/challenges',
        '/municipalities/{id}/challenges/{chid}',
        '/municipalities/{id}/benefits.csv',
        '/municipalities/{id}/dashboard',
        '/municipalities/{id}/future-story',
        '/municipalities/{id}/goals',
        '/municipalities/{id}/initiatives',
        '/municipalities/{id}/initiatives.csv',
        '/municipalities/{id}/initiatives/{iid}',
        '/municipalities/{id}/initiatives/{iid}/calculus',
        '/municipalities/{id}/measurements.csv',
        '/municipalities/{id}/matters',
        '/municipalities/{id}/matters/{mid}',
        '/municipalities/{id}/matters/{mid}/open-data/{file}',
        '/municipalities/{id}/matters/{mid}/statements',
        '/municipalities/{id}/matters/{mid}/survey',
        '/municipalities/{id}/matters/{mid}/votes',
        '/municipalities/{id}/portfolio/select',
        '/municipalities/{id}/proposals',
        '/municipalities/{id}/proposals/{pid}',
        '/municipalities/{id}/proposals/{pid}/support',
        '/municipalities/{id}/roadmap',
        '/municipalities/{id}/systems',
        '/municipalities/{id}/systems-map',
        '/proposals',
      ].sort(),
    );
  });

  it('documents every API route the app serves', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(ops))
        documented.add(`${method.toUpperCase()} /api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const served = t.app.routes
      .filter(
        (r) =>
          r.path.startsWith('/api/v1/') && r.method !== 'ALL' && !r.path.endsWith('openapi.json'),
      )
      .map((r) => `${r.method} ${r.path}`);
    for (const route of served) expect(documented, route).toContain(route);
  });
});
