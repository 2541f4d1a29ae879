import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../lib/secrets.ts';
import { linkIn, startTestSmtpServer, type TestSmtpServer } from '../../../testing/smtp-server.ts';
import { createTestApp, demoPasswordForTests, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { findUserByEmail } from '../../identity/identity.queries.ts';
import { deliverDueMail } from '../../mail/deliver.ts';
import { outboxMailTo } from '../../mail/mail.queries.ts';
import { smtpTransport } from '../../mail/transports.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import {
  coauthorRows,
  draftBy,
  invitationLinkFor,
  invitationMailsTo,
  invite,
} from './coauthors.fixtures.ts';
import { proposalCoauthors } from './coauthors.schema.ts';
import { acceptedProposal, proposalsBase } from './proposals.fixtures.ts';
import { proposals } from './proposals.schema.ts';
import { tellStageChanges } from './tell-supporters.ts';

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestApp(), startTestSmtpServer()]);
});
afterAll(async () => {
  await Promise.all([t?.close(), smtp?.close()]);
});

const base = proposalsBase();
const author = () => t.signedIn('resident@botkyrka.example');
// Residents of other demo municipalities, with no role in Botkyrka: only a co-author sees a draft.
const asker = 'resident@asker.example';
const katrineholm = 'resident@katrineholm.example';
const DAY = 86_400_000;

const auditCount = async (action: string, proposalId: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.target, `proposal:${proposalId}`)))
  )[0]?.n;

const nameOf = async (email: string) => (await findUserByEmail(t.database.db, email))?.name ?? '';

