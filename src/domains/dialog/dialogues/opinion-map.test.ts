import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticConversation } from '../../../engines/opinion/synthetic.ts';
import type { Conversation } from '../../../engines/opinion/types.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { addSeedStatement, castVote } from './commands/take-part.ts';
import { conversationOf } from './conversation.ts';
import { actorOf, insertTestMatter } from './dialogues.fixtures.ts';
import { claimMap, publishedStatements, storedMap, voteLog } from './dialogues.queries.ts';
import { dialogueMaps, dialogueStatements } from './dialogues.schema.ts';
import { MAP_POLL_MS, MapRefresher, refreshMaps, startMapWorker } from './map-worker.ts';
import { computeMap, type DialogueMap } from './opinion-map.ts';

let t: TestApp;
let ctx: CommandContext;
const now = new Date('2027-05-04T10:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => now };
});
afterAll(async () => {
  await t?.close();
});

const names = ['agree', 'disagree', 'pass'] as const;
const nameOf = (v: number) => names[v > 0 ? 0 : v < 0 ? 1 : 2];

/**
 * A dialogue whose votes come from the engine's generator with two planted groups (of known
 * size), cast through the vote command as visitors, in the generator's order.
 */
async function plantedDialogue() {
  const planted = syntheticConversation({
    participants: 40,
    statements: 12,
    votes: 40 * 12,
    groups: 2,
    agreement: 0.95,
    passRate: 0.02,
    seed: 7,
  });
  const ids = await insertTestMatter(t.database.db, 'SE-0127', now);
  const where = { municipalityId: 'SE-0127', matterId: ids.matterId };
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const statementIds: string[] = [];
  for (let c = 0; c < 12; c++) {
    const made = await addSeedStatement(ctx, staff, where, { text: `Påstående ${c}`, meta: false });
    if (!made.ok) throw new Error(made.reason);
    statementIds.push(made.value.id);
  }
  const { participant, statement, value } = planted.conversation.votes;
  for (let i = 0; i < participant.length; i++) {
    const voter = { kind: 'visitor' as const, keyHash: sha256(`p${participant[i]}`) };
    const statementId = statementIds[statement[i] ?? 0] ?? '';
    await castVote(ctx, voter, where, { statementId, vote: nameOf(value[i] ?? 0) });
  }
  const sizes = [0, 0];
  for (const g of planted.truth) sizes[g] = (sizes[g] ?? 0) + 1;
  return { ...ids, where, statementIds, sizes, planted };
}

