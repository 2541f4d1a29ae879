import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchConfiguration } from '../../../db/text-search.ts';
import { type ProposalState, publicStates } from '../../../engines/proposal-rules/index.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { listProposals, type ProposalListFilter } from './proposal-lists.queries.ts';
import { proposals } from './proposals.schema.ts';

// Proposals of two Swedish and two Norwegian municipalities in every state, written straight to
// the table; what each list should hold is worked out from this array, not from the database.
type Fixture = {
  key: string;
  municipalityId: string;
  title: string;
  body: string;
  topic: string;
  district: string;
  state: ProposalState;
};
const botkyrka = 'SE-0127';
const katrineholm = 'SE-0483';
const asker = 'NO-3203';
const oslo = 'NO-0301';
const fixtures: Fixture[] = [
  [
    'se-school',
    botkyrka,
    'En ny skola i Tumba',
    'Barnen behöver en skola nära hemmet.',
    'school',
    'Tumba',
    'collecting',
  ],
  [
    'se-care',
    botkyrka,
    'Mer tid i hemtjänst',
    'Personalen i hemtjänst hinner inte prata med de äldre.',
    'care',
    'Tullinge',
    'withBody',
  ],
  [
    'se-traffic',
    botkyrka,
    'Cykelbana längs Hågelbyleden',
    'En säker väg att cykla till jobbet.',
    'traffic',
    'Tumba',
    'answered',
  ],
  [
    'se-draft',
    botkyrka,
    'Utkast om skolor',
    'Skolor som ingen ska se än.',
    'school',
    'Tumba',
    'draft',
  ],
  [
    'se-screening',
    botkyrka,
    'Skolgården granskas',
    'En skola med större skolgård.',
    'school',
    'Tumba',
    'screening',
  ],
  [
    'se-refused',
    botkyrka,
    'Stäng skolan',
    'Ett förslag om skola som inte godkändes.',
    'school',
    'Tumba',
    'refused',
  ],
  [
    'se-park',
    katrineholm,
    'Bänkar i stadsparken',
    'Fler ställen att vila på i parken.',
    'environment',
    '',
    'expired',
  ],
  [
    'se-library',
    katrineholm,
    'Öppet bibliotek på söndagar',
    'Biblioteket borde vara öppet även på söndagar.',
    'culture',
    'Centrum',
    'thresholdReached',
  ],
  [
    'no-school',
    asker,
    'Ny skole på Heggedal',
    'Elevene trenger en skole som er stor nok.',
    'school',
    'Heggedal',
    'collecting',
  ],
  [
    'no-library',
    asker,
    'Lengre åpningstid på biblioteket',
    'Biblioteket bør være åpent om kvelden.',
    'culture',
    '',
    'withdrawn',
  ],
  ['no-draft', asker, 'Skole i kladd', 'En skole ingen ser ennå.', 'school', '', 'draft'],
  [
    'no-bus',
    oslo,
    'Flere bussavganger til Grorud',
    'Bussene er fulle om morgenen.',
    'traffic',
    'Grorud',
    'collecting',
  ],
].map(([key, municipalityId, title, body, topic, district, state]) => ({
  key,
  municipalityId,
  title,
  body,
  topic,
  district,
  state,
})) as Fixture[];

let t: TestApp;
const idOf = new Map<string, string>();
const keyOf = new Map<string, string>();
const countyOf = new Map<string, string>();
beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const { db } = t.database;
  // Oldest first, an hour apart, so newest first is the array backwards.
  const start = Date.parse('2026-01-01T00:00:00Z');
  const rows = await t.announced(() =>
    db
      .insert(proposals)
      .values(
        fixtures.map((f, i) => ({
          municipalityId: f.municipalityId,
          title: f.title,
          body: f.body,
          topic: f.topic,
          district: f.district,
          state: f.state,
          createdAt: new Date(start + i * 3_600_000),
        })),
      )
      .returning({ id: proposals.id, title: proposals.title }),
  );
  for (const f of fixtures) {
    const id = rows.find((r) => r.title === f.title)?.id ?? '';
    idOf.set(f.key, id);
    keyOf.set(id, f.key);
  }
  const places = await db
    .select({ id: municipalities.id, countyId: municipalities.countyId })
    .from(municipalities)
    .where(inArray(municipalities.id, [botkyrka, katrineholm, asker, oslo]));
  for (const p of places) countyOf.set(p.id, p.countyId);
});
afterAll(async () => {
  await t?.close();
});

/** The keys of the fixtures that pass `keep`, public ones only, newest first. */
const expected = (keep: (f: Fixture) => boolean, states: readonly string[] = publicStates) =>
  fixtures
    .filter((f) => states.includes(f.state) && keep(f))
    .map((f) => f.key)
    .reverse();

const everything = { offset: 0, limit: 100 };
async function listed(filter: Partial<ProposalListFilter>) {
  const list = await listProposals(t.database.db, { states: publicStates, ...filter }, everything);
  expect(list.total).toBe(list.items.length);
  return list.items.map((p) => keyOf.get(p.id));
}

