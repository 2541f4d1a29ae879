import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import { clean, insertTestBody, personWith } from './strategy.fixtures.ts';
import { futureStoryVersions } from './strategy.schema.ts';

let t: TestApp;
let admin: TestClient;
let politician: TestClient;
let staff: TestClient;
let resident: TestClient;
let bodyId = '';
const base = `/en/municipalities/${clean}/future-story`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await personWith(t, 'admin@stockholm.test', 'admin');
  politician = await personWith(t, 'politician@stockholm.test', 'politician');
  staff = await personWith(t, 'staff@stockholm.test', 'staff');
  resident = await personWith(t, 'resident@stockholm.test', 'resident');
  bodyId = (await insertTestBody(t)).id;
});
afterAll(async () => {
  await t?.close();
});

const versionsOf = () =>
  t.database.db
    .select()
    .from(futureStoryVersions)
    .where(eq(futureStoryVersions.municipalityId, clean))
    .orderBy(futureStoryVersions.version);

async function newDraft(client: TestClient): Promise<string> {
  const res = await client.postForm(`${base}/versions`, {});
  expect(res.status).toBe(303);
  const id = res.headers.get('location')?.match(/versions\/([0-9a-f-]{36})/)?.[1];
  if (!id) throw new Error('no draft id in the redirect');
  return id;
}

const adopt = (client: TestClient, id: string, fields: Record<string, string> = {}) =>
  client.postForm(`${base}/versions/${id}/adopt`, {
    bodyId,
    decidedOn: '2026-11-20',
    text: 'Framtidsberättelsen antas.',
    ...fields,
  });

