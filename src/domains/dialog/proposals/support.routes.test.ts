import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoPasswordForTests,
  postJson,
  type TestApp,
} from '../../../testing/test-app.ts';
import { externalIdentities, users } from '../../identity/identity.schema.ts';
import { moveDueProposals, startProposalWorker } from './proposal-worker.ts';
import {
  acceptedProposal,
  proposalRow,
  proposalsBase,
  testMunicipality,
} from './proposals.fixtures.ts';
import { lockForSupport } from './proposals.queries.ts';
import {
  proposalPaperSignatures,
  proposalRules,
  proposalSupports,
  proposals,
} from './proposals.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const base = proposalsBase();
const supportsOf = async (id: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(proposalSupports)
      .where(eq(proposalSupports.proposalId, id))
  )[0]?.n;

async function bearerOf(email: string) {
  const res = await postJson(t.app, '/api/v1/auth/token', {
    email,
    password: demoPasswordForTests,
  });
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

describe('two supports at once', () => {
  it('from the page and the API by the same person: one counts, the other is a clear 409', async () => {
    const id = await acceptedProposal(t, { title: 'Papperskorgar längs Albysjön' });
    const page = await t.signedIn('politician@botkyrka.example');
    const bearer = await bearerOf('politician@botkyrka.example');
    const [form, api] = await Promise.all([
      page.postForm(`${base}/${id}/support`, {}),
      postJson(
        t.app,
        `/api/v1/municipalities/${testMunicipality}/proposals/${id}/support`,
        {},
        bearer,
      ),
    ]);
    // Exactly one of the two went through; the other says why, in its own way.
    expect([form.status === 303, api.status === 201].filter(Boolean)).toHaveLength(1);
    if (form.status === 303) {
      expect(api.status).toBe(409);
      expect(api.headers.get('content-type')).toContain('application/problem+json');
    } else {
      expect(form.status).toBe(409);
      expect(await form.text()).toContain('Du stöder redan det här förslaget.');
    }
    expect(await supportsOf(id)).toBe(1);
    const row = await proposalRow(t, id);
    expect([row?.supportUnverified, row?.supportTotal]).toEqual([1, 1]);
  });

  it('that reaches the threshold moves the proposal at once in the running worker, not at its next minute', async () => {
    const id = await acceptedProposal(t, { title: 'Sittbänkar vid Tumba torg' });
    await t.announced(() =>
      t.database.db.update(proposals).set({ threshold: 1 }).where(eq(proposals.id, id)),
    );
    const worker = startProposalWorker({
      database: t.database,
      logger: pino({ level: 'silent' }),
      baseUrl: 'http://localhost',
    });
    try {
      // Past the worker's first round, which would move the proposal without being woken.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const supporter = await t.signedIn('manager@botkyrka.example');
      expect((await supporter.postForm(`${base}/${id}/support`, {})).status).toBe(303);
      // The worker looks by itself once a minute: a move well before that was woken by the support.
      const deadline = performance.now() + 15_000;
      let state = (await proposalRow(t, id))?.state;
      while (state === 'collecting' && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = (await proposalRow(t, id))?.state;
      }
      expect(state).toBe('thresholdReached');
    } finally {
      await worker.stop();
    }
  });

  it('after the worker ended the window: refused with the reason, nothing counted', async () => {
    const id = await acceptedProposal(t, { title: 'Bänkar vid Fittja gård' });
    const ends = (await proposalRow(t, id))?.expiresAt as Date;
    await moveDueProposals(t.database.db, new Date(ends.getTime() + 1000));
    expect((await proposalRow(t, id))?.state).toBe('expired');
    const supporter = await t.signedIn('manager@botkyrka.example');
    const support = await supporter.postForm(`${base}/${id}/support`, {});
    expect(support.status).toBe(409);
    expect(await support.text()).toContain('Förslaget tar inte emot stöd nu.');
    expect(await supportsOf(id)).toBe(0);
    const row = await proposalRow(t, id);
    expect([row?.state, row?.supportUnverified, row?.supportTotal]).toEqual(['expired', 0, 0]);
  });

  // Two connections are needed to hold a lock while the worker runs: only on a server.
  it.runIf(process.env.TEST_DATABASE_URL)(
    'while a support holds the proposal, the worker leaves it for its next round',
    async () => {
      const id = await acceptedProposal(t, { title: 'Bänkar vid Fittja gård, igen' });
      const ends = (await proposalRow(t, id))?.expiresAt as Date;
      const late = new Date(ends.getTime() + 1000);
      let release = () => {};
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const support = t.database.db.transaction(async (tx) => {
        await lockForSupport(tx, testMunicipality, id);
        locked();
        await held;
      });
      const stateBefore = (await proposalRow(t, id))?.state;
      await isLocked;
      await moveDueProposals(t.database.db, late);
      const stateWhileHeld = (await proposalRow(t, id))?.state;
      release();
      await support;
      await moveDueProposals(t.database.db, late);
      const stateAfterwards = (await proposalRow(t, id))?.state;
      expect([stateWhileHeld, stateAfterwards]).toEqual([stateBefore, 'expired']);
      expect(stateBefore).not.toBe('expired');
    },
  );
});

describe('support through the API', () => {
  it('asks to be told of the answer only when the body says tellMe, and refuses a body of another shape', async () => {
    const id = await acceptedProposal(t, { title: 'Bänkar vid Tullingesjön' });
    const path = `/api/v1/municipalities/${testMunicipality}/proposals/${id}/support`;
    const wrong = await postJson(
      t.app,
      path,
      { tellMe: 'yes' },
      await bearerOf('politician@botkyrka.example'),
    );
    expect(wrong.status).toBe(400);
    expect(await supportsOf(id)).toBe(0);
    for (const [email, body] of [
      ['politician@botkyrka.example', { tellMe: true }],
      ['manager@botkyrka.example', {}],
    ] as const) {
      expect((await postJson(t.app, path, body, await bearerOf(email))).status).toBe(201);
    }
    const told = await t.database.db
      .select({ tellMe: proposalSupports.tellMe })
      .from(proposalSupports)
      .where(eq(proposalSupports.proposalId, id));
    expect(told.map((r) => r.tellMe).sort()).toEqual([false, true]);
  });
});

describe('paper signatures', () => {
  const paperRows = async (id: string) =>
    (
      await t.database.db
        .select({ n: count() })
        .from(proposalPaperSignatures)
        .where(eq(proposalPaperSignatures.proposalId, id))
    )[0]?.n;

  it('refuse a count past what a form takes, saying so, and write nothing', async () => {
    const id = await acceptedProposal(t, { title: 'Lekplats i Hallunda' });
    const staff = await t.signedIn('staff@botkyrka.example');
    for (const count of ['99999999999999999999', '2147483648', '100001', '-5', '1e9']) {
      const res = await staff.postForm(`${base}/${id}/paper`, { count, signedOn: '2026-03-01' });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Skriv ett heltal från 1 till 100 000.');
    }
    expect(await paperRows(id)).toBe(0);
    expect((await proposalRow(t, id))?.supportPaper).toBe(0);
  });

  it('refuse a registration that would take the proposal past 10 000 000 on paper', async () => {
    const id = await acceptedProposal(t, { title: 'Simhall i Tullinge' });
    const staff = await t.signedIn('staff@botkyrka.example');
    // Near the limit already (as after a hundred full registrations), set straight in the row.
    await t.announced(
      () =>
        t.database.db
          .update(proposals)
          .set({ supportPaper: 9_999_999 })
          .where(eq(proposals.id, id)),
      'activity',
    );
    const over = await staff.postForm(`${base}/${id}/paper`, {
      count: '2',
      signedOn: '2026-03-01',
    });
    expect(over.status).toBe(422);
    expect(await over.text()).toContain('högst 10 000 000 underskrifter på papper');
    expect([await paperRows(id), (await proposalRow(t, id))?.supportPaper]).toEqual([0, 9999999]);
    const fits = await staff.postForm(`${base}/${id}/paper`, {
      count: '1',
      signedOn: '2026-03-01',
    });
    expect(fits.status).toBe(303);
    const row = await proposalRow(t, id);
    expect([row?.supportPaper, row?.supportTotal]).toEqual([10_000_000, 10_000_000]);
  });
});

describe('the list of proposals', () => {
  it('is kept until something changes: a second view costs no query, a support shows at once and keeps other pages', async () => {
    const id = await acceptedProposal(t, { title: 'Bänkar längs Albysjön' });
    await t.settled();
    const supportShown = async (client: { get(path: string): Promise<Response> }) => {
      const html = await (await client.get(`${base}?state=collecting`)).text();
      return html.match(new RegExp(`value="(\\d+)" aria-labelledby="support-${id}"`))?.[1];
    };
    const visitor = t.client();
    const staff = await t.signedIn('staff@botkyrka.example');
    for (const client of [visitor, staff]) {
      expect(await supportShown(client)).toBe('0');
      const before = t.database.queriesSent();
      expect(await supportShown(client)).toBe('0');
      expect(t.database.queriesSent() - before).toBe(0);
    }
    // Signed in first: a sign-in is a write, after which a process on a server forgets its copies.
    const supporter = await t.signedIn('politician@botkyrka.example');
    // A page of other content, kept as well: a support must not forget it.
    const initiatives = base.replace(/proposals$/, 'initiatives');
    const initiativesCost = async () => {
      const before = t.database.queriesSent();
      expect((await staff.get(initiatives)).status).toBe(200);
      return t.database.queriesSent() - before;
    };
    await initiativesCost();
    expect(await initiativesCost()).toBe(0);
    const supported = await t.announced(
      () => supporter.postForm(`${base}/${id}/support`, {}),
      'activity',
    );
    expect(supported.status).toBe(303);
    expect(await supportShown(visitor)).toBe('1');
    expect(await supportShown(staff)).toBe('1');
    expect(await initiativesCost()).toBe(0);
  });
});

describe('who the rule counts', () => {
  const setRule = async (rule: { supportBy: string; residenceDeclared?: 'on' }) => {
    const admin = await t.signedIn('admin@botkyrka.example');
    const saved = await admin.postForm(`${base}/rule`, {
      preset: 'seAbsolute',
      threshold: '50',
      perMille: '',
      collectionDays: '90',
      decisionMonths: '12',
      forgetSupportersDays: '30',
      ...rule,
    });
    expect(saved.status).toBe(303);
  };
  const userId = async (email: string) =>
    (await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]
      ?.id ?? '';
  afterAll(async () => {
    await setRule({ supportBy: 'eidOrEmail' });
  });

  it('refuses an unknown way of supporting in the rule form, saying so, and keeps the rule', async () => {
    await setRule({ supportBy: 'eidOrEmail' });
    const admin = await t.signedIn('admin@botkyrka.example');
    const res = await admin.postForm(`${base}/rule`, {
      preset: 'seAbsolute',
      threshold: '50',
      perMille: '',
      collectionDays: '90',
      decisionMonths: '12',
      forgetSupportersDays: '30',
      supportBy: "eid'; drop table proposals; --",
    });
    expect(res.status).toBe(422);
    const [rule] = await t.database.db
      .select()
      .from(proposalRules)
      .where(eq(proposalRules.municipalityId, testMunicipality));
    expect([rule?.supportBy, rule?.residenceDeclared]).toEqual(['eidOrEmail', false]);
  });

  it('counts e-ID supporters only when it says so: others are told how, and nothing is written', async () => {
    await setRule({ supportBy: 'eid' });
    const id = await acceptedProposal(t, { title: 'Cykelställ vid Hallunda centrum' });
    const withoutEid = await t.signedIn('politician@botkyrka.example');
    const page = await (await withoutEid.get(`${base}/${id}`)).text();
    expect(page).toContain('Här räknas bara stöd från den som loggar in med e-legitimation');
    expect(page).not.toContain(`action="${base}/${id}/support"`);
    const refused = await withoutEid.postForm(`${base}/${id}/support`, {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(
      'Logga in med e-legitimation via kommunen för att stödja förslaget.',
    );
    expect(await supportsOf(id)).toBe(0);
    // Known through the municipality's e-ID: counted, as verified.
    await t.database.db.insert(externalIdentities).values({
      userId: await userId('manager@botkyrka.example'),
      municipalityId: testMunicipality,
      issuer: 'https://eid.example',
      subjectHash: 'ab'.repeat(32),
    });
    const withEid = await t.signedIn('manager@botkyrka.example');
    expect((await withEid.postForm(`${base}/${id}/support`, {})).status).toBe(303);
    const row = await proposalRow(t, id);
    expect([row?.supportVerified, row?.supportUnverified, await supportsOf(id)]).toEqual([1, 0, 1]);
  });

  it('asks supporters to declare that they live there when it says so, in the form and the API', async () => {
    await setRule({ supportBy: 'eidOrEmail', residenceDeclared: 'on' });
    const id = await acceptedProposal(t, { title: 'Badplats vid Aspen' });
    const supporter = await t.signedIn('staff@botkyrka.example');
    const page = await (await supporter.get(`${base}/${id}`)).text();
    expect(page).toContain('Jag bor i Botkyrka');
    const undeclared = await supporter.postForm(`${base}/${id}/support`, {});
    expect(undeclared.status).toBe(422);
    expect(await undeclared.text()).toContain('Kryssa i att du bor i kommunen');
    expect(await supportsOf(id)).toBe(0);
    const declared = await supporter.postForm(`${base}/${id}/support`, { resident: 'on' });
    expect(declared.status).toBe(303);
    // Through the API with a token: the same rule.
    const token = await bearerOf('politician@botkyrka.example');
    const api = `/api/v1/municipalities/${testMunicipality}/proposals/${id}/support`;
    const bare = await postJson(t.app, api, {}, token);
    expect(bare.status).toBe(422);
    expect(await supportsOf(id)).toBe(1);
    const apiDeclared = await postJson(t.app, api, { declaresResidence: true }, token);
    expect(apiDeclared.status).toBe(201);
    const rows = await t.database.db
      .select({ declared: proposalSupports.declaredResident })
      .from(proposalSupports)
      .where(eq(proposalSupports.proposalId, id));
    expect(rows.map((r) => r.declared)).toEqual([true, true]);
    expect((await proposalRow(t, id))?.supportTotal).toBe(2);
  });
});