describe('the lists narrow by each filter', () => {
  it('lists every public proposal of the network, and none in draft, screening or refused', async () => {
    const all = await listed({});
    expect(all).toEqual(expected(() => true));
    for (const hidden of ['se-draft', 'se-screening', 'se-refused', 'no-draft']) {
      expect(all).not.toContain(hidden);
    }
  });

  it('narrows by municipality, state, topic, district, country and county', async () => {
    expect(await listed({ municipalityId: botkyrka })).toEqual(
      expected((f) => f.municipalityId === botkyrka),
    );
    for (const state of ['collecting', 'answered', 'expired'] as const) {
      expect(await listed({ states: [state] })).toEqual(expected((f) => f.state === state));
    }
    for (const topic of ['school', 'culture', 'traffic']) {
      expect(await listed({ topic })).toEqual(expected((f) => f.topic === topic));
    }
    expect(await listed({ municipalityId: botkyrka, district: 'Tumba' })).toEqual(
      expected((f) => f.municipalityId === botkyrka && f.district === 'Tumba'),
    );
    for (const country of ['SE', 'NO']) {
      expect(await listed({ country })).toEqual(
        expected((f) => f.municipalityId.startsWith(country)),
      );
    }
    const county = countyOf.get(asker) ?? '';
    expect(await listed({ countyId: county })).toEqual(
      expected((f) => countyOf.get(f.municipalityId) === county),
    );
    // Filters together: each narrows what the others left.
    expect(await listed({ country: 'SE', topic: 'culture', states: ['thresholdReached'] })).toEqual(
      expected(
        (f) =>
          f.municipalityId.startsWith('SE') &&
          f.topic === 'culture' &&
          f.state === 'thresholdReached',
      ),
    );
  });

  it('staff of a municipality also list what waits for screening, but never drafts', async () => {
    const states = ['screening', ...publicStates] as ProposalState[];
    expect(await listed({ municipalityId: botkyrka, states })).toEqual(
      expected((f) => f.municipalityId === botkyrka, states),
    );
  });
});

describe('search', () => {
  it('finds Swedish word forms in Swedish proposals and Norwegian ones in Norwegian proposals', async () => {
    // "skolor" is the plural of "skola"; hidden proposals about schools stay hidden.
    expect(await listed({ text: 'skolor' })).toEqual(['se-school']);
    expect(await listed({ text: 'hemtjänsten' })).toEqual(['se-care']);
    // "skolene" is Norwegian for "the schools"; Asker's proposal says "skole".
    expect(await listed({ text: 'skolene', country: 'NO' })).toEqual(['no-school']);
    expect(await listed({ text: 'bussavgangene' })).toEqual(['no-bus']);
  });

  it('finds nothing unrelated, and with other filters only what both keep', async () => {
    const found = await listProposals(
      t.database.db,
      { states: publicStates, text: 'brandstation' },
      everything,
    );
    expect(found.total).toBe(0);
    expect(await listed({ text: 'biblioteket', country: 'SE' })).toEqual(['se-library']);
    expect(await listed({ text: 'skolor', municipalityId: katrineholm })).toEqual([]);
  });

  it('falls back to similar words when no word matches in full text', async () => {
    const found = await listProposals(
      t.database.db,
      { states: publicStates, text: 'hågelbyledn' },
      everything,
    );
    expect(found.similarOnly).toBe(true);
    expect(found.items.map((p) => keyOf.get(p.id))).toEqual(['se-traffic']);
  });

  it('stores each proposal in its municipality’s language, and stems a rewritten title again', async () => {
    const { db } = t.database;
    const configs = (await db.execute(
      sql`select id, search_config from proposals where id in ${[idOf.get('se-school'), idOf.get('no-school')]}`,
    )) as unknown as { rows: { id: string; search_config: string }[] };
    const configOf = new Map(configs.rows.map((r) => [keyOf.get(r.id), r.search_config]));
    expect(configOf.get('se-school')).toBe(searchConfiguration('sv'));
    expect(configOf.get('no-school')).toBe(searchConfiguration('nb'));
    const id = idOf.get('se-park') ?? '';
    await t.announced(() =>
      db.execute(sql`update proposals set title = 'Fler bänkar vid badplatsen' where id = ${id}`),
    );
    expect(await listed({ text: 'badplatser' })).toEqual(['se-park']);
  });

  it('stems a municipality’s proposals again in its new language when its country changes', async () => {
    const { db } = t.database;
    const configOfLibrary = async () =>
      (
        (await db.execute(
          sql`select search_config from proposals where id = ${idOf.get('se-library')}`,
        )) as unknown as { rows: { search_config: string }[] }
      ).rows[0]?.search_config;
    const moved = async (country: string) =>
      t.announced(() =>
        db.execute(sql`update municipalities set country = ${country} where id = ${katrineholm}`),
      );
    await moved('NO');
    try {
      expect(await configOfLibrary()).toBe(searchConfiguration('nb'));
    } finally {
      await moved('SE');
    }
    expect(await configOfLibrary()).toBe(searchConfiguration('sv'));
  });
});