describe('the opinion map of a dialogue', () => {
  it('finds the planted groups from the stored votes, and is computed once per new vote', async () => {
    const d = await plantedDialogue();
    expect(await refreshMaps(t.database.db, () => now)).toBeGreaterThanOrEqual(1);
    const stored = await storedMap(t.database.db, d.dialogueId);
    const map = stored?.map as DialogueMap;
    expect(map.participants).toBe(40);
    expect(map.groups.map((g) => g.members).sort()).toEqual([...d.sizes].sort());
    // Every in-conversation participant sits in one base cluster.
    expect(map.points.reduce((n, p) => n + p.size, 0)).toBe(map.inConversation);
    // Counts are the current votes, as the generator cast them (one vote per cell).
    const first = map.statements.find((s) => s.number === 0);
    let agree = 0;
    const { statement, value } = d.planted.conversation.votes;
    for (let i = 0; i < statement.length; i++)
      if (statement[i] === 0 && (value[i] ?? 0) > 0) agree++;
    expect(first?.counts.agree).toBe(agree);
    // Nothing new: nothing computed. A new vote: computed again.
    expect(await refreshMaps(t.database.db, () => now)).toBe(0);
    const voter = { kind: 'visitor' as const, keyHash: sha256('newcomer') };
    await castVote(ctx, voter, d.where, { statementId: d.statementIds[0] ?? '', vote: 'agree' });
    expect(await refreshMaps(t.database.db, () => now)).toBe(1);
    const after = (await storedMap(t.database.db, d.dialogueId))?.map as DialogueMap | undefined;
    expect(after?.participants).toBe(41);
  });

  it('is left to the process that claimed it, and leaves statements waiting for a moderator out', async () => {
    const d = await plantedDialogue();
    // Another process claimed it a moment ago: this one does not compute it.
    expect(
      await claimMap(t.database.db, d.dialogueId, new Date(Date.now() + 60_000), new Date()),
    ).toBe(true);
    await refreshMaps(t.database.db, () => now);
    expect((await storedMap(t.database.db, d.dialogueId))?.map ?? null).toBeNull();
    // Its claim runs out: the next round takes it over.
    await t.database.db
      .update(dialogueMaps)
      .set({ claimedUntil: new Date(Date.now() - 1000) })
      .where(eq(dialogueMaps.dialogueId, d.dialogueId));
    await t.database.db
      .update(dialogueStatements)
      .set({ status: 'pending' })
      .where(eq(dialogueStatements.id, d.statementIds[11] ?? ''));
    await refreshMaps(t.database.db, () => now);
    const map = (await storedMap(t.database.db, d.dialogueId))?.map as DialogueMap;
    expect(map.statements.map((s) => s.number)).toEqual([...Array(11).keys()]);
  });

  it('stays with the process that computed it, which shows new votes at once and the full analysis once it ends', async () => {
    const d = await plantedDialogue();
    // The second analysis waits until the test lets it end.
    let calls = 0;
    let open = () => {};
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const compute = async (conversation: Conversation) => {
      if (calls++ === 1) await gate;
      return computeMap(conversation);
    };
    let ended = () => {};
    const secondEnded = new Promise<void>((r) => {
      ended = r;
    });
    const held = new MapRefresher(t.database.db, compute, {
      keep: true,
      minRestMs: 0,
      // The log is read a few votes at a time.
      readSlice: 7,
      analysed: () => {
        if (calls === 2) ended();
      },
    });
    const clock = () => new Date();
    expect((await held.refresh(clock)).computed).toBe(1);
    const first = (await storedMap(t.database.db, d.dialogueId))?.map as DialogueMap;
    expect(first.analysedThrough).toBeUndefined();
    // Another process leaves it alone while this one holds it, even with new votes.
    const voter = { kind: 'visitor' as const, keyHash: sha256('held') };
    const statementId = d.statementIds[2] ?? '';
    await castVote(ctx, voter, d.where, { statementId, vote: 'disagree' });
    expect(await refreshMaps(t.database.db, clock)).toBe(0);
    await castVote(ctx, voter, d.where, { statementId, vote: 'agree' });
    const whole = async () =>
      computeMap(
        conversationOf(
          await publishedStatements(t.database.db, d.dialogueId),
          await voteLog(t.database.db, d.dialogueId),
        ),
      );
    const now = JSON.parse(JSON.stringify(await whole())) as DialogueMap;
    // The holder starts the next analysis and stores the last one with the counts of every vote.
    expect((await held.refresh(clock)).computed).toBe(1);
    const ahead = await storedMap(t.database.db, d.dialogueId);
    const aheadMap = ahead?.map as DialogueMap;
    expect(aheadMap.analysedThrough).toBeLessThan(ahead?.votesSeen ?? 0);
    expect(aheadMap.statements.map((s) => s.counts)).toEqual(now.statements.map((s) => s.counts));
    expect(aheadMap.groups).toEqual(first.groups);
    expect(aheadMap.participants).toBe(40);
    // Once the analysis ends, the stored map is the map of the whole log, as computed from scratch.
    open();
    await secondEnded;
    expect((await held.refresh(clock)).computed).toBe(1);
    expect((await storedMap(t.database.db, d.dialogueId))?.map).toEqual(now);
    expect(now.participants).toBe(41);
    expect((await held.refresh(clock)).computed).toBe(0);
    // Let go, another process takes it: it shows the new counts on the stored map at once,
    // before its own first analysis ends.
    await held.release();
    await castVote(ctx, voter, d.where, { statementId, vote: 'pass' });
    const never = new Promise<DialogueMap>(() => {});
    const next = new MapRefresher(t.database.db, () => never, { keep: true });
    expect((await next.refresh(clock)).computed).toBe(1);
    const taken = (await storedMap(t.database.db, d.dialogueId))?.map as DialogueMap;
    expect(taken.analysedThrough).toBeDefined();
    expect(taken.groups).toEqual(now.groups);
    expect(taken.statements.map((s) => s.counts)).toEqual(
      (await whole()).statements.map((s) => s.counts),
    );
    await next.release();
  });

  it('is held by a server from its start, before the next vote, without being analysed again', async () => {
    const d = await plantedDialogue();
    await refreshMaps(t.database.db, () => now);
    const before = await storedMap(t.database.db, d.dialogueId);
    const claimOf = async () =>
      (
        await t.database.db
          .select({ until: dialogueMaps.claimedUntil })
          .from(dialogueMaps)
          .where(eq(dialogueMaps.dialogueId, d.dialogueId))
      )[0]?.until ?? null;
    expect(await claimOf()).toBeNull();
    const server = new MapRefresher(t.database.db, computeMap, { keep: true });
    try {
      // No new vote, yet the starting server holds the open dialogue and has read its log.
      await server.refresh(() => now);
      expect((await claimOf())?.getTime() ?? 0).toBeGreaterThan(now.getTime());
      const unchanged = await storedMap(t.database.db, d.dialogueId);
      expect(unchanged?.computedAt).toEqual(before?.computedAt);
      // The next vote is on the map in the next round.
      const voter = { kind: 'visitor' as const, keyHash: sha256('first after start') };
      await castVote(ctx, voter, d.where, { statementId: d.statementIds[3] ?? '', vote: 'agree' });
      const last = (await voteLog(t.database.db, d.dialogueId)).at(-1)?.id ?? 0;
      await server.refresh(() => now);
      expect(Number((await storedMap(t.database.db, d.dialogueId))?.votesSeen)).toBe(last);
    } finally {
      await server.release();
    }
  });

  it('is kept current by the running worker, which looks for new votes every second', async () => {
    const d = await plantedDialogue();
    const worker = startMapWorker({ database: t.database, logger: pino({ level: 'silent' }) });
    try {
      const voter = { kind: 'visitor' as const, keyHash: sha256('late') };
      await castVote(ctx, voter, d.where, { statementId: d.statementIds[1] ?? '', vote: 'pass' });
      const last = (await voteLog(t.database.db, d.dialogueId)).at(-1)?.id ?? 0;
      // Nothing announces the vote: the worker finds it on one of its looks.
      const deadline = performance.now() + 20 * MAP_POLL_MS;
      let seen = 0;
      while (seen < last && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = Number((await storedMap(t.database.db, d.dialogueId))?.votesSeen ?? 0);
      }
      expect(seen).toBe(last);
    } finally {
      await worker.stop();
    }
  });

  it('is a page that says the result first, draws it, and says it in tables too', async () => {
    const d = await plantedDialogue();
    const page = `/en/municipalities/SE-0127/matters/${d.matterId}/map`;
    // Before the map is computed, the page says what it waits for.
    expect(await (await t.client().get(page)).text()).toContain(
      'The map appears once 7 people have voted.',
    );
    await refreshMaps(t.database.db, () => now);
    const html = await (await t.client().get(page)).text();
    expect(html).toContain('40 people have voted. They form 2 groups');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html.match(/<circle /g)?.length ?? 0).toBeGreaterThan(1);
    for (const size of d.sizes)
      expect(html).toContain(`participants</h3>`.replace('participants', `${size} participants`));
    expect(
      (await t.client().get(`/en/municipalities/SE-0483/matters/${d.matterId}/map`)).status,
    ).toBe(404);
  });
});