describe('future story', () => {
  it('goes from draft to adopted by a recorded decision, and the public sees only the adopted one', async () => {
    const anonymous = t.client();
    expect(await (await anonymous.get(base)).text()).toContain(
      'No future story has been adopted yet.',
    );

    const v1 = await newDraft(admin);
    const saved = await admin.postForm(`${base}/versions/${v1}`, {
      title: 'Stockholm 2040',
      body: '# Vision\n\nEn stad där **alla** kan delta.',
    });
    expect(saved.status).toBe(303);
    // Drafts are not public.
    expect(await (await anonymous.get(base)).text()).not.toContain('Stockholm 2040');
    expect(await (await resident.get(base)).text()).not.toContain('Stockholm 2040');
    expect(await (await staff.get(`${base}/versions/${v1}`)).text()).toContain('Stockholm 2040');

    const decisionsBefore = (
      await t.database.db.select().from(decisions).where(eq(decisions.municipalityId, clean))
    ).length;
    const adopted = await adopt(politician, v1);
    expect(adopted.status).toBe(303);
    const chain = await (await t.app.request(`/api/v1/municipalities/${clean}/decisions`)).json();
    expect(chain.items).toHaveLength(decisionsBefore + 1);
    const last = chain.items.at(-1);
    expect(last.adopts).toEqual([{ kind: 'future-story-version', id: v1 }]);
    const [row] = (await versionsOf()).filter((v) => v.id === v1);
    expect(row?.status).toBe('adopted');
    expect(row?.adoptedBy).toBe(last.id);
    const verdict = await (
      await t.app.request(`/api/v1/municipalities/${clean}/decisions/verify`)
    ).json();
    expect(verdict.ok).toBe(true);

    const page = await (await anonymous.get(base)).text();
    expect(page).toContain('Stockholm 2040');
    expect(page).toContain('<strong>alla</strong>');
    expect(page).toContain(`Version 1, adopted on`);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `future-story-version:${v1}`));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'future-story.adopt',
      'future-story.draft',
      'future-story.edit',
    ]);
  });

  it('starts a new draft from the latest text, shows the change as a word diff, and never changes an adopted version', async () => {
    const [first] = await versionsOf();
    if (!first) throw new Error('no version');
    const v2 = await newDraft(admin);
    const [, copy] = await versionsOf();
    expect(copy?.body).toBe(first.body);
    expect(copy?.version).toBe(2);
    await admin.postForm(`${base}/versions/${v2}`, {
      title: 'Stockholm 2040',
      body: '# Vision\n\nEn stad där alla kan delta och påverka.',
    });
    const page = await (await staff.get(`${base}/versions/${v2}`)).text();
    // By hand: the two "**" around "alla" (punctuation runs are tokens of their own in jsdiff's
    // word diff) were removed, and "och påverka" was added before the full stop.
    expect(page).toContain('Changes from version 1');
    expect(page).toContain(
      'där <del><span class="ds-sr-only" lang="en">[removed:] </span>**<span class="ds-sr-only" lang="en"> [end of change] </span></del>alla',
    );
    expect(page).toContain(
      'kan delta <ins><span class="ds-sr-only" lang="en">[added:] </span>och påverka<span class="ds-sr-only" lang="en"> [end of change] </span></ins>.',
    );
    expect(page).toContain('2 words added, 2 words removed.');

    // Editing the adopted version 1 is refused with a clear message, and nothing changes.
    const edit = await admin.postForm(`${base}/versions/${first.id}`, {
      title: 'Hijack',
      body: 'Changed',
    });
    expect(edit.status).toBe(409);
    expect(await edit.text()).toContain(
      'An adopted version never changes. Start a new draft instead.',
    );
    const again = await adopt(politician, first.id);
    expect(again.status).toBe(409);
    const [after] = await versionsOf();
    expect(after?.body).toBe(first.body);
    expect(after?.title).toBe(first.title);
    // The database refuses it too, whatever the route.
    await expect(
      t.database.db.execute(
        sql`update future_story_versions set body = 'x' where id = ${first.id}`,
      ),
    ).rejects.toThrow();
  });

  it('renders raw HTML and javascript: links inert', async () => {
    const id = await newDraft(admin);
    await admin.postForm(`${base}/versions/${id}`, {
      title: 'Safe',
      body: '<script>alert(1)</script>\n\n[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <img src=x onerror=alert(1)>',
    });
    const page = await (await staff.get(`${base}/versions/${id}`)).text();
    const story = page.slice(
      page.indexOf('<div class="story-text"'),
      page.indexOf('</div>', page.indexOf('<div class="story-text"')),
    );
    expect(story).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(story).not.toContain('<script');
    expect(story).not.toContain('<img');
    expect(story).not.toMatch(/href="javascript:/i);
    expect(story).not.toMatch(/href="data:/i);
    expect(story).toContain('[click](javascript:alert(1))');
  });

  it('refuses bad input with localised messages and writes nothing', async () => {
    const id = await newDraft(admin);
    const before = JSON.stringify(await versionsOf());
    const empty = await admin.postForm(`${base}/versions/${id}`, { title: ' ', body: '' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Fill in this field.');
    const huge = await admin.postForm(`/sv/municipalities/${clean}/future-story/versions/${id}`, {
      title: 'Stor',
      body: 'x'.repeat(50_001),
    });
    expect(huge.status).toBe(422);
    expect(await huge.text()).toContain('Texten är för lång (högst 50 000 tecken).');
    const badDate = await adopt(politician, id, { decidedOn: '2026-02-30' });
    expect(badDate.status).toBe(422);
    expect(await badDate.text()).toContain('Enter a real date as YYYY-MM-DD.');
    const foreignBody = await adopt(politician, id, {
      bodyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreignBody.status).toBe(422);
    expect(JSON.stringify(await versionsOf())).toBe(before);
  });

  it('lets only admins write drafts and only politicians and admins adopt, in their own municipality', async () => {
    const id = await newDraft(admin);
    for (const client of [politician, staff, resident]) {
      expect((await client.postForm(`${base}/versions`, {})).status).toBe(403);
      expect(
        (await client.postForm(`${base}/versions/${id}`, { title: 'x', body: 'y' })).status,
      ).toBe(403);
    }
    for (const client of [staff, resident]) {
      expect((await adopt(client, id)).status).toBe(403);
    }
    // The history is public, a draft in it is not: residents are refused, visitors asked to log in.
    expect((await resident.get(`${base}/versions/${id}`)).status).toBe(403);
    const anonymous = t.client();
    const login = await anonymous.get(`${base}/versions/${id}`);
    expect(login.status).toBe(303);
    // Botkyrka's admin and politician have no rights in Stockholm, and a Stockholm version id
    // under Botkyrka's address is not found.
    const other = t.client();
    await other.login('admin@botkyrka.example');
    expect((await other.postForm(`${base}/versions/${id}`, { title: 'x', body: 'y' })).status).toBe(
      403,
    );
    const botkyrkaAdmin = await other.postForm(
      `/en/municipalities/SE-0127/future-story/versions/${id}`,
      {
        title: 'x',
        body: 'y',
      },
    );
    expect(botkyrkaAdmin.status).toBe(404);
    const otherPolitician = t.client();
    await otherPolitician.login('politician@botkyrka.example');
    expect((await adopt(otherPolitician, id)).status).toBe(403);
    const [row] = (await versionsOf()).filter((v) => v.id === id);
    expect(row?.status).toBe('draft');
    expect(row?.title).not.toBe('x');
  });

  it('shows everyone the adopted versions and the changes between them, never a draft', async () => {
    const first = await newDraft(admin);
    await admin.postForm(`${base}/versions/${first}`, {
      title: 'Public one',
      body: 'Alpha beta gamma.',
    });
    expect((await adopt(politician, first)).status).toBe(303);
    const between = await newDraft(admin);
    await admin.postForm(`${base}/versions/${between}`, {
      title: 'Unadopted middle',
      body: 'Alpha secretword gamma.',
    });
    const last = await newDraft(admin);
    await admin.postForm(`${base}/versions/${last}`, {
      title: 'Public two',
      body: 'Alpha beta delta.',
    });
    expect((await adopt(politician, last)).status).toBe(303);
    const number = new Map((await versionsOf()).map((v) => [v.id, v.version]));

    const anonymous = t.client();
    const story = await (await anonymous.get(base)).text();
    expect(story).toContain(`href="${base}/versions"`);
    for (const visitor of [anonymous, resident]) {
      const list = await visitor.get(`${base}/versions`);
      expect(list.status).toBe(200);
      const html = await list.text();
      expect(html).toContain('Public one');
      expect(html).toContain('Public two');
      expect(html).not.toContain('Unadopted middle');
      expect(html).not.toContain(`versions/${between}`);
      const page = await (await visitor.get(`${base}/versions/${last}`)).text();
      // Compared with the adopted version before it, not with the draft in between.
      expect(page).toContain(`Changes from version ${number.get(first)}`);
      expect(page).not.toContain('secretword');
      expect(page).not.toContain(`action="${base}/versions/${last}`);
    }
    const staffView = await (await staff.get(`${base}/versions/${last}`)).text();
    expect(staffView).toContain(`Changes from version ${number.get(between)}`);
    expect(await (await staff.get(`${base}/versions`)).text()).toContain('Unadopted middle');
  });
});
