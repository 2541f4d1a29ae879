import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { decisionBodies, decisions } from '../../decisions/decisions.schema.ts';
import { externalIdentities } from '../../identity/identity.schema.ts';
import { decideMatter } from './commands/decide-matter.ts';
import { registerMatter } from './commands/register-matter.ts';
import { addSeedStatement, castVote, proposeStatement } from './commands/take-part.ts';
import { actorOf, insertTestMatter } from './dialogues.fixtures.ts';
import { matterInput, statementInput } from './dialogues.inputs.ts';
import { statementsOf } from './dialogues.queries.ts';
import { dialogueParticipants, dialogues, dialogueVotes } from './dialogues.schema.ts';
import type { Voter } from './participants.ts';

let t: TestApp;
const now = new Date('2027-03-10T12:00:00Z');
const m = 'SE-0127';
let ctx: CommandContext;
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => now };
});
afterAll(async () => {
  await t?.close();
});

const visitor = (key: string): Voter => ({ kind: 'visitor', keyHash: sha256(key) });
const anonymous = { kind: 'anonymous' } as const;

async function matterWithSeeds(
  texts: string[],
  dialogue: Parameters<typeof insertTestMatter>[3] = {},
) {
  const ids = await insertTestMatter(t.database.db, m, now, dialogue);
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const seeds: string[] = [];
  for (const text of texts) {
    const r = await addSeedStatement(
      ctx,
      staff,
      { municipalityId: m, matterId: ids.matterId },
      {
        text,
        meta: false,
      },
    );
    if (!r.ok) throw new Error(`seed refused: ${r.reason}`);
    seeds.push(r.value.id);
  }
  return { ...ids, where: { municipalityId: m, matterId: ids.matterId }, seeds };
}

async function votesOf(dialogueId: string) {
  return t.database.db
    .select({ value: dialogueVotes.value })
    .from(dialogueVotes)
    .where(eq(dialogueVotes.dialogueId, dialogueId))
    .orderBy(dialogueVotes.id);
}

describe('a matter and its dialogue', () => {
  const form = {
    title: 'Digital tillsyn',
    summary: 'Kameratillsyn på natten',
    bodyId: '',
    plannedDecisionOn: '2027-04-20',
    question: 'Vad tycker du?',
    opensAt: '2027-03-01T08:00',
    closesAt: '2027-04-19T18:00',
    participation: 'anyone',
    newStatements: 'shown',
  };

  it('reads its times in the municipality and closes after opening, by the decision day', () => {
    const parse = (values: Record<string, string>) =>
      matterInput('Europe/Stockholm').safeParse({
        ...form,
        bodyId: crypto.randomUUID(),
        ...values,
      });
    const parsed = parse({});
    expect(parsed.success && parsed.data.opensAt.toISOString()).toBe('2027-03-01T07:00:00.000Z');
    const messages = (values: Record<string, string>) => {
      const r = parse(values);
      return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    };
    expect(messages({ closesAt: '2027-03-01T08:00' })).toEqual([
      'closesAt:dialogues.error.closesFirst',
    ]);
    // The decision day itself is the last day a dialogue may close on; the day after is refused.
    expect(messages({ closesAt: '2027-04-20T23:00' })).toEqual([]);
    expect(messages({ closesAt: '2027-04-21T00:00' })).toEqual([
      'closesAt:dialogues.error.closesAfterDecision',
    ]);
    expect(messages({ opensAt: '2027-02-30T08:00' })).toEqual(['opensAt:dialogues.error.moment']);
    expect(messages({ participation: 'everyone' })).toEqual(['participation:error.invalid']);
  });

  it('is registered by staff only, before a body of the municipality', async () => {
    const db = t.database.db;
    const { bodyId } = await insertTestMatter(db, m, now);
    const [otherBody] = await db
      .select({ id: decisionBodies.id })
      .from(decisionBodies)
      .where(eq(decisionBodies.municipalityId, 'SE-0483'))
      .limit(1);
    const input = (body: string) => {
      const r = matterInput('Europe/Stockholm').parse({ ...form, bodyId: body });
      return r;
    };
    const resident = await actorOf(db, 'resident@botkyrka.example');
    expect(await registerMatter(ctx, resident, m, input(bodyId))).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    const staff = await actorOf(db, 'staff@botkyrka.example');
    expect(await registerMatter(ctx, staff, m, input(otherBody?.id ?? ''))).toEqual({
      ok: false,
      reason: 'invalid',
      fields: { bodyId: 'dialogues.error.decisionBody' },
    });
    const made = await registerMatter(ctx, staff, m, input(bodyId));
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const [row] = await db.select().from(dialogues).where(eq(dialogues.id, made.value.dialogueId));
    expect(row?.closesAt.toISOString()).toBe('2027-04-19T16:00:00.000Z');
  });
});

