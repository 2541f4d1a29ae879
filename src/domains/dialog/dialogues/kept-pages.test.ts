import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { insertTestMatter } from './dialogues.fixtures.ts';
import { refreshMaps } from './map-worker.ts';

// A dialogue's pages as newcomers get them are kept whole (web/visitor-pages.ts,
// `keptForNewcomers`): they must cost no query once kept, carry each visitor's own form token,
// and still show a new vote (once it reaches the map) and a new comment at once.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.readModels.whenAttached();
  await t.services.activityPages.whenAttached();
  await t.services.activityModels.whenAttached();
});
afterAll(async () => {
  await t?.close();
});

const m = 'SE-0127';
const base = `/en/municipalities/${m}/matters`;
const nextStatementId = (html: string) => html.match(/name="statementId" value="([^"]+)"/)?.[1];
const formToken = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1];
/** The agree count in the table of statements so far, in the row of `text`. */
const agreeCount = (html: string, text: string) =>
  html.match(new RegExp(`>${text}</td><td class="num" data-label="Agree">(\\d+)<`))?.[1];

async function seededPage(texts: string[]) {
  const ids = await insertTestMatter(t.database.db, m, new Date());
  const staff = await t.signedIn('staff@botkyrka.example');
  for (const seed of texts) {
    expect((await staff.postForm(`${base}/${ids.matterId}/seed-statements`, { seed })).status).toBe(
      303,
    );
  }
  return `${base}/${ids.matterId}`;
}

/** What a write announced on the activity channel has reached the kept pages (PostgreSQL sends it after the commit). */
async function announcedActivity(write: () => Promise<unknown>) {
  const before = t.services.activityPages.forgotten;
  await write();
  await t.services.activityPages.whenForgottenPast(before);
}

describe('a dialogue’s pages for newcomers', () => {
  it('cost no query once kept, and each carries the visitor’s own form token', async () => {
    const page = await seededPage(['Kvällsöppet behövs', 'Helger räcker']);
    await t.settled();
    for (const path of [page, `${page}/map`, `${page}/report`]) {
      await t.client().get(path);
      const before = t.database.queriesSent();
      const again = await t.client().get(path);
      expect(again.status, path).toBe(200);
      expect(t.database.queriesSent() - before, path).toBe(0);
    }
    const one = t.client();
    const other = t.client();
    const [first, second] = [
      await (await one.get(page)).text(),
      await (await other.get(page)).text(),
    ];
    expect(formToken(first)).toBeDefined();
    expect(formToken(first)).not.toBe(formToken(second));
    // The kept page's token is the visitor's own: the vote it carries is accepted.
    const statementId = nextStatementId(first) ?? '';
    const voted = await one.postForm(`${page}/votes`, { statementId, vote: 'agree' });
    expect(voted.status).toBe(303);
  });

  it('show a vote once it reaches the map, and a comment at once', async () => {
    const page = await seededPage(['Bibliotek på lördagar']);
    const text = 'Bibliotek på lördagar';
    const newcomer = () =>
      t
        .client()
        .get(page)
        .then((r) => r.text());
    expect(agreeCount(await newcomer(), text)).toBe('0');
    const voter = t.client();
    const statementId = nextStatementId(await (await voter.get(page)).text()) ?? '';
    expect((await voter.postForm(`${page}/votes`, { statementId, vote: 'agree' })).status).toBe(
      303,
    );
    await announcedActivity(() => refreshMaps(t.database.db));
    expect(agreeCount(await newcomer(), text)).toBe('1');
    await announcedActivity(() =>
      voter.postForm(`${page}/comments`, { comment: 'Lördagar passar barnfamiljer.' }),
    );
    expect(await newcomer()).toContain('Lördagar passar barnfamiljer.');
  });

  it('are not what a participant gets: their page says how far they have come', async () => {
    const page = await seededPage(['Ett', 'Två']);
    await t.client().get(page);
    const voter = t.client();
    const statementId = nextStatementId(await (await voter.get(page)).text()) ?? '';
    await voter.postForm(`${page}/votes`, { statementId, vote: 'disagree' });
    const own = await (await voter.get(page)).text();
    expect(own).toContain('You have voted on 1 of 2 statements.');
    expect(nextStatementId(own)).not.toBe(statementId);
    // What every reader sees alike is kept: their page asks only for their participant and votes.
    const before = t.database.queriesSent();
    expect((await voter.get(page)).status).toBe(200);
    expect(t.database.queriesSent() - before).toBe(2);
  });
});
