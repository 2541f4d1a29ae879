import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { moveDueProposals } from './proposal-worker.ts';
import {
  acceptedProposal,
  proposalIdIn,
  proposalRow,
  proposalsBase,
  testMunicipality,
  testProposal,
} from './proposals.fixtures.ts';
import { proposalRules, proposalSupports, proposals } from './proposals.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const m = testMunicipality;
const base = proposalsBase();

describe('a resident proposes', () => {
  it('sees similar proposals before sending, then only they and staff see it until it is accepted', async () => {
    const first = await acceptedProposal(t);
    const resident = await t.signedIn('resident@botkyrka.example');
    const looked = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Lampor på gångvägen vid Tumba station',
      intent: 'similar',
    });
    expect(looked.status).toBe(200);
    const html = await looked.text();
    expect(html).toContain('Liknande förslag');
    expect(html).toContain(`${base}/${first}`);

    const sent = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Fler bänkar i parken',
      intent: 'send',
    });
    const id = proposalIdIn(sent.headers.get('location'));
    expect((await proposalRow(t, id))?.state).toBe('screening');
    // Until it is accepted, nobody is offered it as a similar proposal: its title stays hidden.
    const again = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Fler bänkar i parken',
      intent: 'similar',
    });
    expect(await again.text()).not.toContain(`${base}/${id}`);
    expect((await t.client().get(`${base}/${id}`)).status).toBe(404);
    const other = await t.signedIn('resident@asker.example');
    expect((await other.get(`/sv/municipalities/${m}/proposals/${id}`)).status).toBe(404);
    expect((await (await t.signedIn('staff@botkyrka.example')).get(`${base}/${id}`)).status).toBe(
      200,
    );
  });

  it('refuses a proposal without a topic, saying so, and writes nothing', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const [before] = await t.database.db.select({ n: count() }).from(proposals);
    const res = await resident.postForm(`${base}/new`, {
      ...testProposal,
      topic: 'x',
      intent: 'send',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Välj ett ämne.');
    const [after] = await t.database.db.select({ n: count() }).from(proposals);
    expect(after?.n).toBe(before?.n);
  });

  it('is refused in screening with the reason shown to the proposer', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const sent = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Sänk skatten i Stockholm',
      intent: 'send',
    });
    const id = proposalIdIn(sent.headers.get('location'));
    const staff = await t.signedIn('staff@botkyrka.example');
    const missing = await staff.postForm(`${base}/${id}/screening`, {
      verdict: 'refuse',
      refusal: '',
      note: '',
    });
    expect(missing.status).toBe(422);
    expect((await proposalRow(t, id))?.state).toBe('screening');
    await staff.postForm(`${base}/${id}/screening`, {
      verdict: 'refuse',
      refusal: 'remit',
      note: 'Skatten i Stockholm bestäms av Stockholms stad.',
    });
    const page = await (await resident.get(`${base}/${id}`)).text();
    expect(page).toContain('frågan ligger utanför det kommunen beslutar om');
    expect((await t.client().get(`${base}/${id}`)).status).toBe(404);
  });
});

describe('support', () => {
  it('counts once per person, also when the same person sends it twice at once', async () => {
    const id = await acceptedProposal(t, { title: 'Hundrastgård i Alby' });
    const row = await proposalRow(t, id);
    // Botkyrka's 95 905 inhabitants under Sweden's default rule: a fixed 50.
    expect(row?.threshold).toBe(50);
    const politician = await t.signedIn('politician@botkyrka.example');
    const both = await Promise.all([
      politician.postForm(`${base}/${id}/support`, {}),
      politician.postForm(`${base}/${id}/support`, {}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 409]);
    const rows = await t.database.db
      .select({ n: count() })
      .from(proposalSupports)
      .where(eq(proposalSupports.proposalId, id));
    expect(rows[0]?.n).toBe(1);
    expect((await proposalRow(t, id))?.supportUnverified).toBe(1);
    const page = await (await politician.get(`${base}/${id}`)).text();
    expect(page).toContain('Du stöder det här förslaget.');
    expect(page).toContain('1 person stöder förslaget av 50 som behövs (2 %).');
    expect(page).toContain('<progress');
  });

  it('is refused before screening and to a visitor', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const sent = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Utkast om badplats',
      intent: 'draft',
    });
    const id = proposalIdIn(sent.headers.get('location'));
    expect((await proposalRow(t, id))?.state).toBe('draft');
    const other = await t.signedIn('moderator@botkyrka.example');
    expect((await other.postForm(`${base}/${id}/support`, {})).status).toBe(404);
    // A visitor is sent to log in first.
    const visitor = await t.client().postForm(`${base}/${id}/support`, {});
    expect([visitor.status, visitor.headers.get('location')?.includes('/login')]).toEqual([
      303,
      true,
    ]);
    expect((await proposalRow(t, id))?.supportUnverified).toBe(0);
  });
});

