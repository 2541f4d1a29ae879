import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { benefitMeasurements } from '../../styrning/benefits/benefits.schema.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { caseSourceOf, searchCases } from './case-search.ts';
import { insertTestCase } from './cases.fixtures.ts';

// A fixed set of cases in Swedish (Botkyrka, Katrineholm) and Norwegian (Asker), and the queries
// a municipal officer would type, in other word forms than the cases use.
const fixtures = [
  {
    key: 'skola',
    municipalityId: 'SE-0127',
    title: 'En gemensam lärplattform för varje skola',
    summary: 'Alla elever och lärare loggar in på samma ställe.',
    serviceDomain: 'schools',
  },
  {
    key: 'hemtjanst',
    municipalityId: 'SE-0483',
    title: 'Digital nattillsyn i hemtjänst',
    summary: 'Kamera efter samtycke i stället för nattliga besök.',
    serviceDomain: 'elderly-care',
    measured: true,
  },
  {
    key: 'bygglov',
    municipalityId: 'SE-0127',
    title: 'Chattbot som svarar på frågor om bygglov',
    summary: 'Svarar dygnet runt och lotsar till rätt blankett.',
    serviceDomain: 'building-permits',
  },
  {
    key: 'skole',
    municipalityId: 'NO-3203',
    title: 'Felles læringsplattform for hver skole',
    summary: 'Elever og lærere logger inn på ett sted.',
    serviceDomain: 'schools',
  },
  {
    key: 'hjemmetjeneste',
    municipalityId: 'NO-3203',
    title: 'Digitalt nattilsyn i hjemmetjeneste',
    summary: 'Kamera etter samtykke i stedet for nattlige besøk.',
    serviceDomain: 'elderly-care',
  },
  {
    key: 'faktura',
    municipalityId: 'NO-3203',
    title: 'Automatisk behandling av inngående faktura',
    summary: 'Roboten konterer og sender til attestasjon.',
    serviceDomain: 'administration',
  },
] as const;

let t: TestApp;
const ids = new Map<string, string>();
const keyOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const f of fixtures) {
    const [department] = await listDepartments(db, f.municipalityId);
    const initiative = await insertTestInitiative(db, {
      municipalityId: f.municipalityId,
      departmentId: department?.id ?? '',
      title: f.title,
      isPublic: true,
      stage: 'pilot',
    });
    if ('measured' in f) {
      const benefit = await insertTestBenefit(db, { initiativeId: initiative.id });
      await db
        .insert(benefitMeasurements)
        .values({ benefitId: benefit.id, value: 20, measuredOn: '2026-06-01' });
    }
    const row = await insertTestCase(db, {
      municipalityId: f.municipalityId,
      initiativeId: initiative.id,
      title: f.title,
      summary: f.summary,
      need: '',
      solution: '',
      results: '',
      lessons: '',
      serviceDomain: f.serviceDomain,
    });
    ids.set(f.key, row.id);
  }
});
afterAll(async () => {
  await t?.close();
});

const search = (text: string) =>
  searchCases({ text, chosen: {}, page: 1, pageSize: 25 }, caseSourceOf(t.database.db));
const found = async (text: string) => (await search(text)).items.map((c) => keyOf(c.id));

describe('search quality, on a fixed set of queries in both languages', () => {
  it.each([
    ['skolor', 'skola'],
    ['hemtjänsten', 'hemtjanst'],
    ['skolene', 'skole'],
    ['skoler', 'skole'],
    ['hjemmetjenesten', 'hjemmetjeneste'],
  ])(
    '"%s" finds the case about %s first, by its stem and not by similar letters',
    async (query, expected) => {
      const result = await search(query);
      expect(keyOf(result.items[0]?.id ?? '')).toBe(expected);
      expect(result.similarOnly).toBe(false);
      expect(result.items[0]?.rank).toBeGreaterThanOrEqual(1);
    },
  );

  // The Snowball stemmers leave some definite forms whole ("skolan", "bygglovet") and cut
  // "fakturaer" to another stem than "faktura"; the trigram similarity finds them instead.
  it.each([
    ['skolan', 'skola'],
    ['bygglovet', 'bygglov'],
    ['fakturaer', 'faktura'],
  ])(
    '"%s" finds the case about %s first, by similar letters where the stemmer leaves the form',
    async (query, expected) => {
      const result = await search(query);
      expect(keyOf(result.items[0]?.id ?? '')).toBe(expected);
      expect(result.similarOnly).toBe(true);
    },
  );

  it('keeps unrelated cases out: "skolor" finds no home care, "fakturaer" no school', async () => {
    expect(await found('skolor')).not.toContain('hemtjanst');
    expect(await found('fakturaer')).not.toContain('skole');
  });

  it('forgives a typing error by trigram similarity', async () => {
    expect(await found('hemtjänts')).toContain('hemtjanst');
    expect(await found('chatbott')).toContain('bygglov');
  });

  it('searches a Swedish text in Swedish cases and a Norwegian one in Norwegian cases', async () => {
    // "nattillsyn" is Swedish; the Norwegian case writes "nattilsyn", and the search forgives one
    // letter, but the exact Swedish match comes first.
    const result = await found('nattillsyn');
    expect(result[0]).toBe('hemtjanst');
  });
});