describe('votes', () => {
  it('are recorded once per click, a changed vote supersedes and every vote is kept', async () => {
    const { where, seeds, dialogueId } = await matterWithSeeds(['Tillsyn med kamera ger trygghet']);
    const statementId = seeds[0] ?? '';
    const anna = visitor('anna');
    expect(await castVote(ctx, anna, where, { statementId, vote: 'agree' })).toEqual({
      ok: true,
      value: { recorded: true },
    });
    // A double click records nothing more.
    expect(await castVote(ctx, anna, where, { statementId, vote: 'agree' })).toEqual({
      ok: true,
      value: { recorded: false },
    });
    await castVote(ctx, anna, where, { statementId, vote: 'disagree' });
    await castVote(ctx, visitor('bo'), where, { statementId, vote: 'pass' });
    expect((await votesOf(dialogueId)).map((v) => v.value)).toEqual([1, -1, 0]);
    // The log itself cannot be rewritten.
    await expect(
      t.database.db.execute(
        sql`update dialogue_votes set value = 1 where dialogue_id = ${dialogueId}`,
      ),
    ).rejects.toThrow();
  });

  it('are refused before the dialogue opens, after it closes, and on what is not shown here', async () => {
    const planned = await matterWithSeeds(['Ett påstående'], {
      opensAt: new Date(now.getTime() + 86_400_000),
      closesAt: new Date(now.getTime() + 2 * 86_400_000),
    });
    const vote = { statementId: planned.seeds[0] ?? '', vote: 'agree' as const };
    expect(await castVote(ctx, visitor('a'), planned.where, vote)).toMatchObject({
      reason: 'planned',
    });
    const closed = await matterWithSeeds(['Ett annat påstående']);
    // Its closing time has come: the dialogue closes by the clock, not by a write.
    await t.database.db
      .update(dialogues)
      .set({ closesAt: now })
      .where(eq(dialogues.id, closed.dialogueId));
    const closedVote = { statementId: closed.seeds[0] ?? '', vote: 'agree' as const };
    expect(await castVote(ctx, visitor('a'), closed.where, closedVote)).toMatchObject({
      reason: 'closed',
    });
    const open = await matterWithSeeds(['Ett tredje påstående']);
    // A statement of another dialogue, and a matter of another municipality, are not found here.
    expect(await castVote(ctx, visitor('a'), open.where, vote)).toMatchObject({
      reason: 'notFound',
    });
    const elsewhere = { municipalityId: 'SE-0483', matterId: open.matterId };
    const openVote = { statementId: open.seeds[0] ?? '', vote: 'agree' as const };
    expect(await castVote(ctx, visitor('a'), elsewhere, openVote)).toMatchObject({
      reason: 'notFound',
    });
    expect(await votesOf(open.dialogueId)).toEqual([]);
  });

  it('ask visitors to sign in, or to use e-ID, where the dialogue says so', async () => {
    const registered = await matterWithSeeds(['Kräver inloggning'], {
      participation: 'registered',
    });
    const vote = { statementId: registered.seeds[0] ?? '', vote: 'agree' as const };
    expect(await castVote(ctx, visitor('a'), registered.where, vote)).toMatchObject({
      reason: 'signIn',
    });
    const resident = await actorOf(t.database.db, 'resident@botkyrka.example');
    const user: Voter = { kind: 'user', userId: resident.userId };
    expect(await castVote(ctx, user, registered.where, vote)).toMatchObject({ ok: true });
    const eid = await matterWithSeeds(['Kräver e-legitimation'], { participation: 'eid' });
    const eidVote = { statementId: eid.seeds[0] ?? '', vote: 'agree' as const };
    expect(await castVote(ctx, user, eid.where, eidVote)).toMatchObject({ reason: 'eid' });
    expect(await castVote(ctx, visitor('a'), eid.where, eidVote)).toMatchObject({ reason: 'eid' });
    // Once through the municipality's e-ID provider, the same user takes part; elsewhere's is not it.
    await t.database.db.insert(externalIdentities).values({
      userId: resident.userId,
      municipalityId: 'SE-0483',
      issuer: 'https://eid.example',
      subjectHash: sha256('elsewhere'),
    });
    expect(await castVote(ctx, user, eid.where, eidVote)).toMatchObject({ reason: 'eid' });
    await t.database.db.insert(externalIdentities).values({
      userId: resident.userId,
      municipalityId: m,
      issuer: 'https://eid.example',
      subjectHash: sha256('here'),
    });
    expect(await castVote(ctx, user, eid.where, eidVote)).toEqual({
      ok: true,
      value: { recorded: true },
    });
    expect((await votesOf(eid.dialogueId)).map((v) => v.value)).toEqual([1]);
    // Refused voters never became participants: only the one who voted is.
    const [{ n } = { n: -1 }] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(dialogueParticipants)
      .where(eq(dialogueParticipants.dialogueId, eid.dialogueId));
    expect(n).toBe(1);
  });
});

