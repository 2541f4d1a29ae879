import { count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment, insertTestInitiative } from '../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { anonymous } from '../../vocabulary/actor.ts';
import { normaliseSearchText, SEARCH_TEXT_MAX } from '../../web/search.ts';
import { listBodies } from '../decisions/decisions.queries.ts';
import { decisions } from '../decisions/decisions.schema.ts';
import { initiativeSearch } from '../styrning/portfolio/initiative-search.ts';
import { initiatives } from '../styrning/portfolio/portfolio.schema.ts';
import { goals } from '../styrning/strategy/strategy.schema.ts';

// Fixtures carry made-up words ("kvarnhjul", "lyktstolpe" ...) that the demo content does not use,
// so each test knows exactly which things a search may find.
let t: TestApp;
const botkyrka = 'SE-0127';
const asker = 'NO-3203';
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dept = (await insertTestDepartment(db, botkyrka, 'Sökförvaltningen')).id;
  const add = async (key: string, values: Parameters<typeof insertTestInitiative>[1]) => {
    ids[key] = (await insertTestInitiative(db, values)).id;
  };
  await add('stemmed', {
    municipalityId: botkyrka,
    departmentId: dept,
    title: 'Kvarnhjulens satsningarna',
    problem: 'Kvarnhjulen står still om vintern.',
    isPublic: true,
  });
  await add('internal', {
    municipalityId: botkyrka,
    departmentId: dept,
    title: 'Lyktstolpar med sensorer',
    problem: 'Lyktstolparna lyser hela natten.',
    isPublic: false,
  });
  // Same word once in a title, and three times in the text only of another initiative.
  await add('inTitle', {
    municipalityId: botkyrka,
    departmentId: dept,
    title: 'Vattenkiosk vid torget',
    isPublic: true,
  });
  await add('inBody', {
    municipalityId: botkyrka,
    departmentId: dept,
    title: 'Bättre service vid torget',
    problem:
      'Vattenkiosken är trasig; en vattenkiosk till behövs, och vattenkiosker ska vara fler.',
    isPublic: true,
  });
  const askerDept = (await insertTestDepartment(db, asker, 'Søkeetaten')).id;
  await add('norwegian', {
    municipalityId: asker,
    departmentId: askerDept,
    title: 'Fjordbåtene og satsingene',
    problem: 'Fjordbåtene går for sjelden.',
    isPublic: true,
  });
  const [adopted] = await db
    .insert(goals)
    .values({ municipalityId: botkyrka, title: 'Solpaneler på alla tak', status: 'adopted' })
    .returning();
  const [draft] = await db
    .insert(goals)
    .values({ municipalityId: botkyrka, title: 'Solfångare i utkast', status: 'draft' })
    .returning();
  // Adopted itself, but under a draft goal: residents do not see it on the goals page either.
  const [underDraft] = await db
    .insert(goals)
    .values({
      municipalityId: botkyrka,
      parentId: draft?.id ?? null,
      title: 'Solfångare på förskolorna',
      status: 'adopted',
    })
    .returning();
  Object.assign(ids, { adopted: adopted?.id, draft: draft?.id, underDraft: underDraft?.id });
});
afterAll(async () => {
  await t?.close();
});

async function search(client: TestClient, path: string, q: string) {
  const response = await client.get(`${path}/search?q=${encodeURIComponent(q)}`);
  return { status: response.status, html: await response.text() };
}

