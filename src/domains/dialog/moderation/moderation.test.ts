import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { insertTestMatter } from '../dialogues/dialogues.fixtures.ts';
import { dialogueStatements } from '../dialogues/dialogues.schema.ts';
import { normalisedStatement } from '../dialogues/phase.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const m = 'SE-0127';
const matters = `/en/municipalities/${m}/matters`;
const queue = `/en/municipalities/${m}/moderation`;

async function dialogue(newStatements: 'shown' | 'moderated' = 'shown') {
  const ids = await insertTestMatter(t.database.db, m, new Date(), { newStatements });
  return { ...ids, page: `${matters}/${ids.matterId}` };
}

const commentIdIn = (location: string) => location.match(/#comment-([0-9a-f-]{36})/)?.[1] ?? '';

describe('comments', () => {
  it('are written by anyone taking part, replied to one level deep, and shown as text', async () => {
    const { page } = await dialogue();
    const visitor = t.client();
    await visitor.get(page);
    const made = await visitor.postForm(`${page}/comments`, { comment: '<b>Bra</b> förslag' });
    expect(made.status).toBe(303);
    const parentId = commentIdIn(made.headers.get('location') ?? '');
    const reply = await visitor.postForm(`${page}/comments`, {
      parentId,
      [`reply-${parentId}`]: 'Håller med',
    });
    expect(reply.status).toBe(303);
    const replyId = commentIdIn(reply.headers.get('location') ?? '');
    // A reply to a reply is refused; so is an empty comment.
    const deeper = await visitor.postForm(`${page}/comments`, {
      parentId: replyId,
      [`reply-${replyId}`]: 'För djupt',
    });
    expect(deeper.status).toBe(422);
    expect((await visitor.postForm(`${page}/comments`, { comment: '   ' })).status).toBe(422);
    const html = await (await t.client().get(page)).text();
    expect(html).toContain('&lt;b&gt;Bra&lt;/b&gt; förslag');
    expect(html).toContain('2 comments.');
    expect(html).toMatch(/comment-replies[\s\S]*Håller med/);
    expect(html).not.toContain('För djupt');
  });

  it('are hidden once three different users flag them, until a moderator decides', async () => {
    const { page } = await dialogue();
    const writer = t.client();
    await writer.get(page);
    const made = await writer.postForm(`${page}/comments`, { comment: 'Ett ovänligt inlägg' });
    const id = commentIdIn(made.headers.get('location') ?? '');
    // A visitor cannot flag; a user flagging twice counts once.
    const visitor = t.client();
    await visitor.get(page);
    expect(
      (await visitor.postForm(`${page}/comments/${id}/flags`, { reason: 'spam' })).status,
    ).toBe(403);
    const flag = async (email: string) => {
      const user = await t.signedIn(email);
      return user.postForm(`${page}/comments/${id}/flags`, { [`reason-${id}`]: 'offensive' });
    };
    expect((await flag('resident@botkyrka.example')).status).toBe(303);
    expect((await flag('resident@botkyrka.example')).status).toBe(303);
    expect((await flag('staff@botkyrka.example')).status).toBe(303);
    expect(await (await t.client().get(page)).text()).toContain('Ett ovänligt inlägg');
    expect((await flag('manager@botkyrka.example')).status).toBe(303);
    const html = await (await t.client().get(page)).text();
    expect(html).not.toContain('Ett ovänligt inlägg');
    expect(html).toContain('Hidden until a moderator has looked at it.');
    const bad = await (await t.signedIn('admin@botkyrka.example')).postForm(
      `${page}/comments/${id}/flags`,
      { reason: 'boring' },
    );
    expect(bad.status).toBe(422);
  });
});

describe('removing a comment', () => {
  it('is for whoever wrote it: the words go, the thread stays', async () => {
    const { page } = await dialogue();
    const writer = t.client();
    await writer.get(page);
    const made = await writer.postForm(`${page}/comments`, { comment: 'Jag ångrar mig' });
    const id = commentIdIn(made.headers.get('location') ?? '');
    expect(await (await writer.get(page)).text()).toContain(`/comments/${id}/remove`);
    const other = t.client();
    await other.get(page);
    expect((await other.postForm(`${page}/comments/${id}/remove`, {})).status).toBe(404);
    expect(await (await t.client().get(page)).text()).toContain('Jag ångrar mig');
    expect((await writer.postForm(`${page}/comments/${id}/remove`, {})).status).toBe(303);
    const html = await (await t.client().get(page)).text();
    expect(html).not.toContain('Jag ångrar mig');
    expect(html).toContain('Removed by the writer.');
  });
});

describe('moderation', () => {
  it('is for moderators: they accept and reject in bulk, with a reason shown and recorded', async () => {
    const moderated = await dialogue('moderated');
    const visitor = t.client();
    await visitor.get(moderated.page);
    await visitor.postForm(`${moderated.page}/statements`, { statement: 'Vänta på mig' });
    const commented = await visitor.postForm(`${moderated.page}/comments`, {
      comment: 'Namn och adress på en granne',
    });
    const commentId = commentIdIn(commented.headers.get('location') ?? '');
    for (const email of ['resident@botkyrka.example', 'staff@botkyrka.example']) {
      await (await t.signedIn(email)).postForm(`${moderated.page}/comments/${commentId}/flags`, {
        reason: 'personal',
      });
    }
    expect((await (await t.signedIn('admin@botkyrka.example')).get(queue)).status).toBe(403);
    expect((await t.client().get(queue)).status).toBe(303);
    const moderator = await t.signedIn('moderator@botkyrka.example');
    const listed = await (await moderator.get(`${queue}?matter=${moderated.matterId}`)).text();
    expect(listed).toContain('2 items wait for a moderator.');
    const [statement] = await t.database.db
      .select({ id: dialogueStatements.id })
      .from(dialogueStatements)
      .where(
        and(
          eq(dialogueStatements.dialogueId, moderated.dialogueId),
          eq(dialogueStatements.status, 'pending'),
        ),
      );
    const items = [`statement:${statement?.id}`, `comment:${commentId}`];
    const post = (fields: [string, string][]) =>
      moderator.request(`${queue}?matter=${moderated.matterId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    const token = await moderator.csrfToken();
    const noReason = await post([
      ['_csrf', token],
      ['items', items[1] ?? ''],
      ['decision', 'reject'],
    ]);
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Give the reason for rejecting.');
    expect(
      (
        await post([
          ['_csrf', token],
          ['items', items[0] ?? ''],
          ['decision', 'accept'],
        ])
      ).status,
    ).toBe(303);
    expect(
      (
        await post([
          ['_csrf', token],
          ['items', items[1] ?? ''],
          ['decision', 'reject'],
          ['reason', 'Personuppgifter om en granne'],
        ])
      ).status,
    ).toBe(303);
    const page = await (await t.client().get(moderated.page)).text();
    expect(page).toContain('Vänta på mig');
    expect(page).toContain('Hidden by a moderator: Personuppgifter om en granne');
    expect(page).not.toContain('Namn och adress på en granne');
    const csv = await (await moderator.get(`${queue}/acts.csv`)).text();
    expect(csv).toContain(
      `reject,comment:${commentId},moderator@botkyrka.example,Personuppgifter om en granne`,
    );
    expect(csv).toContain(`accept,statement:${statement?.id},moderator@botkyrka.example,`);
    const acts = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.municipalityId, m), like(auditLog.action, 'moderation.%')));
    expect(acts.length).toBeGreaterThanOrEqual(2);
    // Another municipality's moderator decides nothing here.
    const other = await t.signedIn('moderator@katrineholm.example');
    const foreign = await other.postForm('/en/municipalities/SE-0483/moderation', {
      items: items[0] ?? '',
      decision: 'reject',
      reason: 'x',
    });
    expect(foreign.status).toBe(303);
    expect(await (await t.client().get(moderated.page)).text()).toContain('Vänta på mig');
  });

  it('pages past a thousand items, and the policy is public', async () => {
    const { dialogueId } = await dialogue('moderated');
    await t.database.db.insert(dialogueStatements).values(
      Array.from({ length: 1030 }, (_, i) => ({
        dialogueId,
        number: i,
        text: `Påstående ${i}`,
        normalised: normalisedStatement(`Påstående ${i}`),
        status: 'pending',
        createdAt: new Date(Date.UTC(2027, 0, 1, 0, 0, i)),
      })),
    );
    const moderator = await t.signedIn('moderator@botkyrka.example');
    const last = await (await moderator.get(`${queue}?kind=statement&page=9999`)).text();
    expect(last).toMatch(/1,0\d\d items wait for a moderator\./);
    expect(last).toContain('Påstående 1029');
    expect(last).not.toContain('Påstående 1000<');
    expect((await t.client().get(`/en/municipalities/${m}/moderation-policy`)).status).toBe(200);
  });
});
