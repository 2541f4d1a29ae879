import { eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { registerAndConfirm } from '../../identity/identity.fixtures.ts';
import { findUserByEmail } from '../../identity/identity.queries.ts';
import { coauthorRows, draftBy, invitationLinkFor, invite } from './coauthors.fixtures.ts';
import { forgetEndedInvitations } from './coauthors.queries.ts';
import { proposalCoauthors } from './coauthors.schema.ts';
import { proposalRow, proposalsBase } from './proposals.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const base = proposalsBase();
const PASSWORD = 'a long enough password';
const DAY = 86_400_000;

/** A new resident of Botkyrka, registered through the forms and signed in. */
async function registered(name: string, email: string): Promise<TestClient> {
  const client = t.client();
  const done = await registerAndConfirm(t, client, {
    name,
    email,
    password: PASSWORD,
    municipalityId: 'SE-0127',
  });
  expect(done.status).toBe(303);
  return client;
}

async function accept(client: TestClient, email: string) {
  const res = await client.postForm(await invitationLinkFor(t, email), { answer: 'accept' });
  expect(res.status).toBe(303);
}

const dataOf = async (client: TestClient) => {
  const res = await client.get('/sv/account/data');
  expect(res.status).toBe(200);
  return res.json();
};

describe("a co-author's data", () => {
  it('is in their download, and goes with their account', async () => {
    const email = 'dana.medforslag@example.se';
    const coauthor = await registered('Dana Medförslag', email);
    const resident = await t.signedIn('resident@botkyrka.example');
    const joined = await draftBy(resident, 'Gatlampor på Lindhovsvägen');
    const pending = await draftBy(resident, 'Tvättplats vid Storvretsbadet');
    await invite(resident, joined, email);
    await accept(coauthor, email);
    await invite(resident, pending, email);

    const data = await dataOf(coauthor);
    const rows = data.proposals.proposalCoauthorships as { title: string; state: string }[];
    expect(rows.map((r) => [r.title, r.state]).sort()).toEqual([
      ['Gatlampor på Lindhovsvägen', 'accepted'],
      ['Tvättplats vid Storvretsbadet', 'invited'],
    ]);
    expect(await (await resident.get(`${base}/${joined}`)).text()).toContain('Dana Medförslag');

    const deleted = await coauthor.postForm('/sv/account/delete', { confirmation: PASSWORD });
    expect(deleted.status).toBe(303);
    expect(await coauthorRows(t, joined)).toEqual([]);
    expect(await coauthorRows(t, pending)).toEqual([]);
    expect(await (await resident.get(`${base}/${joined}`)).text()).not.toContain('Dana Medförslag');
  });
});

describe("a proposer's data", () => {
  it('names the invitations they sent without the addresses, and their drafts take their co-authors along', async () => {
    const email = 'erik.forslag@example.se';
    const proposer = await registered('Erik Förslag', email);
    const draft = await draftBy(proposer, 'Parkbänkar vid Fittja gård');
    const sent = await draftBy(proposer, 'Sandlåda i Norsborg');
    expect((await proposer.postForm(`${base}/${sent}/submit`, {})).status).toBe(303);
    const coauthor = await t.signedIn('admin@katrineholm.example');
    for (const id of [draft, sent]) {
      await invite(proposer, id, 'admin@katrineholm.example');
      await accept(coauthor, 'admin@katrineholm.example');
    }
    await invite(proposer, sent, 'inte.svarat@example.se');

    const data = await dataOf(proposer);
    const invitations = data.proposals.proposalInvitationsSent as { state: string }[];
    expect(invitations.map((i) => i.state).sort()).toEqual(['accepted', 'accepted', 'invited']);
    expect(JSON.stringify(data.proposals.proposalInvitationsSent)).not.toContain('@');

    const deleted = await proposer.postForm('/sv/account/delete', { confirmation: PASSWORD });
    expect(deleted.status).toBe(303);
    expect(await proposalRow(t, draft)).toBeUndefined();
    // The proposal others may have supported stays with the co-author who accepted; the
    // invitation nobody answered goes.
    const left = await coauthorRows(t, sent);
    expect(left.map((r) => [r.email, r.state])).toEqual([
      ['admin@katrineholm.example', 'accepted'],
    ]);
    const gone = await findUserByEmail(t.database.db, email);
    expect(gone).toBeUndefined();
    const anyRow = await t.database.db
      .select()
      .from(proposalCoauthors)
      .where(
        or(
          eq(proposalCoauthors.proposalId, draft),
          eq(proposalCoauthors.email, 'inte.svarat@example.se'),
        ),
      );
    expect(anyRow).toEqual([]);
  });
});

describe('invitations that made nobody a co-author', () => {
  it('are deleted with their addresses 30 days after they ended; co-authors stay', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const id = await draftBy(resident, 'Vattenlek i Fittja');
    await invite(resident, id, 'tackar.nej@example.se');
    await t
      .client()
      .postForm(await invitationLinkFor(t, 'tackar.nej@example.se'), { answer: 'decline' });
    await invite(resident, id, 'svarar.aldrig@example.se');
    await invite(resident, id, 'moderator@katrineholm.example');
    await accept(
      await t.signedIn('moderator@katrineholm.example'),
      'moderator@katrineholm.example',
    );
    const states = async () => (await coauthorRows(t, id)).map((r) => [r.email, r.state]);
    expect(await states()).toEqual([
      ['moderator@katrineholm.example', 'accepted'],
      ['svarar.aldrig@example.se', 'invited'],
      ['tackar.nej@example.se', 'declined'],
    ]);

    const now = Date.now();
    // A day short of 30 after the decline, and 15 days after the link ran out: nothing goes.
    await forgetEndedInvitations(t.database.db, new Date(now + 29 * DAY));
    expect(await states()).toHaveLength(3);
    // 30 days after the link ran out (14 + 30): the decline and the unanswered link both go.
    await forgetEndedInvitations(t.database.db, new Date(now + 45 * DAY));
    expect(await states()).toEqual([['moderator@katrineholm.example', 'accepted']]);
  });
});
