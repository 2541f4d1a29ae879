import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../lib/context.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { translator } from '../../../web/i18n/index.ts';
import { decideMatter } from '../dialogues/commands/decide-matter.ts';
import { actorOf, insertTestMatter } from '../dialogues/dialogues.fixtures.ts';
import { fieldOf } from './answers.ts';
import { answerSurvey } from './commands/answer-survey.ts';
import { insertTestSurvey } from './surveys.fixtures.ts';
import { MAX_QUESTIONS } from './surveys.policy.ts';
import { questionsOf } from './surveys.queries.ts';

let t: TestApp;
let ctx: CommandContext;
const m = 'SE-0127';
const en = translator('en');
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => new Date() };
});
afterAll(async () => {
  await t?.close();
});

async function surveyed(opts: Parameters<typeof insertTestSurvey>[3] = {}) {
  const ids = await insertTestMatter(t.database.db, m, new Date());
  const where = { municipalityId: m, matterId: ids.matterId };
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const s = await insertTestSurvey(ctx, staff, where, opts);
  const path = `/en/municipalities/${m}/matters/${ids.matterId}/survey`;
  return { ...ids, ...s, where, path };
}

describe('the survey pages', () => {
  it('ask a visitor to log in, keep what a resident typed when a required answer is missing, and thank them once', async () => {
    const s = await surveyed();
    const visitor = await t.signedIn(null);
    const page = await (await visitor.get(s.path)).text();
    expect(page).toContain(en('surveys.signIn'));
    expect(page).not.toContain(en('surveys.submit'));
    const resident = await t.signedIn('resident@botkyrka.example');
    const form = await (await resident.get(s.path)).text();
    expect(form).toContain(en('surveys.submit'));
    expect(form).toContain(en('surveys.part', { page: 2, pages: 2 }));
    const [single, scale, , short] = s.questions;
    const missing = await resident.postForm(s.path, {
      [fieldOf(single?.id ?? '')]: '1',
      [fieldOf(short?.id ?? '')]: 'Tumba',
    });
    expect(missing.status).toBe(422);
    const again = await missing.text();
    expect(again).toContain(en('surveys.error.required'));
    expect(again).toContain(`href="#field-${fieldOf(scale?.id ?? '')}"`);
    expect(again).toContain('value="Tumba"');
    expect(again).toMatch(/value="1"\s+checked/);
    const sent = await resident.postForm(s.path, {
      [fieldOf(single?.id ?? '')]: '1',
      [fieldOf(scale?.id ?? '')]: '2',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain('done=surveyAnswered');
    expect(await (await resident.get(s.path)).text()).toContain(en('surveys.answered'));
    const twice = await resident.postForm(s.path, {
      [fieldOf(single?.id ?? '')]: '0',
      [fieldOf(scale?.id ?? '')]: '3',
    });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain(en('surveys.problem.already'));
  });

  it('refuse answers with 409 and a clear message once the matter is decided', async () => {
    const s = await surveyed();
    const politician = await actorOf(t.database.db, 'politician@botkyrka.example');
    const decided = await decideMatter(ctx, politician, s.where, {
      bodyId: s.bodyId,
      decidedOn: new Date().toISOString().slice(0, 10),
      text: 'Beslut',
    });
    expect(decided.ok).toBe(true);
    const resident = await t.signedIn('resident@asker.example');
    const res = await resident.postForm(s.path, { [fieldOf(s.questions[0]?.id ?? '')]: '0' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(en('surveys.problem.decided'));
    const staff = await t.signedIn('staff@botkyrka.example');
    const change = await staff.postForm(`${s.path}/edit`, { title: 'Ny rubrik' });
    expect(change.status).toBe(409);
    expect(await change.text()).toContain(en('surveys.problem.decided'));
  });

  it(`refuse a question past the ${MAX_QUESTIONS}th with 422 and a clear message, adding nothing`, async () => {
    const questions = Array.from({ length: MAX_QUESTIONS }, (_, i) => ({
      kind: 'short' as const,
      prompt: `Fråga ${i + 1}`,
    }));
    const s = await surveyed({ questions, publish: false });
    expect(s.questions).toHaveLength(MAX_QUESTIONS);
    const staff = await t.signedIn('staff@botkyrka.example');
    const more = await staff.postForm(`${s.path}/questions`, {
      prompt: 'En till?',
      kind: 'short',
      page: '1',
    });
    expect(more.status).toBe(422);
    const html = await more.text();
    expect(html).toContain(en('surveys.problem.tooManyQuestions'));
    // The message names the limit the command keeps.
    expect(en('surveys.problem.tooManyQuestions')).toContain(String(MAX_QUESTIONS));
    expect(await questionsOf(t.database.db, s.surveyId)).toHaveLength(MAX_QUESTIONS);
  });

  it('let staff build with forms, and keep the builder, answers and download from others', async () => {
    const ids = await insertTestMatter(t.database.db, m, new Date());
    const path = `/en/municipalities/${m}/matters/${ids.matterId}/survey`;
    const staff = await t.signedIn('staff@botkyrka.example');
    expect((await staff.postForm(`${path}/edit`, { title: '' })).status).toBe(422);
    expect((await staff.postForm(`${path}/edit`, { title: 'Enkät', anonymous: 'on' })).status).toBe(
      303,
    );
    const badQuestion = await staff.postForm(`${path}/questions`, {
      prompt: 'Vilket?',
      kind: 'single',
      options: 'Bara ett',
    });
    expect(badQuestion.status).toBe(422);
    expect(await badQuestion.text()).toContain(en('surveys.error.options'));
    const added = await staff.postForm(`${path}/questions`, {
      prompt: 'Vilket?',
      kind: 'single',
      options: 'Ett\r\nTvå\r\n',
      page: '1',
      required: 'on',
    });
    expect(added.headers.get('location')).toContain('done=surveyQuestionAdded');
    expect((await staff.postForm(`${path}/publish`, {})).status).toBe(303);
    const builder = await (await staff.get(`${path}/edit`)).text();
    expect(builder).toContain(en('surveys.build.published'));
    for (const email of ['resident@botkyrka.example', 'staff@asker.example']) {
      const other = await t.signedIn(email);
      for (const page of ['edit', 'answers', 'export.csv']) {
        expect((await other.get(`${path}/${page}`)).status, `${email} ${page}`).toBe(403);
      }
    }
    const csv = await staff.get(`${path}/export.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toBe('response,Vilket?\r\n');
  });

  it('show the results and the API with the figures and only accepted written answers', async () => {
    const s = await surveyed({ anonymous: true });
    const [single, scale, , , long] = s.questions;
    for (const [email, choice] of [
      ['resident@botkyrka.example', '1'],
      ['resident@asker.example', '1'],
      ['resident@katrineholm.example', '0'],
      ['manager@botkyrka.example', '1'],
    ] as const) {
      const r = await answerSurvey(ctx, await actorOf(t.database.db, email), s.where, {
        [fieldOf(single?.id ?? '')]: choice,
        [fieldOf(scale?.id ?? '')]: '3',
        [fieldOf(long?.id ?? '')]: `Svar från ${email.split('@')[1]}`,
      });
      expect(r.ok).toBe(true);
    }
    const visitor = await t.signedIn(null);
    const results = await (await visitor.get(`${s.path}/results`)).text();
    // Ja 1 of 4, Nej 3 of 4.
    expect(results).toContain(en('surveys.results.lead', { count: 4 }));
    expect(results).toContain('data-label="Percent">25%</td>');
    expect(results).toContain('data-label="Percent">75%</td>');
    expect(results).not.toContain('Svar från');
    const staff = await t.signedIn('staff@botkyrka.example');
    const answers = await (await staff.get(`${s.path}/answers`)).text();
    const id = answers.match(/name="answer" value="([0-9a-f-]{36})"/)?.[1] ?? '';
    const moderated = await staff.postForm(`${s.path}/answers/moderate`, {
      answer: id,
      verdict: 'accepted',
    });
    expect(moderated.status).toBe(303);
    const api = await (
      await t.app.request(`/api/v1/municipalities/${m}/matters/${s.matterId}/survey`)
    ).json();
    expect(api.responses).toBe(4);
    expect(api.anonymous).toBe(true);
    expect(api.results[0].choices).toEqual([
      { label: 'Ja', count: 1, percent: 25 },
      { label: 'Nej', count: 3, percent: 75 },
    ]);
    expect(api.results[4].texts).toHaveLength(1);
    expect(api.results[4].texts[0]).toMatch(/^Svar från /);
    expect(JSON.stringify(api)).not.toContain('@');
  });
});
