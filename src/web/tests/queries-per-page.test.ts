import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestCase } from '../../domains/delning/cases/cases.fixtures.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Each page asks the database at most twice once what it shows is kept (read models, and whole
// pages for visitors), until content changes. Counted by the database handle itself: every query
// drizzle sends, the session's and the actor's included.
const MOST_QUERIES_PER_PAGE = 2;
const m = 'SE-0483';
let t: TestApp;
let pages: string[] = [];
/** Pages only the municipality's staff open. */
let staffPages: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await t.services.readModels.whenAttached();
  await t.services.visitorPages.whenAttached();
  const first = async (query: ReturnType<typeof sql>) =>
    ((await t.database.db.execute(query)) as unknown as { rows: { id: string }[] }).rows[0]?.id;
  const initiative = await first(
    sql`select id from initiatives where municipality_id = ${m} and is_public order by title limit 1`,
  );
  const goal = await first(
    sql`select id from goals where municipality_id = ${m} and status = 'adopted' and parent_id is null order by title limit 1`,
  );
  expect([initiative, goal]).not.toContain(undefined);
  // A case Botkyrka shares, which Katrineholm's admin and manager are offered to adopt.
  const shared = await t.announced(async () => {
    const botkyrka = await first(
      sql`select id from initiatives where municipality_id = 'SE-0127' and is_public order by title limit 1`,
    );
    return insertTestCase(t.database.db, {
      municipalityId: 'SE-0127',
      initiativeId: botkyrka ?? '',
    });
  });
  pages = [
    `/sv/municipalities/${m}`,
    `/sv/municipalities/${m}/initiatives`,
    `/sv/municipalities/${m}/initiatives?page=2`,
    `/nb/municipalities/${m}/initiatives?sort=cost`,
    `/sv/municipalities/${m}/initiatives/${initiative}`,
    `/sv/municipalities/${m}/initiatives/${initiative}/benefits`,
    `/sv/municipalities/${m}/roadmap`,
    `/sv/municipalities/${m}/future-story`,
    `/sv/municipalities/${m}/goals`,
    `/sv/municipalities/${m}/goals/${goal}`,
    `/sv/municipalities/${m}/decisions`,
    `/sv/municipalities/${m}/challenges`,
    `/sv/municipalities/${m}/challenges?state=open`,
    `/sv/municipalities/${m}/proposals`,
    `/sv/municipalities/${m}/proposals?topic=school&state=collecting`,
    '/sv/proposals',
    '/nb/proposals?country=NO&topic=traffic&page=2',
    '/sv/challenges',
    '/en/challenges?country=SE&state=open',
    `/en/municipalities/${m}/decisions?page=2`,
    `/api/v1/municipalities/${m}/goals`,
    `/api/v1/municipalities/${m}/decisions`,
    `/api/v1/municipalities/${m}/initiatives`,
    `/api/v1/municipalities/${m}/initiatives/${initiative}`,
    `/api/v1/municipalities/${m}/roadmap`,
    '/sv/cases',
    '/en/cases?country=SE&domain=elderly-care',
    `/sv/cases/${shared.id}`,
    '/api/v1/cases',
    `/api/v1/cases/${shared.id}`,
    '/sv/network/spread',
    '/en/network/spread/SE-04',
  ];
  staffPages = [`/sv/municipalities/${m}/systems`, `/sv/municipalities/${m}/systems?page=2`];
});
afterAll(() => t.close());

/** The queries the second of two requests for `path` sends. */
async function queriesOf(client: Awaited<ReturnType<TestApp['signedIn']>>, path: string) {
  const first = await client.get(path);
  expect(first.status, path).toBe(200);
  const before = t.database.queriesSent();
  const again = await client.get(path);
  expect(again.status, path).toBe(200);
  return t.database.queriesSent() - before;
}

describe.each([
  ['a visitor', null],
  ['the admin', 'admin@katrineholm.example'],
  ['a manager', 'manager@katrineholm.example'],
])('%s', (_who, email) => {
  it(`gets each page with at most ${MOST_QUERIES_PER_PAGE} queries once it is kept`, async () => {
    const client = await t.signedIn(email);
    const counted = [];
    for (const path of email ? [...pages, ...staffPages] : pages) {
      counted.push({ path, queries: await queriesOf(client, path) });
    }
    expect(counted.filter((p) => p.queries > MOST_QUERIES_PER_PAGE)).toEqual([]);
  });
});

it('counts the queries a page sends when nothing is kept', async () => {
  // The count itself can be trusted: with every read model forgotten, the start page loads again.
  const client = await t.signedIn('admin@katrineholm.example');
  const path = `/sv/municipalities/${m}`;
  await client.get(path);
  t.services.readModels.forget();
  const before = t.database.queriesSent();
  expect((await client.get(path)).status).toBe(200);
  expect(t.database.queriesSent() - before).toBeGreaterThan(MOST_QUERIES_PER_PAGE);
});
