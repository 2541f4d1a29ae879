import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageQueriesNotRefused } from '../../testing/paging-edges.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { clean, insertTestBody, personWith } from '../styrning/strategy/strategy.fixtures.ts';
import { decisions } from './decisions.schema.ts';

// Stockholm has no demo content: 27 decisions of its own, recorded one by one as a politician
// would, = a full page of 25 and a page of 2. A neighbouring municipality has one decision of its
// own that must never show.
let t: TestApp;
let politician: TestClient;
const other = 'SE-0484';
const base = `/sv/municipalities/${clean}/decisions`;
const api = `/api/v1/municipalities/${clean}/decisions`;
// The last one has a word of its own, for the search to find it alone.
const texts = Array.from({ length: 27 }, (_, i) =>
  i === 26 ? 'Trygghetsvandringar införs i alla stadsdelar.' : `Beslut nummer ${i + 1} fattas.`,
);
/** The texts as the page lists them: the newest decision first. */
const newestFirst = texts.toReversed();
/** The decisions' ids in chain order, read from the database. */
let ids: string[] = [];
let theirs = '';

const record = async (client: TestClient, municipalityId: string, bodyId: string, text: string) => {
  const response = await client.postForm(`/sv/municipalities/${municipalityId}/decisions`, {
    bodyId,
    decidedOn: '2026-11-20',
    text,
  });
  expect(response.status).toBe(303);
  return response.headers.get('location') ?? '';
};

const idsOf = async (municipalityId: string) =>
  (
    await t.database.db
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.municipalityId, municipalityId))
      .orderBy(asc(decisions.sequence))
  ).map((r) => r.id);

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  politician = await personWith(t, 'politician@decisions-paging.test', 'politician');
  const body = await insertTestBody(t);
  for (const text of texts) await record(politician, clean, body.id, text);
  ids = await idsOf(clean);
  const theirPolitician = await personWith(t, 'politician@eskilstuna.test', 'politician', other);
  const theirBody = await insertTestBody(t, other);
  await record(theirPolitician, other, theirBody.id, 'Eskilstunas eget beslut.');
  [theirs = ''] = await idsOf(other);
});
afterAll(async () => {
  await t?.close();
});

/** The texts of the decisions a page lists, in order, and the ids of their anchors. */
async function pageOf(path: string) {
  const response = await t.client().get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  const texts = [...html.matchAll(/<p class="ds-paragraph decision-text"[^>]*>([^<]+)<\/p>/g)];
  const anchors = [...html.matchAll(/<li id="decision-([0-9a-f-]{36})"/g)];
  return { texts: texts.map((r) => r[1]), anchors: anchors.map((r) => r[1]), html };
}

