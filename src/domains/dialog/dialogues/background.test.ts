import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { translator } from '../../../web/i18n/index.ts';
import { deleteExpiredBackgrounds } from './background.queries.ts';
import { answerBackground } from './commands/background.ts';
import { decideMatter } from './commands/decide-matter.ts';
import { addSeedStatement, castVote } from './commands/take-part.ts';
import { actorOf, insertTestMatter } from './dialogues.fixtures.ts';
import { dialogues, participantBackgrounds } from './dialogues.schema.ts';

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

const visitor = (key: string) => ({ kind: 'visitor' as const, keyHash: sha256(key) });

/** An open dialogue asking both questions, with one seed statement. */
async function askingDialogue() {
  const ids = await insertTestMatter(t.database.db, m, new Date());
  await t.database.db
    .update(dialogues)
    .set({ background: { ageBand: true, districts: ['Tumba', 'Alby'] } })
    .where(eq(dialogues.id, ids.dialogueId));
  const where = { municipalityId: m, matterId: ids.matterId };
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const seed = await addSeedStatement(ctx, staff, where, { text: 'Ett påstående', meta: false });
  if (!seed.ok) throw new Error(seed.reason);
  return { ...ids, where, statementId: seed.value.id };
}

const answers = (dialogueId: string) =>
  t.database.db
    .select({ district: participantBackgrounds.district, ageBand: participantBackgrounds.ageBand })
    .from(participantBackgrounds)
    .where(eq(participantBackgrounds.dialogueId, dialogueId));

describe('the background questions of a dialogue', () => {
  it('take one answer from a participant, only among the offered ones, and nothing from others', async () => {
    const d = await askingDialogue();
    const [voter, other] = [visitor('bg-1'), visitor('bg-2')];
    // Not a participant yet: nothing to attach the answers to.
    expect(await answerBackground(ctx, voter, d.where, { ageBand: '30to44' })).toMatchObject({
      ok: false,
      reason: 'notParticipant',
    });
    await castVote(ctx, voter, d.where, { statementId: d.statementId, vote: 'agree' });
    const bads: Record<string, string>[] = [
      { ageBand: '31to44' },
      { district: 'Stockholm' },
      { district: '<script>' },
    ];
    for (const bad of bads) {
      expect(await answerBackground(ctx, voter, d.where, bad)).toMatchObject({ reason: 'invalid' });
    }
    expect(await answers(d.dialogueId)).toEqual([]);
    expect(
      await answerBackground(ctx, voter, d.where, { ageBand: '30to44', district: 'Alby' }),
    ).toEqual({ ok: true, value: true });
    // Once: a second answer changes nothing.
    await answerBackground(ctx, voter, d.where, { ageBand: '80plus', district: 'Tumba' });
    expect(await answers(d.dialogueId)).toEqual([{ district: 'Alby', ageBand: '30to44' }]);
    // "Rather not say" is an answer too: nothing recorded but that it was asked.
    await castVote(ctx, other, d.where, { statementId: d.statementId, vote: 'pass' });
    await answerBackground(ctx, other, d.where, {});
    expect(await answers(d.dialogueId)).toHaveLength(2);
    // Another municipality's matter is not found.
    expect(
      await answerBackground(ctx, voter, { ...d.where, municipalityId: 'NO-3203' }, {}),
    ).toMatchObject({ reason: 'notFound' });
  });

  it('are counted in the report, a group of fewer than 5 shown as such', async () => {
    const d = await askingDialogue();
    for (let i = 0; i < 7; i++) {
      const v = visitor(`report-${i}`);
      await castVote(ctx, v, d.where, { statementId: d.statementId, vote: 'agree' });
      // Six in Tumba aged 30–44, one in Alby aged 80 or older.
      await answerBackground(
        ctx,
        v,
        d.where,
        i < 6 ? { ageBand: '30to44', district: 'Tumba' } : { ageBand: '80plus', district: 'Alby' },
      );
    }
    const html = await (
      await t.client().get(`/en/municipalities/${m}/matters/${d.matterId}/report`)
    ).text();
    const row = (label: string, count: string) =>
      new RegExp(`<th scope="row"[^>]*>${label}</th><td class="num"[^>]*>${count}</td>`);
    expect(html).toMatch(row('30–44', '6'));
    expect(html).toMatch(row('80 or older', en('dialogues.report.fewer')));
    expect(html).toMatch(row('Tumba', '6'));
    expect(html).toMatch(row('Alby', en('dialogues.report.fewer')));
    // None is not a small group: 0 is shown.
    expect(html).toMatch(row('Under 18', '0'));
  });

  it('are deleted the set number of months after the decision, and not before', async () => {
    const d = await askingDialogue();
    const v = visitor('retention');
    await castVote(ctx, v, d.where, { statementId: d.statementId, vote: 'agree' });
    await answerBackground(ctx, v, d.where, { ageBand: '18to29' });
    const politician = await actorOf(t.database.db, 'politician@botkyrka.example');
    const decided = new Date();
    await decideMatter(ctx, politician, d.where, {
      bodyId: d.bodyId,
      decidedOn: decided.toISOString().slice(0, 10),
      text: 'Beslutat.',
    });
    const admin = await t.signedIn('admin@botkyrka.example');
    const settings = `/en/municipalities/${m}/matters/settings`;
    for (const bad of ['0', '37', '2.5', 'x', '']) {
      expect((await admin.postForm(settings, { retentionMonths: bad })).status).toBe(422);
    }
    const staff = await t.signedIn('staff@botkyrka.example');
    expect((await staff.postForm(settings, { retentionMonths: '2' })).status).toBe(403);
    expect((await admin.postForm(settings, { retentionMonths: '2' })).status).toBe(303);
    const day = 86_400_000;
    // Two calendar months are 59 to 62 days: kept after 58 days, gone after 63.
    await deleteExpiredBackgrounds(t.database.db, new Date(decided.getTime() + 58 * day));
    expect(await answers(d.dialogueId)).toHaveLength(1);
    await deleteExpiredBackgrounds(t.database.db, new Date(decided.getTime() + 63 * day));
    expect(await answers(d.dialogueId)).toHaveLength(0);
  });
});
