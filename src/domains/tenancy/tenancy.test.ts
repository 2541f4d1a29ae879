import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Expected counts come straight from the registry files, independently of the import code.
const csvRows = (file: string) =>
  readFileSync(new URL(`../../../reference-data/municipalities/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const getJson = async (path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
};

describe('municipality registry', () => {
  it('holds all 290 Swedish and 357 Norwegian municipalities', async () => {
    const se = await getJson('/api/v1/municipalities?country=SE&pageSize=1');
    const no = await getJson('/api/v1/municipalities?country=NO&pageSize=1');
    expect(se.body.total).toBe(csvRows('se_kommuner.csv').length);
    expect(se.body.total).toBe(290);
    expect(no.body.total).toBe(csvRows('no_kommuner_2024.csv').length);
    expect(no.body.total).toBe(357);
  });

  it('lists 21 län and 15 fylker with their municipality counts', async () => {
    const se = await getJson('/api/v1/counties?country=SE');
    const no = await getJson('/api/v1/counties?country=NO');
    expect(se.body.items).toHaveLength(21);
    expect(no.body.items).toHaveLength(15);
    // The registries state each county's count; ours must agree with them.
    const expectedSe = Object.fromEntries(
      csvRows('se_lan.csv').map((r) => [r.split(',')[0], Number(r.split(',')[2])]),
    );
    for (const c of se.body.items) expect(c.municipalities, c.name).toBe(expectedSe[c.code]);
    const sum = no.body.items.reduce(
      (s: number, c: { municipalities: number }) => s + c.municipalities,
      0,
    );
    expect(sum).toBe(357);
  });

  it('keeps colliding codes apart by country: 1860 is Laxå and Vestvågøy', async () => {
    expect((await getJson('/api/v1/municipalities/SE-1860')).body.name).toBe('Laxå');
    expect((await getJson('/api/v1/municipalities/NO-1860')).body.name).toBe('Vestvågøy');
  });

  it('answers the documented shape', async () => {
    const { body } = await getJson('/api/v1/municipalities/SE-0127');
    expect(body).toEqual({
      id: 'SE-0127',
      code: '0127',
      name: 'Botkyrka',
      country: 'SE',
      county: { code: '01', name: 'Stockholms län' },
    });
  });

  it('searches names without regard to case or diacritics', async () => {
    for (const [q, name] of [
      ['goteborg', 'Göteborg'],
      ['GÖTEBORG', 'Göteborg'],
      ['baerum', 'Bærum'],
      ['tromso', 'Tromsø'],
      ['ALE', 'Ale'],
    ]) {
      const { body } = await getJson(`/api/v1/municipalities?q=${encodeURIComponent(q ?? '')}`);
      expect(
        body.items.map((m: { name: string }) => m.name),
        q,
      ).toContain(name);
    }
  });

  it('treats LIKE wildcards in the search as literal text', async () => {
    expect((await getJson('/api/v1/municipalities?q=%25')).body.total).toBe(0);
    expect((await getJson('/api/v1/municipalities?q=_')).body.total).toBe(0);
  });

  it('filters by county and pages through results', async () => {
    const all = await getJson('/api/v1/municipalities?country=SE&county=01&pageSize=1000');
    expect(all.body.total).toBe(26);
    const p1 = await getJson('/api/v1/municipalities?country=SE&county=01&pageSize=10&page=1');
    const p3 = await getJson('/api/v1/municipalities?country=SE&county=01&pageSize=10&page=3');
    expect(p1.body.items).toHaveLength(10);
    expect(p3.body.items).toHaveLength(6);
    expect([...p1.body.items, ...p3.body.items].map((m: { id: string }) => m.id)).toEqual(
      [...all.body.items.slice(0, 10), ...all.body.items.slice(20)].map(
        (m: { id: string }) => m.id,
      ),
    );
  });

  it('answers unknown and malformed ids with 404 problem+json', async () => {
    for (const id of ['SE-9999', 'XX-0127', '0127', 'SE-0127%27%20OR%201=1', '%00']) {
      const res = await getJson(`/api/v1/municipalities/${id}`);
      expect(res.status, id).toBe(res.status === 400 ? 400 : 404);
      expect(res.type).toContain('application/problem+json');
    }
    const res = await getJson('/api/v1/municipalities/SE-9999');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('rejects invalid query parameters with 400 problem+json naming the field', async () => {
    const res = await getJson('/api/v1/municipalities?country=DK&pageSize=100000');
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'country',
      'pageSize',
    ]);
  });
});

describe('municipality pages', () => {
  it('groups the list by county and finds Göteborg for "goteborg"', async () => {
    const html = await (await t.app.request('/sv/municipalities?q=goteborg')).text();
    expect(html).toContain('Västra Götalands län');
    expect(html).toContain('href="/sv/municipalities/SE-1480"');
    expect(html).not.toContain('SE-0127');
  });

  it('shows every county heading on the unfiltered list', async () => {
    const html = await (await t.app.request('/en/municipalities')).text();
    expect(html.match(/<h2 class="ds-heading" data-size="xs" id="county-/g)).toHaveLength(36);
  });

  it("lists the reader's own country first, by page language or, in English, by role", async () => {
    const firstOf = (html: string, country: string) => html.indexOf(`id="county-${country}-`);
    const sv = await (await t.app.request('/sv/municipalities')).text();
    expect(firstOf(sv, 'SE')).toBeGreaterThan(0);
    expect(firstOf(sv, 'SE')).toBeLessThan(firstOf(sv, 'NO'));
    expect(sv.indexOf('<option value="SE"')).toBeLessThan(sv.indexOf('<option value="NO"'));
    const nb = await (await t.app.request('/nb/municipalities')).text();
    expect(firstOf(nb, 'NO')).toBeLessThan(firstOf(nb, 'SE'));
    expect(nb.indexOf('<option value="NO"')).toBeLessThan(nb.indexOf('<option value="SE"'));
    const en = await (await t.app.request('/en/municipalities')).text();
    expect(firstOf(en, 'SE')).toBeLessThan(firstOf(en, 'NO'));
    // Someone with a role in Asker reads the English list with Norway first.
    const asker = t.client();
    await asker.login('manager@asker.example');
    const enAsker = await (await asker.get('/en/municipalities')).text();
    expect(firstOf(enAsker, 'NO')).toBeGreaterThan(0);
    expect(firstOf(enAsker, 'NO')).toBeLessThan(firstOf(enAsker, 'SE'));
    // The anonymous English list kept for everyone is not the one shown to them.
    expect(firstOf(await (await t.app.request('/en/municipalities')).text(), 'SE')).toBeLessThan(
      firstOf(en, 'NO'),
    );
  });

  it("names a municipality's county with its own country's word in every language", async () => {
    const county = async (path: string) =>
      (await (await t.app.request(path)).text()).match(
        /<dt>([^<]+)<\/dt>\s*<dd>[^<]+<\/dd>\s*<dt>(Land|Country)/,
      )?.[1];
    expect(await county('/sv/municipalities/SE-0127')).toBe('Län');
    expect(await county('/sv/municipalities/NO-3203')).toBe('Fylke');
    expect(await county('/nb/municipalities/NO-3203')).toBe('Fylke');
    expect(await county('/nb/municipalities/SE-0127')).toBe('Län');
    expect(await county('/en/municipalities/NO-3203')).toBe('County');
  });

  it('marks demo municipalities and lists their departments', async () => {
    const html = await (await t.app.request('/sv/municipalities/SE-0127')).text();
    expect(html).toContain('Demoinnehåll');
    expect(html).toContain('Vård och omsorg');
    const asker = await (await t.app.request('/nb/municipalities/NO-3203')).text();
    expect(asker).toContain('Helse og omsorg');
    const plain = await (await t.app.request('/sv/municipalities/SE-0114')).text();
    expect(plain).not.toContain('Demoinnehåll');
  });

  it('answers unknown municipalities with the localised 404 page', async () => {
    const res = await t.app.request('/nb/municipalities/NO-0000');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="nb"');
    expect(html).toContain('Fant ikke siden');
  });
});
