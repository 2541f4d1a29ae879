import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { diffCounts, wordDiff } from './diff.ts';
import { koladaKpi, searchKolada } from './kolada.ts';
import { renderMarkdown } from './markdown.ts';
import { clean, insertTestBody, personWith } from './strategy.fixtures.ts';

describe('markdown', () => {
  it('escapes raw HTML and refuses script links, keeping ordinary Markdown', () => {
    const html = renderMarkdown(
      '# Rubrik\n\n<script>alert(1)</script> <b onclick="x()">b</b>\n\n[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,<p>) [d](https://example.se) ![i](javascript:x)',
    );
    // Headings move two levels down, under the page's h1 and the story's title.
    expect(html).toContain('<h3>Rubrik</h3>');
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;',
    );
    expect(html).not.toMatch(/<script|<b |href="javascript|href="data|src="javascript/i);
    expect(html).toContain('<a href="https://example.se">d</a>');
  });
});

describe('word diff', () => {
  it('marks added and removed words and counts them', () => {
    const parts = wordDiff('Vi bygger en trygg kommun', 'Vi bygger en öppen och trygg kommun');
    // By hand: "öppen och " was inserted before "trygg"; nothing was removed.
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['added', 'öppen och'],
    ]);
    expect(diffCounts(parts)).toEqual({ added: 2, removed: 0 });
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe(
      'Vi bygger en öppen och trygg kommun',
    );
    const swapped = wordDiff('mål A', 'mål B');
    expect(diffCounts(swapped)).toEqual({ added: 1, removed: 1 });
  });
});

describe('Kolada catalogue', () => {
  it('finds KPIs by words in the title, ignoring case and diacritics, and knows which ids exist', () => {
    expect(koladaKpi('N00945')?.id).toBe('N00945');
    expect(koladaKpi('n00945')?.id).toBe('N00945');
    expect(koladaKpi('N99999')).toBeUndefined();
    const a = searchKolada('ÄLDREOMSORG');
    const b = searchKolada('aldreomsorg');
    expect(a.total).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(searchKolada('   ').total).toBe(0);
    expect(searchKolada('zzzqqq').items).toEqual([]);
    expect(searchKolada('kostnad', 5).items).toHaveLength(5);
  });
});

describe('strategy API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is in the OpenAPI document, which stays valid', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/municipalities/{id}/future-story', '/municipalities/{id}/goals']),
    );
    await SwaggerParser.validate(structuredClone(doc));
  });

  it('serves the adopted future story publicly and drafts only to the municipality’s staff and up', async () => {
    const admin = await personWith(t, 'admin@api.test', 'admin');
    const politician = await personWith(t, 'politician@api.test', 'politician');
    const resident = await personWith(t, 'resident@api.test', 'resident');
    const bodyId = (await insertTestBody(t)).id;
    const url = `/api/v1/municipalities/${clean}/future-story`;
    expect(await (await t.app.request(url)).json()).toEqual({ adopted: null });

    const draft = await admin.postForm(`/en/municipalities/${clean}/future-story/versions`, {});
    const id = draft.headers.get('location')?.match(/versions\/([0-9a-f-]{36})/)?.[1] ?? '';
    await admin.postForm(`/en/municipalities/${clean}/future-story/versions/${id}`, {
      title: 'Stockholm 2040',
      body: 'Första *utkastet* <script>x</script>',
    });
    expect((await t.app.request(`${url}?drafts=true`)).status).toBe(403);
    expect((await resident.get(`${url}?drafts=true`)).status).toBe(403);
    const withDrafts = await (await admin.get(`${url}?drafts=true`)).json();
    expect(withDrafts.adopted).toBeNull();
    expect(withDrafts.drafts).toHaveLength(1);
    expect(withDrafts.drafts[0]).toMatchObject({ id, status: 'draft', version: 1 });
    expect(withDrafts.drafts[0].html).toBe(
      '<p>Första <em>utkastet</em> &lt;script&gt;x&lt;/script&gt;</p>\n',
    );

    // An API token of Botkyrka's admin sees no Stockholm drafts.
    const token = await postJson(t.app, '/api/v1/auth/token', {
      email: 'admin@botkyrka.example',
      password: demoPasswordForTests,
    });
    const bearer = { authorization: `Bearer ${(await token.json()).token}` };
    expect((await t.app.request(`${url}?drafts=true`, { headers: bearer })).status).toBe(403);
    expect((await t.app.request(`${url}?drafts=maybe`)).status).toBe(400);

    await politician.postForm(`/en/municipalities/${clean}/future-story/versions/${id}/adopt`, {
      bodyId,
      decidedOn: '2026-11-20',
      text: 'Framtidsberättelsen antas.',
    });
    const adopted = await (await t.app.request(url)).json();
    expect(adopted.adopted).toMatchObject({ id, status: 'adopted', title: 'Stockholm 2040' });
    expect(adopted.adopted.decision).toMatchObject({
      sequence: 1,
      decidedOn: '2026-11-20',
      body: 'Kommunfullmäktige',
    });
    expect((await t.app.request('/api/v1/municipalities/SE-9999/future-story')).status).toBe(404);
    expect((await t.app.request('/api/v1/municipalities/SE-9999/goals')).status).toBe(404);
  });
});