describe('the path to an answer', () => {
  it('reaches the threshold by the worker, goes to the body and is answered', async () => {
    const admin = await t.signedIn('admin@botkyrka.example');
    const zero = await admin.postForm(`${base}/rule`, {
      preset: 'custom',
      threshold: '0',
      perMille: '',
      collectionDays: '30',
      decisionMonths: '6',
      forgetSupportersDays: '30',
      supportBy: 'eidOrEmail',
    });
    expect(zero.status).toBe(422);
    expect(await zero.text()).toContain('Skriv ett heltal, minst 1.');
    expect(await t.database.db.select().from(proposalRules)).toEqual([]);
    const saved = await admin.postForm(`${base}/rule`, {
      preset: 'custom',
      threshold: '2',
      perMille: '',
      collectionDays: '30',
      decisionMonths: '6',
      forgetSupportersDays: '30',
      supportBy: 'eidOrEmail',
    });
    expect(saved.status).toBe(303);

    const id = await acceptedProposal(t, { title: 'Längre öppettider på biblioteket' });
    expect((await proposalRow(t, id))?.threshold).toBe(2);
    await (await t.signedIn('politician@botkyrka.example')).postForm(`${base}/${id}/support`, {});
    // Nothing is due with one supporter of two: the worker writes nothing.
    expect(await moveDueProposals(t.database.db, new Date())).toBe(0);
    const staff = await t.signedIn('staff@botkyrka.example');
    const paper = await staff.postForm(`${base}/${id}/paper`, {
      count: '1',
      signedOn: '2026-03-01',
    });
    expect(paper.status).toBe(303);
    expect(await moveDueProposals(t.database.db, new Date())).toBeGreaterThanOrEqual(1);
    expect((await proposalRow(t, id))?.state).toBe('thresholdReached');
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `proposal:${id}`));
    expect(audited.map((a) => a.action)).toContain('proposal.thresholdReached');

    expect(
      (
        await staff.postForm(`${base}/${id}/answer`, {
          answer: 'rejected',
          reason: 'Bra.',
          decision: 'KS 2026-04-01',
        })
      ).status,
    ).toBe(409);
    expect((await staff.postForm(`${base}/${id}/body`, {})).status).toBe(303);
    const received = await proposalRow(t, id);
    expect(received?.state).toBe('withBody');
    const r = received?.receivedByBodyAt as Date;
    const deadline = received?.bodyDeadline as Date;
    // Six months later, counted by calendar (the day of the month may be cut to the month's last).
    expect(
      (deadline.getUTCFullYear() - r.getUTCFullYear()) * 12 +
        deadline.getUTCMonth() -
        r.getUTCMonth(),
    ).toBe(6);
    const answered = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'partly',
      reason: 'Biblioteket får öppet längre på torsdagar.',
      decision: 'Kultur- och fritidsnämnden 2026-05-12, KFN 2026/41',
      departmentId: (await insertTestDepartment(t.database.db, m)).id,
    });
    expect(answered.status).toBe(303);
    const page = await (await t.client().get(`${base}/${id}`)).text();
    expect(page).toContain('delvis bifallet');
    expect(page).toContain('KFN 2026/41');
  });

  it('expires a proposal whose window ended without enough support', async () => {
    const id = await acceptedProposal(t, { title: 'Konstgräs på Tumba IP' });
    const ends = (await proposalRow(t, id))?.expiresAt as Date;
    expect(
      await moveDueProposals(t.database.db, new Date(ends.getTime() + 1000)),
    ).toBeGreaterThanOrEqual(1);
    expect((await proposalRow(t, id))?.state).toBe('expired');
    const late = await (await t.signedIn('moderator@botkyrka.example')).postForm(
      `${base}/${id}/support`,
      {},
    );
    expect(late.status).toBe(409);
  });

  it('lets no resident screen, and no staff of another municipality', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const sent = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Ny lekplats',
      intent: 'send',
    });
    const id = proposalIdIn(sent.headers.get('location'));
    expect((await resident.postForm(`${base}/${id}/screening`, { verdict: 'accept' })).status).toBe(
      403,
    );
    const asker = await t.signedIn('staff@asker.example');
    expect((await asker.postForm(`${base}/${id}/screening`, { verdict: 'accept' })).status).toBe(
      403,
    );
    expect((await proposalRow(t, id))?.state).toBe('screening');
  });
});