describe('the search page', () => {
  it('counts facets and narrows by them, several values of one facet widening', async () => {
    const res = await t.client().get('/en/cases?country=NO');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('role="status">3 cases</p>');
    // The country facet ignores its own choice: Sweden's count stays visible.
    expect(html).toContain('Sweden (3)');
    expect(html).toContain('Norway (3)');
    const both = await (await t.client().get('/en/cases?country=NO&country=SE')).text();
    expect(both).toContain('role="status">6 cases</p>');
    const schools = await (await t.client().get('/en/cases?domain=schools&country=SE')).text();
    expect(schools).toContain('role="status">1 case</p>');
    expect(schools).toContain('En gemensam lärplattform');
  });

  it('narrows by size band and by measured benefits', async () => {
    // Katrineholm has 34,154 inhabitants (SCB, 31 December 2024); Botkyrka 95,905.
    const mid = await (await t.client().get('/en/cases?size=25k-60k')).text();
    expect(mid).toContain('role="status">1 case</p>');
    expect(mid).toContain('Digital nattillsyn i hemtjänst');
    const measured = await (await t.client().get('/en/cases?realised=yes')).text();
    expect(measured).toContain('role="status">1 case</p>');
    expect(measured).toContain('Digital nattillsyn i hemtjänst');
  });

  it('keeps every chosen value in view and checked when the search narrows to nothing', async () => {
    // Neither Södermanland nor Norrbotten has a case about schools: neither is in the counts.
    const html = await (
      await t
        .client()
        .get('/en/cases?q=skolor&domain=elderly-care&country=NO&county=SE-04&county=SE-25')
    ).text();
    expect(html).toContain('role="status">No cases found</p>');
    for (const [name, value] of [
      ['domain', 'elderly-care'],
      ['country', 'NO'],
      ['county', 'SE-04'],
      ['county', 'SE-25'],
    ]) {
      expect(html).toMatch(
        new RegExp(`<input[^>]*name="${name}" value="${value}" checked=""[^>]*/>`),
      );
    }
    expect(html).toMatch(/<details class="case-facet" open="">\s*<summary>Service \(1 chosen\)/);
    // A chosen county is named, not shown by its id.
    for (const [value, name] of [
      ['SE-04', 'Södermanlands län'],
      ['SE-25', 'Norrbottens län'],
    ]) {
      expect(html).toMatch(new RegExp(`value="${value}" checked=""[^>]*/>${name} \\(0\\)`));
    }
  });

  it('keeps the search in a shareable address and finds word forms on the page too', async () => {
    const html = await (await t.client().get('/sv/cases?q=skolor')).text();
    expect(html).toContain('En gemensam lärplattform för varje skola');
    expect(html).toContain('value="skolor"');
  });

  it('answers unknown facet values, punctuation and very long texts clearly, never with an error', async () => {
    const unknown = await t.client().get('/en/cases?country=XX&county=<script>');
    expect(unknown.status).toBe(200);
    const text = await unknown.text();
    expect(text).toContain('A filter in the address is not one we know');
    expect(text).not.toContain('<script>');
    const punctuation = await t.client().get(`/en/cases?q=${encodeURIComponent('!!! ??? ...')}`);
    expect(punctuation.status).toBe(200);
    expect(await punctuation.text()).toContain('role="status">6 cases</p>');
    const long = await t.client().get(`/en/cases?q=${'skola'.repeat(2000)}`);
    expect(long.status).toBe(200);
  });

  it('shows 25 cases a page with Designsystemet pagination', async () => {
    const db = t.database.db;
    const [department] = await listDepartments(db, 'SE-0127');
    await t.announced(async () => {
      for (let n = 0; n < 26; n += 1) {
        const initiative = await insertTestInitiative(db, {
          municipalityId: 'SE-0127',
          departmentId: department?.id ?? '',
          isPublic: true,
        });
        await insertTestCase(db, {
          municipalityId: 'SE-0127',
          initiativeId: initiative.id,
          title: `Sidexempel ${n}`,
        });
      }
    });
    const first = await (await t.client().get('/en/cases')).text();
    expect(first).toContain('32 cases');
    expect(first.match(/<article class="ds-card"/g)?.length).toBe(25);
    expect(first).toContain('class="ds-pagination"');
    const second = await (await t.client().get('/en/cases?page=2')).text();
    expect(second.match(/<article class="ds-card"/g)?.length).toBe(7);
  });
});
