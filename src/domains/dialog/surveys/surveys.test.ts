import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../lib/context.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { translator } from '../../../web/i18n/index.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { decideMatter } from '../dialogues/commands/decide-matter.ts';
import { actorOf, insertTestMatter } from '../dialogues/dialogues.fixtures.ts';
import { dialogues } from '../dialogues/dialogues.schema.ts';
import { fieldOf, optionFieldOf } from './answers.ts';
import { answerSurvey } from './commands/answer-survey.ts';
import {
  addQuestion,
  editQuestion,
  moveQuestion,
  publishSurvey,
  removeQuestion,
  saveSurvey,
} from './commands/build-survey.ts';
import { moderateAnswer } from './commands/moderate-answer.ts';
import { surveyCsv } from './export.ts';
import { surveysPersonalData } from './personal-data.ts';
import { loadResults } from './survey.load.ts';
import { insertTestSurvey } from './surveys.fixtures.ts';
import { questionsOf, responsesForExport, startSurvey, writtenAnswers } from './surveys.queries.ts';
import { surveyParticipants, surveyResponses } from './surveys.schema.ts';

let t: TestApp;
let ctx: CommandContext;
let staff: Actor;
const m = 'SE-0127';
const en = translator('en');
const people = ['resident', 'politician', 'manager', 'admin'].flatMap((role) =>
  ['botkyrka', 'asker', 'katrineholm'].map((slug) => `${role}@${slug}.example`),
);
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => new Date() };
  staff = await actorOf(t.database.db, 'staff@botkyrka.example');
});
afterAll(async () => {
  await t?.close();
});

async function openMatter() {
  const ids = await insertTestMatter(t.database.db, m, new Date());
  return { ...ids, where: { municipalityId: m, matterId: ids.matterId } };
}

const person = (email: string) => actorOf(t.database.db, email);

const responses = (surveyId: string) =>
  t.database.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));

