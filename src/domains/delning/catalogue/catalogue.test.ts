import { parse } from 'csv-parse/sync';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unguarded } from '../../../lib/csv.ts';
import { insertTestBenefit } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { benefitMeasurements } from '../../styrning/benefits/benefits.schema.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { findPublishedCases } from '../cases/case-search.queries.ts';
import { caseSourceOf, selectCases } from '../cases/case-search.ts';
import { sharedCases } from '../cases/cases.schema.ts';
import { casesCsv } from './cases.csv.ts';
import { insertCatalogueCase } from './catalogue.fixtures.ts';

// Botkyrka shares a case whose title a spreadsheet would run, and one whose initiative is not
// public with a title hostile to XML; Asker shares one with measured benefits and one it has
// withdrawn. The two Botkyrka cases differ in their update by microseconds only.
const formula = '=HYPERLINK("https://evil.example","click")';
const hostile = '<script>alert(1)</script> ]]> & "quoted" \u0001';
const internal = 'internal-initiative-marker';

let t: TestApp;
let ids: { formula: string; hostile: string; asker: string; withdrawn: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const a = await insertCatalogueCase(db, {
    municipalityId: 'SE-0127',
    at: '2026-01-05 10:00:00.123400+00',
    title: formula,
    serviceDomain: 'schools',
    stage: 'pilot',
  });
  const b = await insertCatalogueCase(db, {
    municipalityId: 'SE-0127',
    at: '2026-01-05 10:00:00.123456+00',
    title: hostile,
    serviceDomain: 'elderly-care',
    stage: 'scaling',
    isPublic: false,
    initiativeTitle: internal,
  });
  const c = await insertCatalogueCase(db, {
    municipalityId: 'NO-3203',
    at: '2026-01-04 08:00:00+00',
    title: 'Felles læringsplattform for hver skole',
    serviceDomain: 'schools',
    stage: 'operation',
  });
  const benefit = await insertTestBenefit(db, { initiativeId: c.initiativeId });
  await db
    .insert(benefitMeasurements)
    .values({ benefitId: benefit.id, value: 12, measuredOn: '2026-01-02' });
  const d = await insertCatalogueCase(db, {
    municipalityId: 'NO-3203',
    at: '2026-01-06 08:00:00+00',
  });
  await db.update(sharedCases).set({ status: 'withdrawn' }).where(eq(sharedCases.id, d.id));
  ids = { formula: a.id, hostile: b.id, asker: c.id, withdrawn: d.id };
});
afterAll(async () => {
  await t?.close();
});

const csvRows = async (query = '') => {
  const res = await t.client().get(`/api/v1/cases.csv${query}`);
  expect(res.status).toBe(200);
  return parse(await res.text(), { columns: true }) as Record<string, string>[];
};