/** The hrefs of the result links, in order. */
function resultLinks(html: string): string[] {
  const list = html.match(/<ol class="search-results"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
  return [...list.matchAll(/<a class="ds-link" href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

const initiativeHref = (lang: string, m: string, key: string) =>
  `/${lang}/municipalities/${m}/initiatives/${ids[key]}`;
const goalHref = (key: string) => `/sv/municipalities/${botkyrka}/goals/${ids[key]}`;

describe('the municipality search', () => {
  it('finds every form of a word by Swedish stemming on /sv and marks it', async () => {
    const { status, html } = await search(
      await t.signedIn(null),
      `/sv/municipalities/${botkyrka}`,
      'satsning',
    );
    expect(status).toBe(200);
    expect(resultLinks(html)).toContain(initiativeHref('sv', botkyrka, 'stemmed'));
    expect(html).toContain('<mark>satsningarna</mark>');
    expect(html).toContain('<label class="ds-label" for="search-q">');
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="satsning"/);
  });

  it('stems by the Norwegian rules on /nb', async () => {
    const { html } = await search(await t.signedIn(null), `/nb/municipalities/${asker}`, 'satsing');
    expect(resultLinks(html)).toContain(initiativeHref('nb', asker, 'norwegian'));
    expect(html).toContain('<mark>satsingene</mark>');
    // Swedish rules make "satsingen" of "satsingene", so no full-text match there.
    const query = { municipalityId: asker, text: 'satsing', actor: anonymous };
    const norwegian = await initiativeSearch(t.database.db, { ...query, lang: 'nb' });
    const swedish = await initiativeSearch(t.database.db, { ...query, lang: 'sv' });
    const rankOf = (hits: typeof norwegian) =>
      hits.find((h) => h.href.endsWith(ids.norwegian ?? '-'))?.rank ?? 0;
    expect(rankOf(norwegian)).toBeGreaterThanOrEqual(1);
    expect(rankOf(swedish)).toBeLessThan(1);
  });

  it('finds a misspelt word by similarity, and ignores diacritics', async () => {
    const client = await t.signedIn(null);
    const path = `/sv/municipalities/${botkyrka}`;
    for (const q of ['kvarnhjul', 'kvarnhjl', 'kvarnhjúl']) {
      const { html } = await search(client, path, q);
      expect(resultLinks(html), q).toContain(initiativeHref('sv', botkyrka, 'stemmed'));
    }
    const { html } = await search(client, path, 'solpanelér');
    expect(resultLinks(html)).toContain(goalHref('adopted'));
    // The demo content speaks of "omsorg": both the word and a typo of it find something.
    const exact = await search(client, path, 'omsorg');
    const typo = await search(client, path, 'omsrog');
    expect(resultLinks(exact.html).length).toBeGreaterThan(0);
    expect(resultLinks(typo.html).length).toBeGreaterThan(0);
    expect(exact.html).not.toContain('Inget innehåller exakt de orden.');
    expect(typo.html).toContain('Inget innehåller exakt de orden.');
  });

  it('never shows a staff-only initiative to visitors, residents or another municipality’s staff', async () => {
    const href = initiativeHref('sv', botkyrka, 'internal');
    const path = `/sv/municipalities/${botkyrka}`;
    for (const email of [null, 'resident@botkyrka.example', 'staff@asker.example']) {
      const { html } = await search(await t.signedIn(email), path, 'lyktstolpe');
      expect(resultLinks(html), String(email)).not.toContain(href);
      expect(html, String(email)).not.toContain('Lyktstolpar');
    }
    for (const role of ['staff', 'manager', 'politician', 'admin']) {
      const { html } = await search(
        await t.signedIn(`${role}@botkyrka.example`),
        path,
        'lyktstolpe',
      );
      expect(resultLinks(html), role).toContain(href);
    }
    // Nor does it show up in another municipality's search, for anyone.
    const { html } = await search(
      await t.signedIn('admin@botkyrka.example'),
      `/sv/municipalities/${asker}`,
      'lyktstolpe',
    );
    expect(resultLinks(html)).not.toContain(href);
  });

  it('shows residents adopted goals only, the staff drafts too', async () => {
    const path = `/sv/municipalities/${botkyrka}`;
    const resident = await search(
      await t.signedIn('resident@botkyrka.example'),
      path,
      'solfångare',
    );
    expect(resultLinks(resident.html)).not.toContain(goalHref('draft'));
    expect(resultLinks(resident.html)).not.toContain(goalHref('underDraft'));
    expect(resident.html).not.toContain('utkast');
    const visitor = await search(await t.signedIn(null), path, 'solpaneler');
    expect(resultLinks(visitor.html)).toContain(goalHref('adopted'));
    const staff = await search(await t.signedIn('staff@botkyrka.example'), path, 'solfångare');
    expect(resultLinks(staff.html)).toEqual(
      expect.arrayContaining([goalHref('draft'), goalHref('underDraft')]),
    );
  });

  it('ranks a title match before a match in the text only', async () => {
    const { html } = await search(
      await t.signedIn(null),
      `/sv/municipalities/${botkyrka}`,
      'vattenkiosk',
    );
    const links = resultLinks(html);
    const inTitle = links.indexOf(initiativeHref('sv', botkyrka, 'inTitle'));
    const inBody = links.indexOf(initiativeHref('sv', botkyrka, 'inBody'));
    expect(inTitle).toBeGreaterThanOrEqual(0);
    expect(inBody).toBeGreaterThan(inTitle);
    expect(html).toContain('2 träffar på ”vattenkiosk”');
  });

  it('finds decisions by their text and links to their row', async () => {
    const admin = await t.signedIn('admin@botkyrka.example');
    const [body] = await listBodies(t.database.db, botkyrka);
    const recorded = await admin.postForm(`/sv/municipalities/${botkyrka}/decisions`, {
      bodyId: body?.id ?? '',
      decidedOn: '2026-11-20',
      text: 'Kommunen inför trygghetsvandringar i alla stadsdelar.',
    });
    expect(recorded.status).toBe(303);
    // The decision just recorded is the last of the municipality's chain; its anchor is its id.
    const [last] = await t.database.db
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.municipalityId, botkyrka))
      .orderBy(desc(decisions.sequence))
      .limit(1);
    const { html } = await search(
      await t.signedIn(null),
      `/sv/municipalities/${botkyrka}`,
      'trygghetsvandring',
    );
    expect(resultLinks(html)).toEqual([
      `/sv/municipalities/${botkyrka}/decisions?decision=${last?.id}#decision-${last?.id}`,
    ]);
    expect(html).toContain('<mark>trygghetsvandringar</mark>');
    const page = await (
      await admin.get(`/sv/municipalities/${botkyrka}/decisions?decision=${last?.id}`)
    ).text();
    expect(page).toContain(`id="decision-${last?.id}"`);
  });

  it('asks for words when there are none, and says so when nothing is found', async () => {
    const client = await t.signedIn(null);
    const path = `/en/municipalities/${botkyrka}`;
    for (const q of ['', '   ', '\t\u0007']) {
      const { status, html } = await search(client, path, q);
      expect(status).toBe(200);
      expect(html).toContain('Write one or more words to search.');
      expect(resultLinks(html)).toEqual([]);
    }
    const { html } = await search(client, path, 'qqqxxyyzz');
    expect(html).toContain('Nothing found for “qqqxxyyzz”.');
  });

  it('answers hostile queries with 200 and reflects no markup', async () => {
    const client = await t.signedIn('staff@botkyrka.example');
    const hostile = [
      '<script>alert(1)</script>',
      "' OR '1'='1'; DROP TABLE initiatives; --",
      'satsning\u0000<img src=x onerror=alert(1)>',
      '"unclosed & | ! <-> :* (',
      '\u202E\uFFFD😀',
      '\uE000satsning\uE001',
      'x'.repeat(20_000),
    ];
    for (const q of hostile) {
      for (const lang of ['sv', 'nb', 'en']) {
        const { status, html } = await search(client, `/${lang}/municipalities/${botkyrka}`, q);
        // A NUL anywhere in the address is refused by the app before any page (400, never 500).
        expect(status, q.slice(0, 40)).toBe(q.includes('\u0000') ? 400 : 200);
        expect(html).not.toContain('<script>alert');
        expect(html).not.toContain('<img src=x');
        expect(html).not.toContain('\u0000');
        // The page's own text keeps at most SEARCH_TEXT_MAX characters of it (the language links
        // of the frame carry the address as it came, escaped).
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        expect(main).not.toContain('x'.repeat(SEARCH_TEXT_MAX + 1));
      }
    }
    // Malformed percent-encoding and bytes that are not UTF-8, as they arrive on the wire.
    for (const raw of ['%ED%A0%80', '%FF%FEsats', '%E0%A4%A', '%', 'a&q=b&q=%3Cscript%3E']) {
      const response = await client.get(`/sv/municipalities/${botkyrka}/search?q=${raw}`);
      expect(response.status, raw).toBe(200);
      expect(await response.text()).not.toContain('<script>');
    }
    const long = await search(client, `/sv/municipalities/${botkyrka}`, 'x'.repeat(20_000));
    expect(long.html).toContain(`value="${'x'.repeat(SEARCH_TEXT_MAX)}"`);
    const unknown = await client.get('/sv/municipalities/XX-0000/search?q=satsning');
    expect(unknown.status).toBe(404);
    const [row] = await t.database.db.select({ n: count() }).from(initiatives);
    expect(row?.n).toBeGreaterThan(0);
  });
});

describe('search text', () => {
  it('is trimmed, without control characters, and cut at the limit without splitting a character', () => {
    expect(normaliseSearchText('  vård \u0000 och\n\tomsorg ')).toBe('vård och omsorg');
    expect(normaliseSearchText(undefined)).toBe('');
    expect(normaliseSearchText(' \u0007 ')).toBe('');
    const emoji = '😀'.repeat(SEARCH_TEXT_MAX + 10);
    expect(Array.from(normaliseSearchText(emoji))).toHaveLength(SEARCH_TEXT_MAX);
    expect(normaliseSearchText('a\uD800b')).toBe('a\uFFFDb');
  });
});