describe('building a survey', () => {
  it('is started once: a second start for the same dialogue (Start pressed twice) is saved as an edit', async () => {
    const d = await openMatter();
    const input = { title: 'Enkät om parken', intro: '', anonymous: false };
    const first = await saveSurvey(ctx, staff, d.where, input);
    expect(first.ok).toBe(true);
    const surveyId = first.ok ? first.value.surveyId : '';
    // The start a request at the same moment makes: kept to one by the unique index, no error.
    const again = await startSurvey(t.database.db, {
      ...input,
      dialogueId: d.dialogueId,
      municipalityId: m,
    });
    expect(again).toBeUndefined();
    const second = await saveSurvey(ctx, staff, d.where, { ...input, title: 'Enkät, igen' });
    expect(second).toEqual({ ok: true, value: { surveyId } });
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.target, `survey:${surveyId}`));
    expect(actions.map((e) => e.action).sort()).toEqual(['survey.create', 'survey.edit']);
  });

  it('adds, edits, moves and removes questions, and publishes only a survey with questions', async () => {
    const d = await openMatter();
    const first = { prompt: 'Bor du i kommunen?', kind: 'short' as const, required: false };
    expect(await addQuestion(ctx, staff, d.where, { ...first, page: 1, options: [] })).toEqual({
      ok: false,
      reason: 'noSurvey',
    });
    const saved = await saveSurvey(ctx, staff, d.where, {
      title: 'Enkät',
      intro: '',
      anonymous: false,
    });
    expect(saved.ok).toBe(true);
    expect(await publishSurvey(ctx, staff, d.where)).toEqual({ ok: false, reason: 'empty' });
    const q = (prompt: string, page = 1) => ({
      prompt,
      kind: 'short' as const,
      required: false,
      page,
      options: [],
    });
    for (const [prompt, page] of [
      ['A', 1],
      ['B', 1],
      ['C', 2],
    ] as const) {
      expect((await addQuestion(ctx, staff, d.where, q(prompt, page))).ok).toBe(true);
    }
    const surveyId = saved.ok ? saved.value.surveyId : '';
    const order = async () =>
      (await questionsOf(t.database.db, surveyId)).map((x) => `${x.prompt}${x.page}`);
    expect(await order()).toEqual(['A1', 'B1', 'C2']);
    const idOf = async (prompt: string) =>
      (await questionsOf(t.database.db, surveyId)).find((x) => x.prompt === prompt)?.id ?? '';
    // Up within its page swaps; up from the top of page 2 goes to the end of page 1.
    await moveQuestion(ctx, staff, d.where, await idOf('B'), 'up');
    expect(await order()).toEqual(['B1', 'A1', 'C2']);
    await moveQuestion(ctx, staff, d.where, await idOf('C'), 'up');
    expect(await order()).toEqual(['B1', 'A1', 'C1']);
    await moveQuestion(ctx, staff, d.where, await idOf('B'), 'down');
    expect(await order()).toEqual(['A1', 'B1', 'C1']);
    // Down from the last question starts a new page.
    await moveQuestion(ctx, staff, d.where, await idOf('C'), 'down');
    expect(await order()).toEqual(['A1', 'B1', 'C2']);
    const edited = await editQuestion(ctx, staff, d.where, await idOf('A'), {
      ...q('A, changed'),
      kind: 'single',
      options: ['Ja', 'Nej'],
    });
    expect(edited.ok).toBe(true);
    expect(await removeQuestion(ctx, staff, d.where, await idOf('B'))).toEqual({
      ok: true,
      value: true,
    });
    expect(await order()).toEqual(['A, changed1', 'C2']);
    expect(await publishSurvey(ctx, staff, d.where)).toEqual({ ok: true, value: true });
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.target, `survey:${surveyId}`));
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        'survey.create',
        ...Array(3).fill('survey.question.add'),
        ...Array(4).fill('survey.question.move'),
        'survey.question.edit',
        'survey.question.remove',
        'survey.publish',
      ].sort(),
    );
  });

  it('is for those who manage dialogues, and only until the matter is decided', async () => {
    const d = await openMatter();
    const resident = await person('resident@botkyrka.example');
    const input = { title: 'Enkät', intro: '', anonymous: false };
    expect(await saveSurvey(ctx, resident, d.where, input)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    // Staff of another municipality have no role here.
    const otherStaff = await person('staff@asker.example');
    expect(await saveSurvey(ctx, otherStaff, d.where, input)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    await insertTestSurvey(ctx, staff, d.where);
    await decide(d);
    expect(await saveSurvey(ctx, staff, d.where, input)).toEqual({ ok: false, reason: 'decided' });
    expect(
      await addQuestion(ctx, staff, d.where, {
        prompt: 'Ny',
        kind: 'short',
        required: false,
        page: 1,
        options: [],
      }),
    ).toEqual({ ok: false, reason: 'decided' });
  });

  it('keeps the questions and the anonymity as they were once someone has answered', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    expect((await answerSurvey(ctx, await person(people[0] as string), d.where, valid(s))).ok).toBe(
      true,
    );
    const first = s.questions[0]?.id ?? '';
    expect(await removeQuestion(ctx, staff, d.where, first)).toEqual({
      ok: false,
      reason: 'answered',
    });
    expect(await moveQuestion(ctx, staff, d.where, first, 'down')).toEqual({
      ok: false,
      reason: 'answered',
    });
    expect(
      await saveSurvey(ctx, staff, d.where, { title: 'Enkät', intro: '', anonymous: true }),
    ).toEqual({ ok: false, reason: 'answered' });
    // The title may still be put right.
    expect(
      (await saveSurvey(ctx, staff, d.where, { title: 'Rättad', intro: '', anonymous: false })).ok,
    ).toBe(true);
  });
});

/** The answers every required question of the fixtures' `everyKind` needs, and nothing more. */
function valid(s: { questions: { id: string; prompt: string }[] }): Record<string, string> {
  const id = (prompt: string) => s.questions.find((q) => q.prompt === prompt)?.id ?? '';
  return {
    [fieldOf(id('Bor du i kommunen?'))]: '0',
    [fieldOf(id('Hur viktigt är ärendet för dig?'))]: '4',
  };
}