describe('the decisions page in pages', () => {
  it('shows 25 a page, the newest first, each decision on exactly one page', async () => {
    const [first, second] = await Promise.all([1, 2].map((p) => pageOf(`${base}?page=${p}`)));
    expect(first?.texts).toEqual(newestFirst.slice(0, 25));
    expect(second?.texts).toEqual(newestFirst.slice(25));
    expect([...(first?.anchors ?? []), ...(second?.anchors ?? [])]).toEqual(ids.toReversed());
    expect((await pageOf(base)).texts).toEqual(first?.texts);
  });

  it('shows the nearest page for one that does not exist', async () => {
    for (const asked of ['0', '-1', 'abc', '1.5', '<script>', ''])
      expect((await pageOf(`${base}?page=${encodeURIComponent(asked)}`)).texts, asked).toEqual(
        newestFirst.slice(0, 25),
      );
    for (const asked of ['1000000000', '9'.repeat(400)])
      expect((await pageOf(`${base}?page=${asked}`)).texts, asked).toEqual(newestFirst.slice(25));
  });

  it('links the pages and marks the current one', async () => {
    const { html } = await pageOf(`${base}?page=2`);
    const nav = html.slice(html.indexOf('<nav class="ds-pagination"'));
    expect(nav).toContain(`href="${base}"`);
    expect(nav).toMatch(/href="[^"]*page=2" aria-current="true"/);
    expect(html).toContain('Sida 2 av 2, de senaste besluten först.');
  });

  it('opens on the page that holds the decision a link names, whatever page is asked', async () => {
    const last = ids.at(-1) ?? '';
    expect((await pageOf(`${base}?decision=${last}`)).anchors).toContain(last);
    expect((await pageOf(`${base}?decision=${ids[0]}&page=2`)).anchors).toContain(ids[0]);
    // A decision of no page here (another municipality's, or not an id) leaves the page asked for.
    for (const named of [theirs, 'abc', '<script>'])
      expect(
        (await pageOf(`${base}?decision=${encodeURIComponent(named)}&page=2`)).anchors,
        named,
      ).toEqual(ids.toReversed().slice(25));
  });

  it('links to one decision from the start page, the search and the feed so that it is found', async () => {
    const last = ids.at(-1) ?? '';
    const href = `${base}?decision=${last}#decision-${last}`;
    const start = await (await t.client().get(`/sv/municipalities/${clean}`)).text();
    expect(start).toContain(`href="${href}"`);
    const found = await t.client().get(`/sv/municipalities/${clean}/search?q=trygghetsvandring`);
    expect(await found.text()).toContain(`href="${href}"`);
    const feed = await (await t.client().get(`${base}.atom`)).text();
    expect(feed).toContain(`${href}"`);
    const [path] = href.split('#');
    expect((await pageOf(path ?? '')).anchors).toContain(last);
  });

  it('sends whoever records a decision to it, on the page that holds it', async () => {
    const body = await insertTestBody(t, clean, 'Kommunstyrelsen');
    const location = await record(politician, clean, body.id, 'Beslut nummer 28 fattas.');
    ids = await idsOf(clean);
    const added = ids.at(-1) ?? '';
    expect(location).toBe(`${base}?decision=${added}&done=decisionRecorded#decision-${added}`);
    const shown = await politician.get(location.split('#')[0] ?? '');
    expect(await shown.text()).toContain(`id="decision-${added}"`);
  });

  it('never shows another municipality’s decision', async () => {
    const pages = await Promise.all([1, 2].map((p) => pageOf(`${base}?page=${p}`)));
    expect(pages.flatMap((p) => p.anchors)).not.toContain(theirs);
    expect(pages.map((p) => p.html).join('')).not.toContain('Eskilstunas eget beslut');
  });
});

describe('the decisions API in pages', () => {
  type Body = { total: number; items: { id: string; text: string }[]; head: { hash: string } };
  const get = async (query: string, path = api) => {
    const response = await t.app.request(`${path}${query}`);
    return { status: response.status, body: (await response.json()) as Body };
  };

  it('gives one page in chain order, the total of all, and the head of the whole chain', async () => {
    const all = await idsOf(clean);
    const [lastRow] = await t.database.db
      .select({ hash: decisions.hash })
      .from(decisions)
      .where(eq(decisions.id, all.at(-1) ?? ''));
    const first = await get('?pageSize=10');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(all.length);
    expect(first.body.items.map((d) => d.id)).toEqual(all.slice(0, 10));
    expect(first.body.head.hash).toBe(lastRow?.hash);
    const third = await get('?pageSize=10&page=3');
    expect(third.body.items.map((d) => d.id)).toEqual(all.slice(20));
    expect(third.body.head.hash).toBe(lastRow?.hash);
    const past = await get('?page=4&pageSize=10');
    expect(past.body.total).toBe(all.length);
    expect(past.body.items).toEqual([]);
    expect((await get('')).body.items).toHaveLength(all.length);
  });

  it('refuses a page or page size out of range with a problem document', async () => {
    expect(await pageQueriesNotRefused((q) => t.app.request(`${api}${q}`))).toEqual([]);
  });

  it('gives another municipality’s decisions only under its own id', async () => {
    const mine = await get('');
    expect(mine.body.items.map((d) => d.id)).not.toContain(theirs);
    const their = await get('', `/api/v1/municipalities/${other}/decisions`);
    expect(their.body.total).toBe(1);
    expect(their.body.items.map((d) => d.id)).toEqual([theirs]);
  });
});
