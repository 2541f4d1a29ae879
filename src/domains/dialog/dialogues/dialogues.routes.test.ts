import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { localMoment } from '../../../vocabulary/dates.ts';
import { decisionBodies } from '../../decisions/decisions.schema.ts';
import { insertTestMatter } from './dialogues.fixtures.ts';
import {
  dialogueParticipants,
  dialogueStatements,
  dialogues,
  dialogueVotes,
} from './dialogues.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const m = 'SE-0127';
const base = `/en/municipalities/${m}/matters`;
const zone = 'Europe/Stockholm';

async function seeded(texts: string[], dialogue: Parameters<typeof insertTestMatter>[3] = {}) {
  const ids = await insertTestMatter(t.database.db, m, new Date(), dialogue);
  const staff = await t.signedIn('staff@botkyrka.example');
  for (const seed of texts) {
    const res = await staff.postForm(`${base}/${ids.matterId}/seed-statements`, { seed });
    expect(res.status).toBe(303);
  }
  return { ...ids, page: `${base}/${ids.matterId}` };
}

const nextStatementId = (html: string) => html.match(/name="statementId" value="([^"]+)"/)?.[1];

describe('registering a matter', () => {
  it('is a form for staff that says what is wrong and keeps what was typed', async () => {
    const staff = await t.signedIn('staff@botkyrka.example');
    expect((await staff.get(`${base}/new`)).status).toBe(200);
    const [body] = await t.database.db
      .select({ id: decisionBodies.id })
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, m))
      .limit(1);
    const opens = new Date(Date.now() - 3_600_000);
    const form = {
      title: 'Biblioteket i Tumba',
      summary: 'Ska biblioteket ha öppet på kvällarna?',
      bodyId: body?.id ?? '',
      plannedDecisionOn: '2099-06-01',
      question: 'Vad tycker du om kvällsöppet?',
      opensAt: localMoment(opens, zone),
      closesAt: localMoment(opens, zone),
      participation: 'anyone',
      newStatements: 'shown',
    };
    const refused = await staff.postForm(`${base}/new`, form);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('The dialogue must close after it opens.');
    expect(html).toContain('value="Biblioteket i Tumba"');
    const made = await staff.postForm(`${base}/new`, { ...form, closesAt: '2099-05-01T18:00' });
    expect(made.status).toBe(303);
    const page = await (await t.client().get(made.headers.get('location') ?? '')).text();
    expect(page).toContain('The dialogue is open until');
    // Who takes part is told what is kept about them, for the dialogue's own rule.
    expect(page).toContain('You take part without an account.');
    expect((await t.client().get(`${base}/new`)).status).toBe(303);
    const resident = await t.signedIn('resident@botkyrka.example');
    expect((await resident.postForm(`${base}/new`, form)).status).toBe(403);
  });
});

