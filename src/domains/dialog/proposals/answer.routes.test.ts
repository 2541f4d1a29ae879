import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import {
  acceptedProposal,
  proposalRow,
  proposalsBase,
  proposalWithBody,
  testMunicipality,
} from './proposals.fixtures.ts';

let t: TestApp;
let departmentId: string;
beforeAll(async () => {
  t = await createTestApp();
  departmentId = (await insertTestDepartment(t.database.db, testMunicipality)).id;
});
afterAll(async () => {
  await t?.close();
});

const base = proposalsBase();
const decision = 'Kommunstyrelsen 2026-05-12, KS 2026/88';

describe("staff's answer form", () => {
  it('shows how readable the reason is and saves nothing when asked to check it', async () => {
    const id = await proposalWithBody(t, { title: 'Läxhjälp på biblioteket' });
    const staff = await t.signedIn('staff@botkyrka.example');
    const longWord = 'kommunfullmäktigeförsamlingsbeslutsunderlaget';
    const res = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'accepted',
      reason: `Vi inför läxhjälp. Det följer av ${longWord}.`,
      decision,
      intent: 'readability',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    const note = html.slice(html.indexOf('class="ds-card readability-note"'));
    expect(note).toContain('Hur lätt är texten att läsa?');
    expect(note).toContain(longWord);
    const row = await proposalRow(t, id);
    expect([row?.state, row?.answer, row?.answeredAt]).toEqual(['withBody', null, null]);
  });

  it('refuses an answer without a reason or a verdict, saying so, and writes nothing', async () => {
    const id = await proposalWithBody(t, { title: 'Fler papperskorgar i Tumba centrum' });
    const staff = await t.signedIn('staff@botkyrka.example');
    const res = await staff.postForm(`${base}/${id}/answer`, {
      answer: 'maybe',
      reason: '  ',
      decision,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Välj svaret.');
    expect(html).toContain('Fyll i fältet.');
    expect((await proposalRow(t, id))?.state).toBe('withBody');
  });

  for (const [answer, word] of [
    ['accepted', 'bifallet'],
    ['partly', 'delvis bifallet'],
    ['rejected', 'avslaget'],
  ] as const) {
    it(`records a proposal ${answer}, with its reason and decision shown to anyone`, async () => {
      const id = await proposalWithBody(t, { title: `Utegym i Alby (${answer})` });
      const staff = await t.signedIn('staff@botkyrka.example');
      const reason = `Nämnden har prövat förslaget (${answer}).`;
      const res = await staff.postForm(`${base}/${id}/answer`, {
        answer,
        reason,
        decision,
        departmentId,
      });
      expect(res.status).toBe(303);
      const row = await proposalRow(t, id);
      expect([row?.state, row?.answer, row?.answerReason, row?.answerDecision]).toEqual([
        'answered',
        answer,
        reason,
        decision,
      ]);
      const page = await (await t.client().get(`${base}/${id}`)).text();
      expect(page).toContain(`: ${word}.`);
      expect(page).toContain(reason);
      expect(page).toContain(decision);
      // An answer stands: a second one is refused, and the first is kept.
      const again = await staff.postForm(`${base}/${id}/answer`, {
        answer: 'rejected',
        reason: 'Ändrat.',
        decision,
      });
      expect(again.status).toBe(409);
      expect((await proposalRow(t, id))?.answer).toBe(answer);
    });
  }

  it('is not for a resident', async () => {
    const id = await proposalWithBody(t, { title: 'Grillplats vid Albysjön' });
    const resident = await t.signedIn('resident@botkyrka.example');
    const res = await resident.postForm(`${base}/${id}/answer`, {
      answer: 'accepted',
      reason: 'Ja.',
      decision,
    });
    expect(res.status).toBe(403);
    expect((await proposalRow(t, id))?.state).toBe('withBody');
  });
});

describe('the proposer withdraws', () => {
  it('their own collecting proposal; nobody else can, and an answered one stays', async () => {
    const id = await acceptedProposal(t, { title: 'Pulkabacke i Tullinge' });
    const other = await t.signedIn('politician@botkyrka.example');
    expect((await other.postForm(`${base}/${id}/withdraw`, {})).status).toBe(403);
    expect((await proposalRow(t, id))?.state).toBe('collecting');
    const resident = await t.signedIn('resident@botkyrka.example');
    const res = await resident.postForm(`${base}/${id}/withdraw`, {});
    expect(res.status).toBe(303);
    const row = await proposalRow(t, id);
    expect(row?.state).toBe('withdrawn');
    expect(row?.withdrawnAt).toBeInstanceOf(Date);
    expect(await (await t.client().get(`${base}/${id}`)).text()).toContain(
      'Den som lämnade förslaget har återkallat det.',
    );

    const answered = await proposalWithBody(t, { title: 'Parkour i Fittja' });
    const staff = await t.signedIn('staff@botkyrka.example');
    await staff.postForm(`${base}/${answered}/answer`, {
      answer: 'rejected',
      reason: 'Det finns redan en parkourpark i Alby.',
      decision,
    });
    const late = await resident.postForm(`${base}/${answered}/withdraw`, {});
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Förslaget har gått vidare, så det går inte nu.');
    expect((await proposalRow(t, answered))?.state).toBe('answered');
  });
});