async function decide(d: { where: { municipalityId: string; matterId: string }; bodyId: string }) {
  const politician = await person('politician@botkyrka.example');
  const decided = await decideMatter(ctx, politician, d.where, {
    bodyId: d.bodyId,
    decidedOn: new Date().toISOString().slice(0, 10),
    text: `Beslut ${d.where.matterId}`,
  });
  if (!decided.ok) throw new Error(decided.reason);
}

describe('answering a survey', () => {
  it('takes one answer per person and writes nothing the second time', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const resident = await person('resident@botkyrka.example');
    expect((await answerSurvey(ctx, resident, d.where, valid(s))).ok).toBe(true);
    expect(await answerSurvey(ctx, resident, d.where, valid(s))).toEqual({
      ok: false,
      reason: 'already',
    });
    const rows = await responses(s.surveyId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.userId).toBe(resident.kind === 'user' ? resident.userId : 'none');
  });

  it('keeps two answers sent at the same moment to one', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const resident = await person('resident@asker.example');
    const results = await Promise.all(
      [1, 2, 3].map(() => answerSurvey(ctx, resident, d.where, valid(s))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual([
      'already',
      'already',
    ]);
    expect(await responses(s.surveyId)).toHaveLength(1);
  });

  it('names each required question left empty and each choice not offered, and writes nothing', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const [single, scale, multiple, short] = s.questions;
    const resident = await person('resident@katrineholm.example');
    const empty = await answerSurvey(ctx, resident, d.where, {
      [fieldOf(short?.id ?? '')]: 'Tumba',
    });
    expect(empty).toEqual({
      ok: false,
      reason: 'invalid',
      fields: {
        [fieldOf(single?.id ?? '')]: 'surveys.error.required',
        [fieldOf(scale?.id ?? '')]: 'surveys.error.required',
      },
    });
    const offered = await answerSurvey(ctx, resident, d.where, {
      [fieldOf(single?.id ?? '')]: '2',
      [fieldOf(scale?.id ?? '')]: '6',
      [optionFieldOf(multiple?.id ?? '', 7)]: 'on',
    });
    expect(offered).toEqual({
      ok: false,
      reason: 'invalid',
      fields: {
        [fieldOf(single?.id ?? '')]: 'surveys.error.choice',
        [fieldOf(scale?.id ?? '')]: 'surveys.error.choice',
      },
    });
    expect(await responses(s.surveyId)).toHaveLength(0);
    const participants = await t.database.db
      .select()
      .from(surveyParticipants)
      .where(eq(surveyParticipants.surveyId, s.surveyId));
    expect(participants).toHaveLength(0);
  });

  it('takes answers only while the dialogue is open, from signed-in people, to a published survey', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const resident = await person('resident@botkyrka.example');
    expect(await answerSurvey(ctx, { kind: 'anonymous' }, d.where, valid(s))).toEqual({
      ok: false,
      reason: 'signIn',
    });
    await t.database.db
      .update(dialogues)
      .set({ closedAt: new Date(Date.now() - 1000) })
      .where(eq(dialogues.id, d.dialogueId));
    expect(await answerSurvey(ctx, resident, d.where, valid(s))).toEqual({
      ok: false,
      reason: 'closed',
    });
    await decide(d);
    expect(await answerSurvey(ctx, resident, d.where, valid(s))).toEqual({
      ok: false,
      reason: 'decided',
    });
    const unpublished = await openMatter();
    const u = await insertTestSurvey(ctx, staff, unpublished.where, { publish: false });
    expect(await answerSurvey(ctx, resident, unpublished.where, valid(u))).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(await responses(s.surveyId)).toHaveLength(0);
  });

  it('stores an anonymous answer without the account or a time, and still only once', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where, { anonymous: true });
    const resident = await person('resident@botkyrka.example');
    const answered = await answerSurvey(ctx, resident, d.where, valid(s));
    expect(answered.ok).toBe(true);
    expect(await answerSurvey(ctx, resident, d.where, valid(s))).toEqual({
      ok: false,
      reason: 'already',
    });
    const [row, ...more] = await responses(s.surveyId);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ userId: null, createdAt: null });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.target, `survey:${s.surveyId}`), eq(auditLog.action, 'survey.answer')),
      );
    expect(JSON.stringify(entry?.details)).not.toContain(row?.id ?? 'no response');
    const csv = surveyCsv(en, { anonymous: true }, s.questions, {
      ...(await responsesForExport(t.database.db, s.surveyId)),
    });
    expect(csv.split('\r\n')[0]).toBe(['response', ...s.questions.map((q) => q.prompt)].join(','));
    expect(csv).not.toContain('@');
  });
});

