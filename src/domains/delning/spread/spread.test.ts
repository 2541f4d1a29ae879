import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { caseAdoptions, sharedCases } from '../cases/cases.schema.ts';
import { adoptTestCase, shareTestCase } from './spread.fixtures.ts';

let t: TestApp;
let shared: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // Botkyrka (Stockholms län) shares a case; two other Stockholm municipalities and Katrineholm
  // (Södermanland) reuse it. Asker (Akershus) shares one that Botkyrka reuses. A withdrawn case
  // reused by Österåker counts nowhere.
  shared = await shareTestCase(db, 'SE-0127', 'Nattillsyn i hela länet');
  for (const m of ['SE-0114', 'SE-0115', 'SE-0483']) await adoptTestCase(db, shared.id, m);
  const asker = await shareTestCase(db, 'NO-3203', 'Digital postkasse');
  await adoptTestCase(db, asker.id, 'SE-0127');
  const withdrawn = await shareTestCase(db, 'SE-0127', 'Tillbakadraget exempel');
  await db.update(sharedCases).set({ status: 'withdrawn' }).where(eq(sharedCases.id, withdrawn.id));
  await adoptTestCase(db, withdrawn.id, 'SE-0117');
});
afterAll(async () => {
  await t?.close();
});

/** The text of each cell of the table row that links to `href`, tags stripped. */
function rowCells(html: string, href: string): string[] {
  const row = html
    .split('<tr>')
    .find((r) => r.includes(`href="${href}"`))
    ?.split('</tr>')[0];
  if (!row) throw new Error(`no row links to ${href}`);
  return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
  );
}

/** Every county's figures, counted row by row in JavaScript from the tables themselves. */
async function expectedPerCounty() {
  const db = t.database.db;
  const places = await db
    .select({ id: municipalities.id, countyId: municipalities.countyId })
    .from(municipalities);
  const countyOf = new Map(places.map((p) => [p.id, p.countyId]));
  const cases = await db.select().from(sharedCases);
  const published = new Set(cases.filter((c) => c.status === 'published').map((c) => c.id));
  const adoptions = (await db.select().from(caseAdoptions)).filter((a) => published.has(a.caseId));
  const per = new Map<
    string,
    { size: number; adopters: Set<string>; adoptions: number; shared: number }
  >();
  const of = (county: string) => {
    let entry = per.get(county);
    if (!entry) {
      entry = { size: 0, adopters: new Set(), adoptions: 0, shared: 0 };
      per.set(county, entry);
    }
    return entry;
  };
  for (const p of places) of(p.countyId).size++;
  for (const a of adoptions) {
    const entry = of(countyOf.get(a.municipalityId) as string);
    entry.adopters.add(a.municipalityId);
    entry.adoptions++;
  }
  for (const c of cases)
    if (published.has(c.id)) of(countyOf.get(c.municipalityId) as string).shared++;
  return per;
}

describe('the network’s spread page', () => {
  it('shows every county with the figures counted from the rows, and both maps with a title', async () => {
    const res = await t.client().get('/en/network/spread');
    expect(res.status).toBe(200);
    const html = await res.text();
    const expected = await expectedPerCounty();
    expect(expected.size).toBe(21 + 15);
    for (const [county, e] of expected) {
      const share = `${Math.round((e.adopters.size / e.size) * 100)} %`;
      expect(rowCells(html, `/en/network/spread/${county}`).slice(1)).toEqual([
        String(e.size),
        String(e.adopters.size),
        share,
        String(e.adoptions),
        String(e.shared),
      ]);
    }
    // Stockholm: 26 municipalities, Upplands Väsby, Vallentuna and Botkyrka reuse a case.
    expect(rowCells(html, '/en/network/spread/SE-01').slice(1, 4)).toEqual(['26', '3', '12 %']);
    expect(html).toContain('<title id="spread-map-no-title">Norway’s counties</title>');
    expect(html).toContain('<title id="spread-map-se-title">');
    // 15 fylker drawn as closed paths, 21 län as squares.
    expect(html.match(/<path d="M[^"]*Z"/g)?.length).toBe(15);
    expect(html.match(/<rect [^>]*rx="3"/g)?.length).toBe(21);
  });

  it('lists the most reused case with its adopters and counties, and not a withdrawn one', async () => {
    const html = await (await t.client().get('/sv/network/spread')).text();
    expect(rowCells(html, `/sv/cases/${shared.id}`)).toEqual([
      'Nattillsyn i hela länet',
      'Botkyrka',
      '3',
      '2',
    ]);
    expect(html).not.toContain('Tillbakadraget exempel');
  });
});

describe('a county’s spread page', () => {
  it('says in how many of its municipalities each case is reused, and lists them all', async () => {
    const res = await t.client().get('/nb/network/spread/SE-01');
    expect(res.status).toBe(200);
    const html = await res.text();
    // Two of Stockholm's 26 reuse Botkyrka's case; three municipalities in two counties in all.
    expect(rowCells(html, `/nb/cases/${shared.id}`).slice(2)).toEqual(['2 av 26', '3', '2']);
    expect(html).not.toContain('Tillbakadraget exempel');
    // All the county's cases are listed, so the count says nothing of which are.
    expect(html).toMatch(/ gjenbrukes her\.<\/p>/);
    expect(html).not.toContain('som flest kommuner her gjenbruker');
    expect(rowCells(html, '/nb/municipalities/SE-0127/cases').slice(1)).toEqual(['1', '1']);
    expect(rowCells(html, '/nb/municipalities/SE-0117/cases').slice(1)).toEqual(['0', '0']);
    expect(html.match(/href="\/nb\/municipalities\/SE-\d{4}\/cases"/g)?.length).toBe(26);
    // Only Sweden's map on a Swedish county's page.
    expect(html).not.toContain('spread-map-no-title');
  });

  it('answers an unknown or malformed county with not found', async () => {
    for (const county of ['SE-99', 'XX-01', 'SE-01%27']) {
      expect((await t.client().get(`/en/network/spread/${county}`)).status).toBe(404);
    }
  });
});