describe('taking part without an account', () => {
  it('gives a visitor a key on the first vote, then the next statement', async () => {
    const { page, dialogueId } = await seeded(['Kvällsöppet behövs', 'Helger räcker']);
    const visitor = t.client();
    const first = await (await visitor.get(page)).text();
    const statementId = nextStatementId(first);
    expect(statementId).toBeDefined();
    const voted = await visitor.postForm(`${page}/votes`, {
      statementId: statementId ?? '',
      vote: 'agree',
    });
    expect(voted.status).toBe(303);
    expect([...visitor.cookies.keys()]).toContain('samskap_participant');
    const after = await (await visitor.get(voted.headers.get('location') ?? '')).text();
    expect(after).toContain('Your vote is saved.');
    expect(after).toContain('You have voted on 1 of 2 statements.');
    expect(nextStatementId(after)).not.toBe(statementId);
    // A made-up key is nobody's: it is a new participant, never another one.
    const forger = t.client();
    await forger.get(page);
    forger.cookies.set('samskap_participant', 'A'.repeat(43));
    await forger.postForm(`${page}/votes`, { statementId: statementId ?? '', vote: 'disagree' });
    const participants = await t.database.db
      .select()
      .from(dialogueParticipants)
      .where(eq(dialogueParticipants.dialogueId, dialogueId));
    expect(participants.map((p) => p.number).sort()).toEqual([0, 1]);
  });

  it('shows a statement with markup as text, and refuses a vote that is not one', async () => {
    const { page, dialogueId } = await seeded(['Ett frö']);
    const visitor = t.client();
    await visitor.get(page);
    const hostile = '<script>alert(1)</script> och "citat"';
    const added = await visitor.postForm(`${page}/statements`, { statement: hostile });
    expect(added.status).toBe(303);
    const html = await (await visitor.get(page)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const bad = await visitor.postForm(`${page}/votes`, {
      statementId: nextStatementId(html) ?? '',
      vote: 'maybe',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Choose agree, disagree or unsure.');
    const tooLong = await visitor.postForm(`${page}/statements`, { statement: 'x'.repeat(281) });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('A statement can be at most 280 characters.');
    const votes = await t.database.db
      .select()
      .from(dialogueVotes)
      .where(eq(dialogueVotes.dialogueId, dialogueId));
    expect(votes).toEqual([]);
    const statements = await t.database.db
      .select()
      .from(dialogueStatements)
      .where(eq(dialogueStatements.dialogueId, dialogueId));
    expect(statements).toHaveLength(2);
  });
});

describe('a new statement like one already there', () => {
  it('shows the similar ones first, and is added when the participant still wants it', async () => {
    const { page, dialogueId } = await seeded(['Biblioteket ska ha kvällsöppet på vardagar']);
    const visitor = t.client();
    await visitor.get(page);
    const text = 'Biblioteket ska ha kvällsöppet alla vardagar';
    const first = await visitor.postForm(`${page}/statements`, { statement: text });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('These statements are already in the dialogue.');
    expect(html).toContain('name="confirm" value="1"');
    expect(html).toContain(`>${text}</textarea>`);
    const count = async () =>
      (
        await t.database.db
          .select()
          .from(dialogueStatements)
          .where(eq(dialogueStatements.dialogueId, dialogueId))
      ).length;
    expect(await count()).toBe(1);
    const anyway = await visitor.postForm(`${page}/statements`, { statement: text, confirm: '1' });
    expect(anyway.status).toBe(303);
    expect(await count()).toBe(2);
    // Nothing alike: added at once.
    expect(
      (await visitor.postForm(`${page}/statements`, { statement: 'Fler sittplatser' })).status,
    ).toBe(303);
  });
});

describe('the decision on a matter', () => {
  it('is recorded from its page, closes the dialogue and links both ways', async () => {
    const { page, bodyId } = await seeded(['Före beslutet']);
    const politician = await t.signedIn('politician@botkyrka.example');
    const decided = await politician.postForm(`${page}/decision`, {
      bodyId,
      decidedOn: '2027-01-20',
      text: 'Kommunfullmäktige beslutar om kvällsöppet.',
    });
    expect(decided.status).toBe(303);
    const html = await (await t.client().get(page)).text();
    expect(html).toContain('The matter has been decided by');
    const decisionLink = html.match(/href="([^"]*decisions\?decision=[^"]+)"/)?.[1] ?? '';
    expect(decisionLink).not.toBe('');
    const decisions = await (await t.client().get(decisionLink.replaceAll('&amp;', '&'))).text();
    expect(decisions).toContain(page.replace('/en/municipalities/SE-0127/', ''));
    const visitor = t.client();
    const late = await visitor.postForm(`${page}/statements`, { statement: 'För sent' });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('The matter has been decided: the dialogue is closed.');
  });
});

describe('feedback on how the input was used', () => {
  it('is published by staff once the matter is decided, and then stands', async () => {
    const { page, bodyId, dialogueId } = await seeded(['Kvällsöppet', 'Helgöppet']);
    const staff = await t.signedIn('staff@botkyrka.example');
    const feedback = {
      summary: 'Biblioteket får kvällsöppet två dagar i veckan.',
      theme1: 'Kvällsöppet',
      outcome1: 'used',
      reason1: 'De flesta ville ha det.',
      theme2: 'Helgöppet',
      outcome2: 'partly',
      reason2: 'Lördagar men inte söndagar.',
    };
    expect((await staff.postForm(`${page}/feedback`, feedback)).status).toBe(409);
    const politician = await t.signedIn('politician@botkyrka.example');
    await politician.postForm(`${page}/decision`, {
      bodyId,
      decidedOn: '2027-02-01',
      text: 'Beslut om öppettider.',
    });
    // Closed 40 days ago without feedback: the staff's start page says so.
    await t.database.db
      .update(dialogues)
      .set({ closedAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(dialogues.id, dialogueId));
    t.services.readModels.forget();
    const start = await (await staff.get('/en/municipalities/SE-0127')).text();
    expect(start).toContain('was decided 40 days ago and has no feedback yet.');
    const empty = await staff.postForm(`${page}/feedback`, { summary: 'Kort.' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Give at least one theme with its verdict and reason.');
    const resident = await t.signedIn('resident@botkyrka.example');
    expect((await resident.postForm(`${page}/feedback`, feedback)).status).toBe(403);
    expect((await staff.postForm(`${page}/feedback`, feedback)).status).toBe(303);
    const html = await (await t.client().get(page)).text();
    expect(html).toContain('How your input was used');
    expect(html).toMatch(/Helgöppet<\/td>\s*<td[^>]*>Partly used<\/td>/);
    expect(html).toContain('the municipality has said how your input was used');
    expect((await staff.postForm(`${page}/feedback`, feedback)).status).toBe(409);
    t.services.readModels.forget();
    const after = await (await staff.get('/en/municipalities/SE-0127')).text();
    expect(after).not.toContain('was decided 40 days ago and has no feedback yet.');
  });
});

describe('my participation', () => {
  it('lists the dialogues a signed-in resident took part in, what they did and what became of it', async () => {
    const { page } = await seeded(['Bättre belysning', 'Fler bänkar']);
    const resident = await t.signedIn('resident@botkyrka.example');
    const html = await (await resident.get(page)).text();
    await resident.postForm(`${page}/votes`, {
      statementId: nextStatementId(html) ?? '',
      vote: 'agree',
    });
    await resident.postForm(`${page}/comments`, { comment: 'Bra att ni frågar.' });
    const mine = await (await resident.get('/en/participation')).text();
    expect(mine).toContain('You voted on 1 statement, wrote 0 statements and 1 comment.');
    expect(mine).toContain('The dialogue is still open.');
    const visitor = await t.client().get('/en/participation');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/en/login');
  });
});

describe('the table of statements so far', () => {
  it('shows 25 a page, with links to the others, and the last page for one past the end', async () => {
    const { page, dialogueId } = await seeded([]);
    const texts = Array.from({ length: 30 }, (_, i) => `Påstående ${String(i).padStart(2, '0')}`);
    await t.announced(() =>
      t.database.db.insert(dialogueStatements).values(
        texts.map((text, number) => ({
          dialogueId,
          number,
          text,
          normalised: text.toLowerCase(),
          isSeed: true,
        })),
      ),
    );
    const rowsOf = (html: string) => texts.filter((text) => html.includes(`>${text}</td>`));
    const first = await (await t.client().get(page)).text();
    expect(rowsOf(first)).toEqual(texts.slice(0, 25));
    expect(first).toContain(`href="${page}?statements=2#statements-heading"`);
    const second = await (await t.client().get(`${page}?statements=2`)).text();
    expect(rowsOf(second)).toEqual(texts.slice(25));
    const past = await (await t.client().get(`${page}?statements=999999999999`)).text();
    expect(rowsOf(past)).toEqual(texts.slice(25));
  });
});