describe('pages', () => {
  it('pages through the network with the same total on every page', async () => {
    const all = expected(() => true);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await t.client().get(`/api/v1/proposals?page=${page}&pageSize=3`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { total: number; items: { id: string }[] };
      expect(body.total).toBe(all.length);
      seen.push(...body.items.map((p) => keyOf.get(p.id) ?? ''));
    }
    expect(seen).toEqual(all.slice(0, 9));
  });

  it('shows each filter on the network page and keeps it in the pages’ links', async () => {
    const res = await t.client().get('/sv/proposals?country=NO&topic=school&q=skolene');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`/sv/municipalities/${asker}/proposals/${idOf.get('no-school')}`);
    expect(html).not.toContain(idOf.get('no-library'));
    expect(html).toContain('Till Asker');
    expect(html).toContain('lang="nb"');
    expect(html).toMatch(/<option value="NO" selected/);
    // The network's menu leads to both lists.
    expect(html).toContain('href="/sv/proposals"');
    expect(html).toContain('href="/sv/challenges"');
  });

  it('never lists a proposal that is not public, whatever the state asked', async () => {
    for (const state of ['draft', 'screening', 'refused']) {
      const page = await (await t.client().get(`/sv/proposals?state=${state}`)).text();
      const api = await t.client().get(`/api/v1/proposals?state=${state}`);
      expect(((await api.json()) as { total: number }).total).toBe(0);
      for (const key of ['se-draft', 'se-screening', 'se-refused', 'no-draft']) {
        expect(page).not.toContain(idOf.get(key));
      }
      const local = await t
        .client()
        .get(`/api/v1/municipalities/${botkyrka}/proposals?state=${state}`);
      expect(((await local.json()) as { total: number }).total).toBe(0);
    }
  });

  it('asks the database as often for a search page of many proposals as for one of few', async () => {
    const queriesOf = async (path: string) => {
      const before = t.database.queriesSent();
      expect((await t.client().get(path)).status).toBe(200);
      return t.database.queriesSent() - before;
    };
    // One proposal says "hemtjänst"; a Swedish and a Norwegian one say "biblioteket".
    expect(await listed({ text: 'biblioteket' })).toHaveLength(2);
    const few = await queriesOf('/sv/proposals?q=hemtj%C3%A4nsten');
    expect(await queriesOf('/sv/proposals?q=biblioteket')).toBe(few);
    expect(await queriesOf('/sv/proposals?q=biblioteket&country=NO&topic=culture')).toBe(few);
    expect(await queriesOf('/api/v1/proposals?q=biblioteket')).toBe(
      await queriesOf('/api/v1/proposals?q=hemtj%C3%A4nsten'),
    );
  });

  it('keeps the lists without a search for the next visitor, and no page of a search', async () => {
    const pages = t.services.activityPages;
    await pages.whenAttached();
    await t.client().get('/sv/proposals?topic=school');
    const kept = pages.size;
    expect((await t.client().get('/sv/proposals?topic=school')).status).toBe(200);
    expect(pages.size).toBe(kept);
    for (let i = 0; i < 5; i++) {
      expect((await t.client().get(`/sv/proposals?q=skola${i}`)).status).toBe(200);
      expect(
        (await t.client().get(`/sv/municipalities/${botkyrka}/proposals?q=n${i}`)).status,
      ).toBe(200);
    }
    expect(pages.size).toBe(kept);
    expect((await t.client().get('/sv/proposals?topic=care')).status).toBe(200);
    expect(pages.size).toBe(kept + 1);
  });

  it('answers a hostile query string with an ordinary page', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      "'; drop table proposals; --",
      'x'.repeat(2_000),
      '\u202E\uFFFD😀',
    ];
    for (const value of hostile) {
      const query = new URLSearchParams({ q: value, county: value, topic: value, state: value });
      for (const path of [
        `/sv/proposals?${query}`,
        `/nb/municipalities/${asker}/proposals?${query}&district=${encodeURIComponent(value)}`,
        `/api/v1/proposals?q=${encodeURIComponent(value)}`,
      ]) {
        const res = await t.client().get(path);
        expect(res.status, path).toBe(200);
        expect(await res.text()).not.toContain('<script>alert(1)');
      }
    }
    const [still] = (
      (await t.database.db.execute(sql`select count(*)::int as n from proposals`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    expect(still?.n).toBe(fixtures.length);
  });

  it('lists a municipality’s proposals by topic and district, with the filters in its page links', async () => {
    const res = await t.client().get(`/sv/municipalities/${botkyrka}/proposals?district=Tumba`);
    const html = await res.text();
    for (const key of expected((f) => f.municipalityId === botkyrka && f.district === 'Tumba')) {
      expect(html).toContain(idOf.get(key));
    }
    expect(html).not.toContain(idOf.get('se-care'));
    expect(html).toMatch(/<option value="Tullinge">/);
  });
});
