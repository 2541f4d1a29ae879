import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { translator } from '../../../web/i18n/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('downloads on the initiatives page', () => {
  it('link the initiatives, benefits and measurements as CSV, named with their format, and each link works', async () => {
    const staff = t.client();
    await staff.login('staff@botkyrka.example');
    const html = await (await staff.get('/sv/municipalities/SE-0127/initiatives')).text();
    const sv = translator('sv');
    const api = '/api/v1/municipalities/SE-0127';
    for (const [file, key] of [
      ['initiatives.csv', 'portfolio.initiatives.csv'],
      ['benefits.csv', 'portfolio.initiatives.csvBenefits'],
      ['measurements.csv', 'portfolio.initiatives.csvMeasurements'],
    ] as const) {
      expect(html).toContain(`<a class="ds-link" href="${api}/${file}" download="">${sv(key)}</a>`);
      expect(sv(key)).toContain('(CSV)');
      const res = await staff.get(`${api}/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toContain('text/csv');
      expect((await res.text()).split('\n').length, file).toBeGreaterThan(1);
    }
    expect(html).toContain(`>${sv('portfolio.initiatives.downloads')}</h2>`);
  });
});