describe('the cases as CSV', () => {
  it('lists every published case, newest first, with formulas guarded and hidden stages empty', async () => {
    const res = await t.client().get('/api/v1/cases.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('shared-cases.csv');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toMatch(/^id,url,title,summary,/);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual([ids.hostile, ids.formula, ids.asker]);
    const [b, a, c] = rows as [
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
    ];
    expect(a.title).toBe(`'${formula}`);
    expect(unguarded(a.title ?? '')).toBe(formula);
    expect(b.stage).toBe('');
    expect(c.stage).toBe('operation');
    expect(c.url).toBe(`http://localhost/nb/cases/${ids.asker}`);
    expect(a.url).toBe(`http://localhost/sv/cases/${ids.formula}`);
    expect(b.updated_at).toBe('2026-01-05T10:00:00.123Z');
    expect(text).not.toContain(internal);
  });

  it('narrows by the search page’s filters and text', async () => {
    const ofRows = async (q: string) => (await csvRows(q)).map((r) => r.id);
    expect(await ofRows('?country=NO')).toEqual([ids.asker]);
    expect(await ofRows('?country=SE&domain=schools&domain=elderly-care')).toEqual([
      ids.hostile,
      ids.formula,
    ]);
    // The hidden initiative's stage narrows nothing: it is not shown.
    expect(await ofRows('?stage=scaling')).toEqual([]);
    expect(await ofRows('?realised=yes')).toEqual([ids.asker]);
    expect(await ofRows('?realised=no')).toEqual([ids.hostile, ids.formula]);
    expect(await ofRows('?q=l%C3%A6ringsplattform')).toEqual([ids.asker]);
    const people = await t.database.db
      .select({ id: municipalities.id, n: municipalities.inhabitants })
      .from(municipalities)
      .where(inArray(municipalities.id, ['SE-0127', 'NO-3203']));
    // Both lie between 60,000 and 120,000 inhabitants (checked here, not assumed).
    for (const p of people) expect(p.n !== null && p.n >= 60_000 && p.n < 120_000).toBe(true);
    expect(await ofRows('?size=60k-120k')).toHaveLength(3);
    expect(await ofRows('?size=under-25k')).toEqual([]);
  });

  it('answers an unknown filter value or an over-long text with a problem document', async () => {
    for (const query of ['country=XX', 'domain=astrology', 'size=huge', `q=${'a'.repeat(201)}`]) {
      const res = await t.client().get(`/api/v1/cases.csv?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.text()).not.toContain('astrology"');
    }
  });

  it('writes the same file a case at a time as at once, microseconds apart included', async () => {
    const whole = async (batch: number) => {
      let text = '';
      const { items } = await selectCases({ text: '', chosen: {} }, caseSourceOf(t.database.db));
      for await (const chunk of casesCsv(t.database.db, items, (r) => r.id, batch)) text += chunk;
      return text;
    };
    const one = await whole(1);
    expect(one).toBe(await whole(500));
    expect((parse(one, { columns: true }) as unknown[]).length).toBe(3);
  });
});

/** Every element's name in the order its tags open and close, to check that they pair up. */
function balanced(xml: string): boolean {
  const open: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (open.pop() !== name) return false;
    } else open.push(name as string);
  }
  return open.length === 0;
}

describe('the Atom feed of new and updated cases', () => {
  it('is Atom 1.0 with each case’s id, title, author, time and page, escaped', async () => {
    const res = await t.client().get('/en/cases.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(balanced(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;quoted&quot; \uFFFD',
    );
    expect(xml).not.toContain(internal);
    expect(xml).not.toContain(ids.withdrawn);
    const entries = [...xml.matchAll(/<entry>(.*?)<\/entry>/g)].map((m) => m[1] ?? '');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain(`<id>urn:uuid:${ids.hostile}</id>`);
    expect(entries[2]).toContain(
      `<link rel="alternate" type="text/html" href="http://localhost/en/cases/${ids.asker}"/>`,
    );
    expect(entries[2]).toContain('<author><name>Asker</name></author>');
    expect(entries[2]).toContain('<updated>2026-01-04T08:00:00.000Z</updated>');
    for (const e of entries)
      expect(e).toMatch(/<title xml:lang="(sv|nb)">[^<]+<\/title>.*<updated>/);
    expect(entries[2]).toContain(
      '<title xml:lang="nb">Felles læringsplattform for hver skole</title>',
    );
    expect(entries[2]).toContain('<summary type="text" xml:lang="nb">');
    // The feed's own time is its newest entry's.
    expect(xml).toContain('<updated>2026-01-05T10:00:00.123Z</updated>\n<author>');
    expect(xml).toContain('<title>Shared cases in Samskap</title>');
    expect(await (await t.client().get('/sv/cases.atom')).text()).toContain(
      '<title>Delade exempel i Samskap</title>',
    );
  });
});

describe('the catalogue in DCAT-AP', () => {
  it('is JSON-LD with a catalogue, its dataset and distributions that answer', async () => {
    const res = await t.client().get('/api/v1/catalogue.jsonld');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const doc = JSON.parse(await res.text());
    expect(doc['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(doc['@context'].dct).toBe('http://purl.org/dc/terms/');
    expect(doc['@type']).toBe('dcat:Catalog');
    const languages = (v: { '@language': string; '@value': string }[]) =>
      v
        .filter((x) => x['@value'].length > 0)
        .map((x) => x['@language'])
        .sort();
    expect(languages(doc['dct:title'])).toEqual(['en', 'nb', 'sv']);
    expect(languages(doc['dct:description'])).toEqual(['en', 'nb', 'sv']);
    expect(doc['dct:publisher']['@type']).toBe('foaf:Agent');
    expect(languages(doc['dct:publisher']['foaf:name'])).toEqual(['en', 'nb', 'sv']);
    expect(doc['dct:modified']['@value']).toBe('2026-01-05T10:00:00.123Z');
    const [dataset] = doc['dcat:dataset'];
    expect(dataset['@type']).toBe('dcat:Dataset');
    expect(languages(dataset['dct:title'])).toEqual(['en', 'nb', 'sv']);
    expect(languages(dataset['dct:description'])).toEqual(['en', 'nb', 'sv']);
    const distributions = dataset['dcat:distribution'] as Record<string, { '@id': string }>[];
    const formats = distributions.map((d) => d['dct:format']?.['@id'].split('/').at(-1));
    expect(formats).toEqual(['JSON', 'CSV', 'ATOM', 'ATOM', 'ATOM']);
    const expectedType = {
      JSON: 'application/json',
      CSV: 'text/csv',
      ATOM: 'application/atom+xml',
    };
    for (const d of distributions) {
      const url = new URL(d['dcat:accessURL']?.['@id'] ?? '');
      expect(url.origin).toBe('http://localhost');
      const answer = await t.client().get(url.pathname);
      expect(answer.status, url.pathname).toBe(200);
      const format = d['dct:format']?.['@id'].split('/').at(-1) as keyof typeof expectedType;
      expect(answer.headers.get('content-type')).toContain(expectedType[format]);
      expect(d['dcat:mediaType']?.['@id']).toContain(expectedType[format]);
    }
  });

  it('is linked from the search page with the search’s filters, and in the OpenAPI document', async () => {
    const page = await (
      await t.client().get('/en/cases?country=SE&domain=schools&q=plattform')
    ).text();
    expect(page).toContain(
      'href="/api/v1/cases.csv?q=plattform&amp;country=SE&amp;domain=schools"',
    );
    expect(page).toContain('href="/en/cases.atom"');
    // Announced in the head too, for feed readers that look there.
    expect(page).toMatch(
      /<head>.*<link rel="alternate" type="application\/atom\+xml" title="Shared cases in Samskap" href="\/en\/cases.atom"\/>.*<\/head>/s,
    );
    expect(page).toContain('href="/api/v1/catalogue.jsonld"');
    const doc = await (await t.client().get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/cases.csv', '/catalogue.jsonld']),
    );
  });
});

describe('the feed holds the latest 50', () => {
  it('drops the oldest when more than 50 are published', async () => {
    for (let i = 0; i < 50; i++) {
      const day = String(10 + Math.floor(i / 24)).padStart(2, '0');
      const hour = String(i % 24).padStart(2, '0');
      await insertCatalogueCase(t.database.db, {
        municipalityId: 'SE-0127',
        at: `2026-02-${day} ${hour}:00:00+00`,
        title: `Exempel ${i}`,
      });
    }
    const xml = await (await t.client().get('/en/cases.atom')).text();
    expect([...xml.matchAll(/<entry>/g)]).toHaveLength(50);
    expect(xml).toContain('<title xml:lang="sv">Exempel 49</title>');
    expect(xml).toContain('<title xml:lang="sv">Exempel 0</title>');
    expect(xml).not.toContain(ids.hostile);
  });
});

describe('the CSV holds the cases the search page lists', () => {
  it('leaves out the similar-word matches the page leaves out, and narrows as the page does', async () => {
    // "parkeringsapp" is the word of one case and, misspelt, similar to the other's only.
    const exact = await insertCatalogueCase(t.database.db, {
      municipalityId: 'SE-0127',
      at: '2025-01-02 08:00:00+00',
      title: 'Parkeringsapp för hela kommunen',
      serviceDomain: 'schools',
    });
    const similar = await insertCatalogueCase(t.database.db, {
      municipalityId: 'SE-0127',
      at: '2025-01-03 08:00:00+00',
      title: 'Parkeringsap för besökare',
      serviceDomain: 'elderly-care',
    });
    const db = t.database.db;
    const found = await findPublishedCases(db, 'parkeringsapp');
    // Both kinds of match are there to leave out (checked here, not assumed).
    expect(found.find((c) => c.id === exact.id)?.rank).toBeGreaterThanOrEqual(1);
    const similarRank = found.find((c) => c.id === similar.id)?.rank;
    expect(similarRank).toBeGreaterThan(0);
    expect(similarRank).toBeLessThan(1);

    const pageIds = async (query: string) => {
      const html = await (await t.client().get(`/sv/cases?${query}`)).text();
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      return [...new Set([...main.matchAll(/\/sv\/cases\/([0-9a-f-]{36})/g)].map((m) => m[1]))];
    };
    const csvIds = async (query: string) => (await csvRows(`?${query}`)).map((r) => r.id);
    expect(await pageIds('q=parkeringsapp')).toEqual([exact.id]);
    expect(await csvIds('q=parkeringsapp')).toEqual([exact.id]);
    // A misspelling alone finds the similar cases, on the page and in the file alike.
    const misspelt = await pageIds('q=parkeringsap');
    expect(misspelt.length).toBeGreaterThan(0);
    expect(await csvIds('q=parkeringsap')).toEqual(misspelt);
    expect(await pageIds('q=parkeringsapp&domain=elderly-care')).toEqual([]);
    expect(await csvIds('q=parkeringsapp&domain=elderly-care')).toEqual([]);
    expect(await csvIds('q=parkeringsapp&domain=schools')).toEqual([exact.id]);
  });
});
