import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { insertTestMatter } from '../dialogues/dialogues.fixtures.ts';
import { matterFollows, notificationSettings, unsubscribeLinks } from './following.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const m = 'SE-0127';

async function followsOf(matterId: string) {
  return t.database.db
    .select({ following: matterFollows.following })
    .from(matterFollows)
    .where(eq(matterFollows.matterId, matterId));
}

describe('the follow page of a matter', () => {
  it('asks a visitor to log in, and lets a signed-in resident follow and stop', async () => {
    const { matterId } = await insertTestMatter(t.database.db, m, new Date());
    const path = `/en/municipalities/${m}/matters/${matterId}/follow`;
    const visitor = t.client();
    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`/en/login?next=${encodeURIComponent(path)}`);
    // A visitor's post is sent to log in and changes nothing.
    const posted = await visitor.postForm(path, { action: 'follow' });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toMatch(/^\/en\/login/);
    expect(await followsOf(matterId)).toEqual([]);

    const resident = await t.signedIn('resident@botkyrka.example');
    expect((await resident.postForm(path, { action: 'follow' }, { csrf: false })).status).toBe(403);
    expect((await resident.postForm(path, { action: 'sideways' })).status).toBe(400);
    expect(await followsOf(matterId)).toEqual([]);
    const followed = await resident.postForm(path, { action: 'follow' });
    expect(followed.status).toBe(303);
    expect(followed.headers.get('location')).toBe(`${path}?done=followed`);
    expect(await followsOf(matterId)).toEqual([{ following: true }]);
    const shown = await (await resident.get(`${path}?done=followed`)).text();
    expect(shown).toContain('You now follow the matter.');
    expect(shown).toContain('value="stop"');
    await resident.postForm(path, { action: 'stop' });
    expect(await followsOf(matterId)).toEqual([{ following: false }]);
  });

  it('is not found for another municipality’s matter or a made-up one', async () => {
    const { matterId } = await insertTestMatter(t.database.db, 'NO-3203', new Date());
    const resident = await t.signedIn('resident@botkyrka.example');
    for (const id of [matterId, crypto.randomUUID(), 'not-a-uuid']) {
      const path = `/en/municipalities/${m}/matters/${id}/follow`;
      expect((await resident.get(path)).status).toBe(404);
      expect((await resident.postForm(path, { action: 'follow' })).status).toBe(404);
    }
    expect(await followsOf(matterId)).toEqual([]);
  });
});

describe('the notification settings', () => {
  it('save a valid frequency and refuse anything else with the reason', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    expect((await resident.get('/sv/notifications')).status).toBe(200);
    const refused = await resident.postForm('/sv/notifications', { frequency: 'hourly' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Välj hur ofta du vill få mejl.');
    const saved = await resident.postForm('/sv/notifications', { frequency: 'weekly' });
    expect(saved.status).toBe(303);
    const [row] = await t.database.db.select().from(notificationSettings);
    expect(row).toMatchObject({ frequency: 'weekly', lang: 'sv' });
    expect((await t.client().get('/sv/notifications')).status).toBe(303);
  });
});

describe('the unsubscribe link of a mail', () => {
  it('stops the mails on a mail program’s one-click post, with no cookie or form token', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    await resident.postForm('/sv/notifications', { frequency: 'daily' });
    const [settings] = await t.database.db.select().from(notificationSettings);
    const token = 'aVeryRandomTokenOfFortyThreeCharacters_0123';
    await t.database.db
      .insert(unsubscribeLinks)
      .values({ tokenHash: sha256(token), userId: settings?.userId ?? '' });
    // Opening the link (as a mail scanner does) stops nothing.
    const page = await t.client().get(`/sv/unsubscribe/${token}`);
    expect(page.status).toBe(200);
    expect((await t.database.db.select().from(notificationSettings))[0]?.frequency).toBe('daily');
    // RFC 8058: the mail program posts `List-Unsubscribe=One-Click` to the address.
    const oneClick = await t.app.request(`/sv/unsubscribe/${token}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    expect((await t.database.db.select().from(notificationSettings))[0]?.frequency).toBe('none');
  });

  it('refuses an unknown or malformed token and changes nothing', async () => {
    for (const token of ['unknownTokenOfFortyThreeCharacters_01234567', '<script>', 'x']) {
      const path = `/en/unsubscribe/${encodeURIComponent(token)}`;
      expect((await t.client().get(path)).status).toBe(404);
      const posted = await t.app.request(path, { method: 'POST' });
      expect(posted.status).toBe(404);
      expect(await posted.text()).not.toContain('<script>');
    }
  });
});