describe('statements', () => {
  it('from participants are refused when the same text is there, however it is written', async () => {
    const { where, dialogueId } = await matterWithSeeds(['Nattillsyn ska vara frivillig']);
    const text = (s: string) => statementInput.parse({ text: s });
    expect(
      await proposeStatement(
        ctx,
        visitor('c'),
        anonymous,
        where,
        text('  NATTILLSYN   ska vara frivillig '),
      ),
    ).toEqual({ ok: false, reason: 'invalid', fields: { text: 'dialogues.error.duplicate' } });
    const made = await proposeStatement(
      ctx,
      visitor('c'),
      anonymous,
      where,
      text('Anhöriga ska få veta'),
    );
    expect(made).toMatchObject({ ok: true, value: { shown: true } });
    expect(
      (await statementsOf(t.database.db, dialogueId)).map((s) => [s.number, s.isSeed]),
    ).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(statementInput.safeParse({ text: 'x'.repeat(281) }).success).toBe(false);
    expect(statementInput.safeParse({ text: '   ' }).success).toBe(false);
  });

  it('wait for a moderator where the dialogue says so', async () => {
    const { where, dialogueId } = await matterWithSeeds(['Ett frö'], {
      newStatements: 'moderated',
    });
    const made = await proposeStatement(ctx, visitor('d'), anonymous, where, {
      text: 'Väntar på granskning',
      meta: false,
    });
    expect(made).toMatchObject({ ok: true, value: { shown: false } });
    expect((await statementsOf(t.database.db, dialogueId)).map((s) => s.text)).toEqual(['Ett frö']);
    expect(await statementsOf(t.database.db, dialogueId, true)).toHaveLength(2);
  });
});

describe('the decision on a matter', () => {
  it('closes its dialogue at once, adopts the matter, and from then on nothing is written', async () => {
    const { where, seeds, bodyId, dialogueId, matterId } = await matterWithSeeds(['Före beslutet']);
    const statementId = seeds[0] ?? '';
    await castVote(ctx, visitor('e'), where, { statementId, vote: 'agree' });
    const politician = await actorOf(t.database.db, 'politician@botkyrka.example');
    const input = { bodyId, decidedOn: '2027-03-10', text: 'Kommunen inför digital tillsyn.' };
    const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
    expect(await decideMatter(ctx, staff, where, input)).toMatchObject({ reason: 'forbidden' });
    const decided = await decideMatter(ctx, politician, where, input);
    expect(decided.ok).toBe(true);
    if (!decided.ok) return;
    const [decision] = await t.database.db
      .select()
      .from(decisions)
      .where(eq(decisions.id, decided.value.decisionId));
    expect(decision?.adopts).toEqual([{ kind: 'matter', id: matterId }]);
    const [dialogue] = await t.database.db
      .select()
      .from(dialogues)
      .where(eq(dialogues.id, dialogueId));
    expect(dialogue?.closedAt?.toISOString()).toBe(now.toISOString());
    expect(
      await castVote(ctx, visitor('e'), where, { statementId, vote: 'disagree' }),
    ).toMatchObject({
      reason: 'decided',
    });
    expect(
      await proposeStatement(ctx, visitor('e'), anonymous, where, {
        text: 'För sent',
        meta: false,
      }),
    ).toMatchObject({ reason: 'decided' });
    expect(
      await addSeedStatement(ctx, staff, where, { text: 'För sent', meta: false }),
    ).toMatchObject({
      reason: 'decided',
    });
    expect(await decideMatter(ctx, politician, where, input)).toMatchObject({ reason: 'decided' });
    expect((await votesOf(dialogueId)).map((v) => v.value)).toEqual([1]);
  });
});
