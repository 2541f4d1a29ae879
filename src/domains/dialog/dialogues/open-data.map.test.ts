import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOpinionCommand } from '../../../cli/opinion.ts';
import { analyze } from '../../../engines/opinion/analyze.ts';
import { type OpinionReport, toReport } from '../../../engines/opinion/report.ts';
import { syntheticConversation } from '../../../engines/opinion/synthetic.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { addSeedStatement, castVote, proposeStatement } from './commands/take-part.ts';
import { conversationOf } from './conversation.ts';
import { actorOf, insertTestMatter } from './dialogues.fixtures.ts';
import type { VoteName } from './dialogues.inputs.ts';
import { statementsOf, voteLog } from './dialogues.queries.ts';
import { dialogueStatements } from './dialogues.schema.ts';
import { refreshMaps } from './map-worker.ts';
import { openDataFiles } from './open-data.ts';
import type { Voter } from './participants.ts';

let t: TestApp;
const m = 'SE-0127';
const T0 = Date.parse('2027-03-10T12:00:00Z');
let clock = T0;
let ctx: CommandContext;
const made: string[] = [];
beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://samskap.example' } });
  // Every moment asked for is a millisecond after the last, as votes cast one after another are.
  ctx = { db: t.database.db, now: () => new Date(clock++) };
});
afterAll(async () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

const voter = (i: number): Voter => ({ kind: 'visitor', keyHash: sha256(`p${i}`) });
const anonymous = { kind: 'anonymous' } as const;
const names: Record<number, VoteName> = { 1: 'agree', [-1]: 'disagree', 0: 'pass' };

/**
 * A dialogue built as residents and staff build one: a synthetic conversation with three planted
 * groups (60 participants, 15 statements, 9 votes each) written through the commands, the first
 * six statements staff's seeds and the rest participants', with a meta seed between them, some
 * votes changed before the final one, and a statement rejected after it was voted on.
 */
async function plantedDialogue() {
  const syn = syntheticConversation({
    participants: 60,
    statements: 15,
    votes: 540,
    groups: 3,
    seed: 11,
  });
  const { matterId, dialogueId } = await insertTestMatter(t.database.db, m, new Date(T0));
  const where = { municipalityId: m, matterId };
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const ids: string[] = [];
  const written = (r: { ok: true; value: { id: string } } | { ok: false; reason: string }) => {
    if (!r.ok) throw new Error(`statement refused: ${r.reason}`);
    return r.value.id;
  };
  let meta = '';
  for (let c = 0; c < syn.conversation.statements.length; c++) {
    const text = `Påstående ${c}: ${c % 4 === 0 ? 'kvällsöppet, "om" möjligt' : 'fler bänkar'}`;
    ids.push(
      c < 6
        ? written(await addSeedStatement(ctx, staff, where, { text, meta: false }))
        : written(
            await proposeStatement(ctx, voter(c * 7), anonymous, where, { text, meta: false }),
          ),
    );
    if (c === 3) {
      const about = { text: 'Jag förstår vad dialogen handlar om', meta: true };
      meta = written(await addSeedStatement(ctx, staff, where, about));
    }
  }
  const rejected = written(
    await proposeStatement(ctx, voter(59), anonymous, where, {
      text: 'Bort med allt',
      meta: false,
    }),
  );
  const vote = async (who: number, statementId: string, value: VoteName) => {
    const r = await castVote(ctx, voter(who), where, { statementId, vote: value });
    if (!r.ok || !r.value.recorded) throw new Error(`vote by ${who} not recorded`);
  };
  const { participant, statement, value } = syn.conversation.votes;
  for (let k = 0; k < value.length; k++) {
    const [u, c, v] = [participant[k]!, statement[k]!, value[k]!];
    // Every ninth vote is first cast otherwise, then changed: the later one counts.
    if (k % 9 === 4) await vote(u, ids[c]!, v === 1 ? 'disagree' : 'agree');
    await vote(u, ids[c]!, names[v]!);
    if (k % 11 === 0) await vote(u, meta, 'agree');
    if (k % 13 === 0) await vote(u, rejected, u % 2 === 0 ? 'agree' : 'disagree');
  }
  await t.database.db
    .update(dialogueStatements)
    .set({ status: 'rejected' })
    .where(eq(dialogueStatements.id, rejected));
  return { matterId, dialogueId };
}

async function analyzeFolder(...args: string[]): Promise<OpinionReport> {
  let out = '';
  let err = '';
  const code = await runOpinionCommand(['analyze', ...args], {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as OpinionReport;
}

describe("a dialogue's open data", () => {
  it('gives anyone who runs the opinion CLI on it exactly the map of the dialogue itself', {
    timeout: 180_000,
  }, async () => {
    const { matterId, dialogueId } = await plantedDialogue();
    const dir = mkdtempSync(join(tmpdir(), 'open-data-map-'));
    made.push(dir);
    const visitor = t.client();
    for (const file of openDataFiles) {
      const res = await visitor.get(
        `/api/v1/municipalities/${m}/matters/${matterId}/open-data/${file}`,
      );
      expect(res.status, file).toBe(200);
      writeFileSync(join(dir, file), await res.text());
    }
    const fromExport = await analyzeFolder(dir, '--json', '--mode', 'stable');

    // The dialogue's own map, from its rows: every statement shown or rejected, every vote.
    const statements = (await statementsOf(t.database.db, dialogueId, true)).filter(
      (s) => s.status !== 'pending',
    );
    const log = await voteLog(t.database.db, dialogueId);
    const conversation = conversationOf(statements, log);
    const ownMap = (mode: 'polis' | 'stable') =>
      toReport(
        analyze(conversation, { mode }),
        conversation.participantIds,
        conversation.statements.map((s) => s.id),
      );
    const own = ownMap('stable');

    expect(own.groups.length).toBeGreaterThanOrEqual(2);
    expect(own.participants).toBe(60);
    expect(conversation.statements.filter((s) => s.meta)).toHaveLength(1);
    expect(conversation.statements.filter((s) => s.moderatedOut)).toHaveLength(1);
    expect(own.votes).toBeLessThan(log.length);
    expect(fromExport.groups).toEqual(own.groups);
    expect(fromExport.assignments).toEqual(own.assignments);
    expect(fromExport.consensus).toEqual(own.consensus);
    expect(fromExport.groupAwareConsensus).toEqual(own.groupAwareConsensus);
    expect(fromExport.bridging).toEqual(own.bridging);
    expect(fromExport.priority).toEqual(own.priority);
    expect(fromExport).toEqual(own);
    // And in Polis's own procedure, which depends on the order participants joined in.
    expect(await analyzeFolder(dir, '--json')).toEqual(ownMap('polis'));
    const summary = await (
      await visitor.get(`/api/v1/municipalities/${m}/matters/${matterId}/open-data/summary.csv`)
    ).text();
    expect(summary).toContain(
      `\r\nurl,https://samskap.example/sv/municipalities/${m}/matters/${matterId}\r\n`,
    );
    expect(summary).toContain('\r\nvoters,60\r\n');
    // Before a map is computed the summary says nothing of groups; after, what the analysis found.
    expect(summary).not.toContain('groups,');
    await refreshMaps(t.database.db);
    const analysed = await (
      await visitor.get(`/api/v1/municipalities/${m}/matters/${matterId}/open-data/summary.csv`)
    ).text();
    expect(analysed).toContain(`\r\nvoters,60\r\nvoters-in-conv,${own.inConv.length}\r\n`);
    expect(analysed).toContain(`\r\ngroups,${own.groups.length}\r\n`);
  });
});