describe('the results of a survey', () => {
  it('count each choice among those who answered the question, and publish only accepted texts', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const [single, scale, multiple, , long] = s.questions.map((q) => q.id);
    // Five people: the single choice 0,0,1,0,1; the scale 5,4,5,1,5; the multiple choices
    // {0,2}, {2}, none, {0,1,2}, none; a long text from two of them.
    const given = [
      { single: '0', scale: '5', multiple: [0, 2], long: 'Bra förslag' },
      { single: '0', scale: '4', multiple: [2] },
      { single: '1', scale: '5', multiple: [], long: 'Dåligt förslag' },
      { single: '0', scale: '1', multiple: [0, 1, 2] },
      { single: '1', scale: '5', multiple: [] },
    ];
    for (const [i, g] of given.entries()) {
      const values: Record<string, string> = {
        [fieldOf(single ?? '')]: g.single,
        [fieldOf(scale ?? '')]: g.scale,
        ...(g.long ? { [fieldOf(long ?? '')]: g.long } : {}),
      };
      for (const c of g.multiple) values[optionFieldOf(multiple ?? '', c)] = 'on';
      const r = await answerSurvey(ctx, await person(people[i] as string), d.where, values);
      expect(r.ok).toBe(true);
    }
    const results = await loadResults(t.database.db, s.surveyId, s.questions);
    expect(results.responses).toBe(5);
    // Counted by hand from the table above.
    expect(results.tallies.get(single ?? '')).toEqual({
      questionId: single,
      answered: 5,
      rows: [
        { label: 'Ja', count: 3, percent: 60 },
        { label: 'Nej', count: 2, percent: 40 },
      ],
    });
    expect(
      results.tallies.get(scale ?? '')?.rows.map((r) => [r.label, r.count, r.percent]),
    ).toEqual([
      ['1', 1, 20],
      ['2', 0, 0],
      ['3', 0, 0],
      ['4', 1, 20],
      ['5', 3, 60],
    ]);
    // Three answered the multiple choice question: 2 of 3 chose the first, 1 the second, 3 the third.
    expect(results.tallies.get(multiple ?? '')).toEqual({
      questionId: multiple,
      answered: 3,
      rows: [
        { label: 'Trygghet', count: 2, percent: 67 },
        { label: 'Sömn', count: 1, percent: 33 },
        { label: 'Integritet', count: 3, percent: 100 },
      ],
    });
    expect(results.texts.size).toBe(0);
    const pending = await writtenAnswers(t.database.db, s.surveyId, ['pending']);
    expect(pending.map((p) => p.text).sort()).toEqual(['Bra förslag', 'Dåligt förslag']);
    const good = pending.find((p) => p.text === 'Bra förslag')?.id ?? '';
    const bad = pending.find((p) => p.text === 'Dåligt förslag')?.id ?? '';
    const resident = await person('resident@botkyrka.example');
    expect(await moderateAnswer(ctx, resident, d.where, good, 'accepted')).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect((await moderateAnswer(ctx, staff, d.where, good, 'accepted')).ok).toBe(true);
    expect((await moderateAnswer(ctx, staff, d.where, bad, 'hidden')).ok).toBe(true);
    // An answer of another survey is not found through this matter.
    const other = await openMatter();
    await insertTestSurvey(ctx, staff, other.where);
    expect(await moderateAnswer(ctx, staff, other.where, good, 'hidden')).toEqual({
      ok: false,
      reason: 'notFound',
    });
    const after = await loadResults(t.database.db, s.surveyId, s.questions);
    expect(after.texts.get(long ?? '')).toEqual(['Bra förslag']);
  });

  it('download as CSV: one row per response, a column per question, choices joined, formulas disarmed', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const [single, scale, multiple, short] = s.questions.map((q) => q.id);
    const email = 'politician@botkyrka.example';
    const answered = await answerSurvey(ctx, await person(email), d.where, {
      [fieldOf(single ?? '')]: '1',
      [fieldOf(scale ?? '')]: '3',
      [optionFieldOf(multiple ?? '', 0)]: 'on',
      [optionFieldOf(multiple ?? '', 2)]: 'on',
      [fieldOf(short ?? '')]: '=HYPERLINK("http://evil.example")',
    });
    expect(answered.ok).toBe(true);
    const csv = surveyCsv(en, { anonymous: false }, s.questions, {
      ...(await responsesForExport(t.database.db, s.surveyId)),
    });
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(
      'response,account,answered at,Bor du i kommunen?,Hur viktigt är ärendet för dig?,Vad bör prioriteras?,Vilken stadsdel bor du i?,Något mer du vill säga?',
    );
    expect(row).toMatch(
      /^1,politician@botkyrka\.example,\d{4}-\d\d-\d\dT[\d:.]+Z,Nej,3,Trygghet; Integritet,"'=HYPERLINK\(""http:\/\/evil\.example""\)",$/,
    );
    expect(end).toBe('');
  });
});

