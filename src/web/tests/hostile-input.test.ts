import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sweep, sweepApp, sweepPathShapes } from './hostile-sweep.ts';

// Hostile path parameters and bodies that are not well-formed; the hostile form fields and query
// strings are swept by hostile-fields-pages.test.ts and hostile-fields-others.test.ts.
let sweep: Sweep;
beforeAll(async () => {
  sweep = await sweepApp();
});
afterAll(async () => {
  await sweep?.t.close();
});

describe('hostile input', () => {
  // Each almost-right id or number goes into one path parameter while the others name real rows,
  // so the route gets as far as reading that parameter.
  it('answers ids and numbers in the address that name nothing with 4xx', {
    timeout: 900_000,
  }, async () => {
    expect(await sweepPathShapes(sweep, () => true)).toEqual([]);
  });

  it('accepts malformed UTF-8 in a form as replacement characters, not as an error', async () => {
    const admin = sweep.t.client();
    await admin.login('admin@botkyrka.example');
    const token = await admin.csrfToken();
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`_csrf=${token}&name=`),
      0xff,
      0xfe,
      0xc0,
      0xaf,
    ]);
    const res = await admin.request('/en/municipalities/SE-0127/departments', {
      method: 'POST',
      body: bytes,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBeLessThan(500);
    const malformedPath = await admin.request('/en/municipalities/%FF%FE%C0%AF');
    expect(malformedPath.status).toBe(404);
  });

  it('answers malformed JSON on the API with 400 problem+json', async () => {
    const res = await sweep.t.app.request('/api/v1/auth/token', {
      method: 'POST',
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