describe('inviting a co-author', () => {
  it('mails a link that works once for 14 days, keeps only its hash, and carries no words of the proposer', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Bänkar vid Tumba torg');
    const before = Date.now();
    const res = await invite(resident, id, '  Resident@Asker.example ');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${base}/${id}?done=coauthorInvited`);

    const [mail, ...more] = await invitationMailsTo(t, asker);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe('Inbjudan att stå bakom ett e-förslag till Botkyrka');
    expect(mail?.bodyText).toContain('gäller i 14 dagar');
    expect(mail?.bodyText).not.toContain('Bänkar vid Tumba torg');
    const link = await invitationLinkFor(t, asker);
    expect(link).toMatch(new RegExp(`^${base}/${id}/invitation/[A-Za-z0-9_-]{43}$`));
    const token = link.split('/').at(-1) ?? '';

    const [row] = await coauthorRows(t, id);
    expect(row?.email).toBe(asker);
    expect(row?.state).toBe('invited');
    expect(row?.tokenHash).toBe(sha256(token));
    const days = ((row?.expiresAt.getTime() ?? 0) - (row?.invitedAt.getTime() ?? 0)) / DAY;
    expect(days).toBe(14);
    expect(row?.invitedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await auditCount('proposal.coauthorInvite', id)).toBe(1);

    // The proposer sees the open invitation; nobody else sees the address.
    const page = await (await resident.get(`${base}/${id}`)).text();
    expect(page).toContain('resident@asker.example: inbjuden');
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Cykelställ vid Hallunda');
    const cases: [string, string][] = [
      ['', 'Fyll i fältet.'],
      ['inte-en-adress', 'e-postadress'],
      ['resident@botkyrka.example', 'Det är din egen adress. Bjud in någon annan.'],
      ['<script>alert(1)</script>@x.se', 'e-postadress'],
    ];
    for (const [email, message] of cases) {
      const res = await invite(resident, id, email);
      expect([email, res.status]).toEqual([email, 422]);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).not.toContain('<script>alert(1)</script>');
    }
    expect(await coauthorRows(t, id)).toEqual([]);
    expect(await auditCount('proposal.coauthorInvite', id)).toBe(0);
  });

  it('sends a new link to an address invited again instead of a second row; the old link stops working', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Papperskorgar i Alby');
    const address = 'grannen-alby@example.se';
    expect((await invite(resident, id, address)).status).toBe(303);
    const first = await invitationLinkFor(t, address);
    const again = await invite(resident, id, address.toUpperCase());
    expect(again.headers.get('location')).toBe(`${base}/${id}?done=coauthorResent`);
    expect(await invitationMailsTo(t, address)).toHaveLength(2);
    const second = await invitationLinkFor(t, address);
    expect(second).not.toBe(first);
    expect(await coauthorRows(t, id)).toHaveLength(1);
    const old = await t.client().get(first);
    expect(old.status).toBe(404);
    expect(await old.text()).toContain('Länken fungerar inte');
    expect((await t.client().get(second)).status).toBe(200);
    expect(await auditCount('proposal.coauthorResend', id)).toBe(1);
  });

  it('takes at most five co-authors, open invitations counted', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Blommor på Tumba torg');
    for (let i = 1; i <= 5; i++) {
      expect((await invite(resident, id, `granne-${i}@example.se`)).status).toBe(303);
    }
    const sixth = await invite(resident, id, 'granne-6@example.se');
    expect(sixth.status).toBe(422);
    expect(await sixth.text()).toContain(
      'Förslaget har så många medförslagsställare och inbjudningar som det kan ha.',
    );
    expect(await coauthorRows(t, id)).toHaveLength(5);
    expect(await invitationMailsTo(t, 'granne-6@example.se')).toEqual([]);
    // An invitation withdrawn frees its place.
    const [first] = await coauthorRows(t, id);
    const withdrawn = await resident.postForm(`${base}/${id}/coauthors/${first?.id}/remove`, {});
    expect(withdrawn.headers.get('location')).toBe(`${base}/${id}?done=coauthorWithdrawn`);
    expect((await invite(resident, id, 'granne-6@example.se')).status).toBe(303);
  });

  it('lets only one of two invitations sent at once take the last place', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Planteringar i Tullinge centrum');
    for (let i = 1; i <= 4; i++) await invite(resident, id, `samtidigt-${i}@example.se`);
    const both = await Promise.all([
      invite(resident, id, 'samtidigt-a@example.se'),
      invite(resident, id, 'samtidigt-b@example.se'),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 422]);
    expect(await coauthorRows(t, id)).toHaveLength(5);
  });

  it("is the proposer's alone: someone else's proposal is refused, another municipality's not found", async () => {
    const resident = await author();
    const draft = await draftBy(resident, 'Lekplats i Vårsta');
    const other = await t.signedIn('politician@botkyrka.example');
    // A draft is not there for anyone but its proposer; a public proposal is not theirs.
    expect((await invite(other, draft, 'someone@example.se')).status).toBe(404);
    const collecting = await acceptedProposal(t, { title: 'Odlingslotter i Hallunda' });
    expect((await invite(other, collecting, 'someone@example.se')).status).toBe(403);
    expect(await coauthorRows(t, draft)).toEqual([]);
    expect(await coauthorRows(t, collecting)).toEqual([]);
    // Asker's address with Botkyrka's proposal: no such proposal there.
    const elsewhere = await resident.postForm(
      `/sv/municipalities/NO-3203/proposals/${draft}/coauthors`,
      { email: 'someone@example.se' },
    );
    expect(elsewhere.status).toBe(404);
    expect(await coauthorRows(t, draft)).toEqual([]);
    const visitor = await t.client().postForm(`${base}/${draft}/coauthors`, {
      email: 'someone@example.se',
    });
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/login');
    expect(await invitationMailsTo(t, 'someone@example.se')).toEqual([]);
  });

  it('refuses a request without its form token and writes nothing', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Skateramp i Tullinge');
    const res = await resident.request(`${base}/${id}/coauthors`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'csrf@example.se' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(403);
    expect(await coauthorRows(t, id)).toEqual([]);
  });
});

describe('answering an invitation', () => {
  it('a visitor logs in through the link and accepts; the co-author is named and sees the draft', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Belysning i Storvreten');
    await invite(resident, id, asker);
    const link = await invitationLinkFor(t, asker);

    const visitor = t.client();
    const shown = await visitor.get(link);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    const html = await shown.text();
    expect(html).toContain('Belysning i Storvreten');
    expect(html).toContain(`/sv/login?next=${encodeURIComponent(link)}`);
    expect(html).toContain('href="/sv/register"');

    const login = await visitor.postForm(`/sv/login?next=${encodeURIComponent(link)}`, {
      email: asker,
      password: demoPasswordForTests,
    });
    expect(login.headers.get('location')).toBe(link);
    const accepted = await visitor.postForm(link, { answer: 'accept' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`${base}/${id}?done=coauthorJoined`);
    const [row] = await coauthorRows(t, id);
    expect(row?.state).toBe('accepted');
    expect(row?.userId).toBe((await findUserByEmail(t.database.db, asker))?.id);
    expect(await auditCount('proposal.coauthorAccept', id)).toBe(1);

    // The co-author sees the draft as the proposer does; another resident still does not.
    const own = await visitor.get(`${base}/${id}`);
    expect(own.status).toBe(200);
    const page = await own.text();
    expect(page).toContain('Du är medförslagsställare till det här förslaget.');
    expect(page).toContain(await nameOf(asker));
    expect((await (await t.signedIn(katrineholm)).get(`${base}/${id}`)).status).toBe(404);
    // The proposer's page names the co-author with a way to remove them.
    const authorPage = await (await resident.get(`${base}/${id}`)).text();
    expect(authorPage).toContain(await nameOf(asker));
    expect(authorPage).toContain(`/coauthors/${row?.id}/remove`);

    // A second acceptance changes nothing; the link leads to the proposal.
    const twice = await visitor.postForm(link, { answer: 'accept' });
    expect(twice.headers.get('location')).toBe(`${base}/${id}?done=coauthorJoined`);
    expect(await auditCount('proposal.coauthorAccept', id)).toBe(1);
    expect((await visitor.get(link)).status).toBe(303);
    // To anyone else, the link is used.
    const used = await t.client().get(link);
    expect(used.status).toBe(410);
    expect(await used.text()).toContain('Inbjudan är redan besvarad');
  });

  it('is not accepted by an account with another address, and says why', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Hundrastgård i Fittja');
    await invite(resident, id, 'staff@asker.example');
    const link = await invitationLinkFor(t, 'staff@asker.example');
    const someoneElse = await t.signedIn(katrineholm);
    const page = await someoneElse.get(link);
    expect(await page.text()).toContain('Inbjudan skickades till en annan e-postadress');
    const res = await someoneElse.postForm(link, { answer: 'accept' });
    expect(res.status).toBe(403);
    const [row] = await coauthorRows(t, id);
    expect([row?.state, row?.userId]).toEqual(['invited', null]);
    // Nor by the proposer, whose address it is not.
    expect((await resident.postForm(link, { answer: 'accept' })).status).toBe(403);
    expect((await coauthorRows(t, id))[0]?.state).toBe('invited');
  });

  it('may be declined without an account; the link is then used', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Fontän i Tumba');
    await invite(resident, id, 'nej-tack@example.se');
    const link = await invitationLinkFor(t, 'nej-tack@example.se');
    const declined = await t.client().postForm(link, { answer: 'decline' });
    expect(declined.status).toBe(200);
    expect(await declined.text()).toContain('Du har tackat nej till inbjudan.');
    expect((await coauthorRows(t, id))[0]?.state).toBe('declined');
    expect(await auditCount('proposal.coauthorDecline', id)).toBe(1);
    const again = await t.client().postForm(link, { answer: 'decline' });
    expect(again.status).toBe(410);
    expect(await auditCount('proposal.coauthorDecline', id)).toBe(1);
    // Declined, the address may be invited again.
    expect((await invite(resident, id, 'nej-tack@example.se')).status).toBe(303);
    expect((await coauthorRows(t, id))[0]?.state).toBe('invited');
  });

  it('says so for an expired link and for a link that is not ours, and writes nothing', async () => {
    const resident = await author();
    const id = await draftBy(resident, 'Isbana i Alby');
    await invite(resident, id, 'manager@asker.example');
    const link = await invitationLinkFor(t, 'manager@asker.example');
    await t.announced(() =>
      t.database.db
        .update(proposalCoauthors)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(proposalCoauthors.proposalId, id)),
    );
    const expired = await t.client().get(link);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Länken gällde i 14 dagar.');
    const late = await (await t.signedIn('manager@asker.example')).postForm(link, {
      answer: 'accept',
    });
    expect(late.status).toBe(410);
    expect((await coauthorRows(t, id))[0]?.state).toBe('invited');

    const garbled = await t.client().get(`${base}/${id}/invitation/not-a-token`);
    expect(garbled.status).toBe(404);
    expect(await garbled.text()).toContain('Länken fungerar inte');
    const wrongProposal = link.replace(id, '00000000-0000-4000-8000-000000000000');
    expect((await t.client().get(wrongProposal)).status).toBe(404);
  });
});

describe('ending a co-authorship', () => {
  // Each test its own co-author: an address gets at most five mails an hour.
  async function withCoauthor(title: string, email: string) {
    const resident = await author();
    const id = await draftBy(resident, title);
    await invite(resident, id, email);
    const coauthor = await t.signedIn(email);
    await coauthor.postForm(await invitationLinkFor(t, email), { answer: 'accept' });
    const [row] = await coauthorRows(t, id);
    expect(row?.state).toBe('accepted');
    return { resident, coauthor, id, rowId: row?.id ?? '' };
  }

  it('the co-author leaves, and no longer sees the draft', async () => {
    const { coauthor, id } = await withCoauthor('Grillplats i Hågelby', 'politician@asker.example');
    const left = await coauthor.postForm(`${base}/${id}/coauthors/leave`, {});
    expect(left.headers.get('location')).toBe(`${base}?done=coauthorLeft`);
    expect((await coauthorRows(t, id))[0]?.state).toBe('left');
    expect((await coauthor.get(`${base}/${id}`)).status).toBe(404);
    expect(await auditCount('proposal.coauthorLeave', id)).toBe(1);
    // Not a co-author any more: leaving again is refused.
    expect((await coauthor.postForm(`${base}/${id}/coauthors/leave`, {})).status).toBe(403);
  });

  it('the proposer removes a co-author; nobody else can', async () => {
    const { resident, coauthor, id, rowId } = await withCoauthor(
      'Utegym i Tullinge',
      'moderator@asker.example',
    );
    const remove = `${base}/${id}/coauthors/${rowId}/remove`;
    expect((await coauthor.postForm(remove, {})).status).toBe(403);
    expect((await (await t.signedIn(katrineholm)).postForm(remove, {})).status).toBe(403);
    expect((await coauthorRows(t, id))[0]?.state).toBe('accepted');
    const removed = await resident.postForm(remove, {});
    expect(removed.headers.get('location')).toBe(`${base}/${id}?done=coauthorRemoved`);
    expect((await coauthorRows(t, id))[0]?.state).toBe('removed');
    expect((await coauthor.get(`${base}/${id}`)).status).toBe(404);
    expect(await auditCount('proposal.coauthorRemove', id)).toBe(1);
  });

  it('the co-author is told of the answer as a supporter who asked is, once', async () => {
    const { resident, coauthor, id } = await withCoauthor(
      'Badbrygga vid Albysjön',
      'staff@katrineholm.example',
    );
    expect((await resident.postForm(`${base}/${id}/submit`, {})).status).toBe(303);
    const staff = await t.signedIn('staff@botkyrka.example');
    await staff.postForm(`${base}/${id}/screening`, { verdict: 'accept', refusal: '', note: '' });
    // Public now: the API names the co-author as the page does, and nobody's address.
    const json = await (
      await t.app.request(`/api/v1/municipalities/SE-0127/proposals/${id}`)
    ).json();
    expect(json.coauthors).toEqual([await nameOf('staff@katrineholm.example')]);
    expect(JSON.stringify(json)).not.toContain('@');
    // Supporting too does not make a second mail.
    await coauthor.postForm(`${base}/${id}/support`, { tellMe: 'on' });
    await t.announced(() =>
      t.database.db
        .update(proposals)
        .set({ state: 'withBody', receivedByBodyAt: new Date() })
        .where(eq(proposals.id, id)),
    );
    const answered = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'rejected',
      reason: 'Stranden är ett naturreservat.',
      decision: 'Kommunstyrelsen 2026-11-02, KS/2026:17',
    });
    expect(answered.status).toBe(303);
    const news = (await outboxMailTo(t.database.db, 'staff@katrineholm.example')).filter(
      (m) => m.kind === 'proposals.answered' && m.subject.includes('Badbrygga vid Albysjön'),
    );
    expect(news).toHaveLength(1);
    expect(news[0]?.bodyText).toContain('Du är medförslagsställare till förslaget');
    expect(news[0]?.bodyText).toContain('har avslagits');
    // The proposer is told as well, in words of their own.
    const told = (await outboxMailTo(t.database.db, 'resident@botkyrka.example')).filter(
      (m) => m.kind === 'proposals.answered' && m.subject.includes('Badbrygga vid Albysjön'),
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.bodyText).toContain('Du skrev förslaget ”Badbrygga vid Albysjön”.');
    expect(told[0]?.bodyText).toContain('har avslagits');
  });

  it('the co-author hears of each stage of the initiative an accepted proposal became', async () => {
    const email = 'politician@katrineholm.example';
    const title = 'Sagostunder i Hallunda';
    const { resident, id } = await withCoauthor(title, email);
    await resident.postForm(`${base}/${id}/submit`, {});
    const staff = await t.signedIn('staff@botkyrka.example');
    await staff.postForm(`${base}/${id}/screening`, { verdict: 'accept', refusal: '', note: '' });
    await t.announced(() =>
      t.database.db
        .update(proposals)
        .set({ state: 'withBody', receivedByBodyAt: new Date() })
        .where(eq(proposals.id, id)),
    );
    const [department] = await listDepartments(t.database.db, 'SE-0127');
    const answered = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'accepted',
      reason: 'Biblioteket i Hallunda börjar med sagostunder.',
      decision: 'KFN 2026-06-01, KFN 2026/53',
      departmentId: department?.id ?? '',
    });
    expect(answered.status).toBe(303);
    const initiativeId = (
      await t.database.db.select().from(proposals).where(eq(proposals.id, id))
    )[0]?.initiativeId;
    const moved = await (await t.signedIn('admin@botkyrka.example')).postForm(
      `/sv/municipalities/SE-0127/initiatives/${initiativeId}/stage`,
      { toStage: 'assessed', reason: 'Kostnaden är bedömd.' },
    );
    expect(moved.status).toBe(303);
    await tellStageChanges({ db: t.database.db, now: () => new Date() }, 'https://samskap.example');
    const news = (await outboxMailTo(t.database.db, email)).filter((m) =>
      m.subject.includes(title),
    );
    expect(news.map((m) => m.kind)).toEqual(['proposals.answered', 'proposals.stage']);
    expect(news[1]?.bodyText).toContain('Du är medförslagsställare till förslaget');
    expect(news[1]?.bodyText).toContain('Den har nu nått skedet Bedömd.');
  });

  it('after the body has it, the proposer can no longer invite or remove', async () => {
    const { resident, id, rowId } = await withCoauthor(
      'Solceller på Tumba bibliotek',
      'manager@katrineholm.example',
    );
    await invite(resident, id, 'for-sent@example.se');
    const open = await invitationLinkFor(t, 'for-sent@example.se');
    await t.announced(() =>
      t.database.db.update(proposals).set({ state: 'withBody' }).where(eq(proposals.id, id)),
    );
    // An open invitation can no longer be accepted either.
    const closed = await t.client().get(open);
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain('Förslaget tar inte emot fler medförslagsställare');
    const late = await invite(resident, id, 'sen@example.se');
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Förslaget har gått vidare');
    expect((await resident.postForm(`${base}/${id}/coauthors/${rowId}/remove`, {})).status).toBe(
      409,
    );
    const rows = await coauthorRows(t, id);
    expect(rows.map((r) => r.state)).toEqual(['invited', 'accepted']);
    expect(
      await t.database.db
        .select({ n: count() })
        .from(proposalCoauthors)
        .where(like(proposalCoauthors.email, 'sen@%')),
    ).toEqual([{ n: 0 }]);
  });
});

// Last in the file: a sent mail's body is blanked in the outbox, where the tests above read links.
describe('the invitation mail', () => {
  it('reaches the invited mailbox through the SMTP server, in the language of the page, with a working link', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const res = await resident.postForm('/en/municipalities/SE-0127/proposals/new', {
      title: 'Benches by the lake',
      body: 'Put benches along the path by Albysjön.',
      topic: 'environment',
      intent: 'draft',
    });
    const id = res.headers.get('location')?.match(/proposals\/([0-9a-f-]{36})/)?.[1] ?? '';
    const address = 'smtp.granne@example.se';
    expect(
      (
        await resident.postForm(`/en/municipalities/SE-0127/proposals/${id}/coauthors`, {
          email: address,
        })
      ).status,
    ).toBe(303);
    await deliverDueMail({
      db: t.database.db,
      transport: smtpTransport(smtp.url),
      from: t.config.mailFrom,
      now: () => new Date(),
    });
    const mail = await smtp.waitFor(address);
    expect(mail.subject).toBe('Invitation to co-author a proposal to Botkyrka');
    expect(mail.text).toContain('The link works once, for 14 days.');
    expect(mail.text).not.toContain('Benches by the lake');
    const link = new URL(linkIn(mail.text, '/invitation/')).pathname;
    expect(link.startsWith(`/en/municipalities/SE-0127/proposals/${id}/invitation/`)).toBe(true);
    const page = await t.client().get(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Benches by the lake');
  });
});