describe('moderating written answers', () => {
  it('is also the moderators’ work: the answers wait in their queue, in the questions’ order, until decided', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where, { anonymous: true });
    const [, , , short, long] = s.questions.map((q) => q.id);
    const write = async (email: string, words: { short?: string; long?: string }) => {
      const values = valid(s);
      if (words.short) values[fieldOf(short ?? '')] = words.short;
      if (words.long) values[fieldOf(long ?? '')] = words.long;
      const answered = await answerSurvey(ctx, await person(email), d.where, values);
      if (!answered.ok) throw new Error(answered.reason);
    };
    // The long question comes last in the survey, whatever its id; so do its answers.
    await write('resident@botkyrka.example', { long: 'Mer ljus i parken' });
    await write('politician@botkyrka.example', { short: 'Tumba' });
    await write('manager@botkyrka.example', { short: 'Alby', long: 'Fler bänkar' });
    const waiting = await writtenAnswers(t.database.db, s.surveyId, ['pending']);
    // An anonymous survey keeps no time, so within a question the order tells nothing either.
    expect(new Set(waiting.slice(0, 2).map((a) => a.text))).toEqual(new Set(['Tumba', 'Alby']));
    expect(new Set(waiting.slice(2).map((a) => a.text))).toEqual(
      new Set(['Mer ljus i parken', 'Fler bänkar']),
    );
    expect(await writtenAnswers(t.database.db, s.surveyId, ['pending'], 2)).toEqual(
      waiting.slice(0, 2),
    );

    const moderator = await t.signedIn('moderator@botkyrka.example');
    const queue = `/en/municipalities/${m}/moderation?kind=answer&matter=${d.where.matterId}`;
    const listed = await (await moderator.get(queue)).text();
    const items = [...listed.matchAll(/value="answer:([0-9a-f-]{36})"/g)].map((x) => x[1]);
    expect(new Set(items)).toEqual(new Set(waiting.map((a) => a.id)));
    // Each is named as a survey answer; an anonymous survey keeps no time, so none is shown.
    for (const { id } of waiting) {
      const item = listed.split('<li').find((block) => block.includes(`id="item-${id}"`)) ?? '';
      expect(item).toContain(`>${en('moderation.kind.answer')}</label>`);
      expect(item).toMatch(/data-size="sm"><a /);
    }

    const byText = (text: string) => waiting.find((a) => a.text === text)?.id ?? '';
    for (const text of ['Tumba', 'Fler bänkar']) {
      const accepted = await moderator.postForm(queue, {
        items: `answer:${byText(text)}`,
        decision: 'accept',
      });
      expect(accepted.status).toBe(303);
    }
    const rejected = await moderator.postForm(queue, {
      items: `answer:${byText('Alby')}`,
      decision: 'reject',
      reason: 'Personuppgifter',
    });
    expect(rejected.status).toBe(303);
    const results = await loadResults(t.database.db, s.surveyId, s.questions);
    expect(results.texts.get(short ?? '')).toEqual(['Tumba']);
    expect(results.texts.get(long ?? '')).toEqual(['Fler bänkar']);
    const actions = await t.database.db
      .select({ action: auditLog.action, target: auditLog.target })
      .from(auditLog)
      .where(and(eq(auditLog.municipalityId, m), eq(auditLog.action, 'moderation.reject')));
    expect(actions).toContainEqual({
      action: 'moderation.reject',
      target: `answer:${byText('Alby')}`,
    });

    // The moderator reads the survey's answers page, without the builders' links and download.
    const page = await moderator.get(
      `/en/municipalities/${m}/matters/${d.where.matterId}/survey/answers`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Mer ljus i parken');
    expect(html).not.toContain('export.csv');
    expect(
      (await moderator.get(`/en/municipalities/${m}/matters/${d.where.matterId}/survey/export.csv`))
        .status,
    ).toBe(403);

    // Once the matter is decided, its answers stand: out of the queue, and a verdict changes nothing.
    await decide(d);
    const after = await (await moderator.get(queue)).text();
    expect(after).not.toContain(`answer:${byText('Mer ljus i parken')}`);
    const late = await moderator.postForm(queue, {
      items: `answer:${byText('Mer ljus i parken')}`,
      decision: 'accept',
    });
    expect(late.status).toBe(303);
    expect(
      (await writtenAnswers(t.database.db, s.surveyId, ['pending'])).map((a) => a.text),
    ).toEqual(['Mer ljus i parken']);
  });

  it('passes over the answers of another municipality', async () => {
    const d = await openMatter();
    const s = await insertTestSurvey(ctx, staff, d.where);
    const values = valid(s);
    values[fieldOf(s.questions[3]?.id ?? '')] = 'Hallunda';
    expect(
      (await answerSurvey(ctx, await person('resident@asker.example'), d.where, values)).ok,
    ).toBe(true);
    const [answer] = await writtenAnswers(t.database.db, s.surveyId, ['pending']);
    const asker = await t.signedIn('moderator@asker.example');
    const queue = '/en/municipalities/NO-3203/moderation';
    expect(await (await asker.get(`${queue}?kind=answer`)).text()).not.toContain(answer?.id ?? '-');
    const tried = await asker.postForm(queue, {
      items: `answer:${answer?.id}`,
      decision: 'accept',
    });
    expect(tried.status).toBe(303);
    expect(await writtenAnswers(t.database.db, s.surveyId, ['pending'])).toEqual([answer]);
  });
});