describe('the start page', () => {
  it('flags to staff a proposal whose body has passed its deadline, and to no resident', async () => {
    const id = await acceptedProposal(t, { title: 'Ny fotbollsplan i Storvreten' });
    await t.announced(() =>
      t.database.db
        .update(proposals)
        .set({
          state: 'withBody',
          receivedByBodyAt: new Date(Date.now() - 200 * 86_400_000),
          bodyDeadline: new Date(Date.now() - 17 * 86_400_000),
        })
        .where(eq(proposals.id, id)),
    );
    const flag = '1 e-förslag har passerat tiden för beslut';
    const staffPage = await (await t.signedIn('staff@botkyrka.example')).get(
      `/sv/municipalities/${m}`,
    );
    expect(await staffPage.text()).toContain(flag);
    const residentPage = await (await t.signedIn('resident@botkyrka.example')).get(
      `/sv/municipalities/${m}`,
    );
    expect(await residentPage.text()).not.toContain(flag);
    const page = await (await t.client().get(`${base}/${id}`)).text();
    expect(page).toContain('Tiden för beslut har gått ut.');
  });
});

describe('the API', () => {
  const api = `/api/v1/municipalities/${m}/proposals`;
  const tokenOf = async (email: string) => {
    const res = await postJson(t.app, '/api/v1/auth/token', {
      email,
      password: demoPasswordForTests,
    });
    return ((await res.json()) as { token: string }).token;
  };

  it('lists public proposals a page at a time and supports with a token, once', async () => {
    const id = await acceptedProposal(t, { title: 'Cykelparkering vid Hallunda centrum' });
    const all = (await (await t.app.request(`${api}?state=collecting`)).json()) as {
      total: number;
      items: { id: string; state: string }[];
    };
    expect(all.items.every((p) => p.state === 'collecting')).toBe(true);
    expect(all.items.map((p) => p.id)).toContain(id);
    const one = (await (
      await t.app.request(`${api}?state=collecting&pageSize=1&page=2`)
    ).json()) as {
      total: number;
      items: unknown[];
    };
    expect([one.total, one.items.length]).toEqual([all.total, Math.min(1, all.total - 1)]);
    expect((await t.app.request(`${api}?pageSize=101`)).status).toBe(400);
    expect((await t.app.request(`${api}?state=nonsense`)).status).toBe(400);

    const path = `${api}/${id}/support`;
    expect((await postJson(t.app, path, {})).status).toBe(401);
    const bearer = { authorization: `Bearer ${await tokenOf('manager@botkyrka.example')}` };
    const first = await postJson(t.app, path, {}, bearer);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ verified: false });
    const again = await postJson(t.app, path, {}, bearer);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    const detail = (await (await t.app.request(`${api}/${id}`)).json()) as {
      support: { unverified: number; total: number };
    };
    expect(detail.support).toMatchObject({ unverified: 1, total: 1 });
  });

  it('hides a proposal still being screened', async () => {
    const resident = await t.signedIn('resident@botkyrka.example');
    const sent = await resident.postForm(`${base}/new`, {
      ...testProposal,
      title: 'Under granskning',
      intent: 'send',
    });
    const id = proposalIdIn(sent.headers.get('location'));
    expect((await t.app.request(`${api}/${id}`)).status).toBe(404);
    const bearer = { authorization: `Bearer ${await tokenOf('manager@botkyrka.example')}` };
    expect((await postJson(t.app, `${api}/${id}/support`, {}, bearer)).status).toBe(404);
  });
});
