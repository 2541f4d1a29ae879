import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { languages, translator } from '../../web/i18n/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the accessibility statement', () => {
  it('has the parts of the DIGG and Uutilsynet templates, in every language', async () => {
    for (const lang of languages) {
      const tr = translator(lang);
      const html = await (await t.app.request(`/${lang}/accessibility`)).text();
      for (const key of [
        'platform.a11y.status.heading',
        'platform.a11y.known.heading',
        'platform.a11y.report.heading',
        'platform.a11y.enforcement.heading',
      ] as const) {
        expect(html, `${lang} ${key}`).toContain(`>${tr(key)}</h2>`);
      }
      expect(html).toContain('href="https://www.digg.se/tdosanmalan"');
      expect(html).toContain('href="https://www.uutilsynet.no/"');
      expect(text(html)).toMatch(/2026/);
    }
  });

  it('lists the known shortcomings and claims no full compliance', async () => {
    const html = text(await (await t.app.request('/en/accessibility')).text());
    expect(html).toContain('partially compliant');
    expect(html).not.toMatch(/fully compliant|None known/i);
    expect(html).toContain('Charts are drawn as images');
    expect(html).toContain('opinion map');
    expect(html).toMatch(/Documents and text that a municipality publishes itself/);
    const sv = text(await (await t.app.request('/sv/accessibility')).text());
    expect(sv).toContain('uppfyller delvis WCAG 2.1');
    expect(sv).toContain('Myndigheten för digital förvaltning (DIGG)');
    const nb = text(await (await t.app.request('/nb/accessibility')).text());
    expect(nb).toContain('delvis i samsvar');
    // The reader's own enforcement body comes first.
    expect(nb.indexOf('Uutilsynet')).toBeLessThan(nb.indexOf('DIGG'));
  });
});