describe('a person’s data in surveys', () => {
  it('holds the surveys they answered and their named answers, and forgets the account behind them', async () => {
    const named = await openMatter();
    const anonymous = await openMatter();
    const n = await insertTestSurvey(ctx, staff, named.where);
    const a = await insertTestSurvey(ctx, staff, anonymous.where, { anonymous: true });
    const email = 'admin@katrineholm.example';
    const admin = await person(email);
    const userId = admin.kind === 'user' ? admin.userId : '';
    expect((await answerSurvey(ctx, admin, named.where, valid(n))).ok).toBe(true);
    expect((await answerSurvey(ctx, admin, anonymous.where, valid(a))).ok).toBe(true);
    const data = await surveysPersonalData.export(ctx, { userId, email });
    expect((data.surveysAnswered as { surveyId: string }[]).map((x) => x.surveyId).sort()).toEqual(
      [n.surveyId, a.surveyId].sort(),
    );
    // The two required answers of the named survey; nothing of the anonymous one names them.
    const answers = data.surveyAnswers as { surveyId: string }[];
    expect(answers.map((x) => x.surveyId)).toEqual([n.surveyId, n.surveyId]);
    await surveysPersonalData.forget(ctx, { userId, email });
    const [kept] = await responses(n.surveyId);
    expect(kept).toMatchObject({ userId: null });
    expect(await surveysPersonalData.export(ctx, { userId, email })).toEqual({
      surveysAnswered: [],
      surveyAnswers: [],
    });
  });
});
