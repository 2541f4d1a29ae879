import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExport } from '../../../cli/opinion/load.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { sha256 } from '../../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { translator } from '../../../web/i18n/index.ts';
import { addSeedStatement, castVote, proposeStatement } from './commands/take-part.ts';
import { actorOf, insertTestMatter } from './dialogues.fixtures.ts';
import { dialogueStatements } from './dialogues.schema.ts';
import { openDataFiles } from './open-data.ts';
import type { Voter } from './participants.ts';

let t: TestApp;
const m = 'SE-0127';
const T0 = Date.parse('2027-03-10T12:00:00Z');
let clock = T0;
let ctx: CommandContext;
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => new Date(clock) };
});
afterAll(async () => {
  await t?.close();
});

const visitor = (key: string): Voter => ({ kind: 'visitor', keyHash: sha256(key) });
const anonymous = { kind: 'anonymous' } as const;
/** Moves the clock to `s` seconds after noon and gives back the moment in the export's two forms. */
const at = (s: number) => {
  clock = T0 + s * 1000;
  return `${clock},Wed Mar 10 12:00:${String(s).padStart(2, '0')} UTC 2027`;
};

const seedText = 'Kvällsöppet, "om" det behövs\nockså på helger';
const formulaText = '=SUM(A1) är ingen formel';
const rejectedText = 'Det här får inte synas';
const pendingText = 'Väntar på en moderator';

/**
 * A dialogue whose statements wait for a moderator: a seed by staff (0), and one statement by
 * each of three visitors (1, 2, 3); 1 and 2 accepted, 3 still pending. Votes, one of them
 * changed, then 2 rejected. Each step a second after the last.
 */
async function tinyDialogue() {
  const ids = await insertTestMatter(t.database.db, m, new Date(T0), {
    newStatements: 'moderated',
  });
  const where = { municipalityId: m, matterId: ids.matterId };
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const [a, b, c] = [visitor('a'), visitor('b'), visitor('c')];
  const stamps = [at(1)];
  const seed = await addSeedStatement(ctx, staff, where, { text: seedText, meta: false });
  if (!seed.ok) throw new Error(`seed refused: ${seed.reason}`);
  const texts = [formulaText, rejectedText, pendingText];
  const proposed: string[] = [];
  for (const [i, who] of [a, b, c].entries()) {
    stamps.push(at(2 + i));
    const r = await proposeStatement(ctx, who, anonymous, where, { text: texts[i]!, meta: false });
    if (!r.ok) throw new Error(`statement refused: ${r.reason}`);
    proposed.push(r.value.id);
  }
  const status = (id: string, s: string) =>
    t.database.db
      .update(dialogueStatements)
      .set({ status: s })
      .where(eq(dialogueStatements.id, id));
  await status(proposed[0]!, 'accepted');
  await status(proposed[1]!, 'accepted');
  const statement = [seed.value.id, ...proposed];
  const votes: [Voter, number, 'agree' | 'disagree' | 'pass'][] = [
    [a, 0, 'agree'],
    [a, 0, 'disagree'],
    [a, 1, 'agree'],
    [b, 0, 'agree'],
    [b, 1, 'pass'],
    [b, 2, 'disagree'],
    [c, 0, 'disagree'],
    [c, 2, 'agree'],
  ];
  for (const [i, [who, s, vote]] of votes.entries()) {
    stamps.push(at(5 + i));
    const r = await castVote(ctx, who, where, { statementId: statement[s]!, vote });
    if (!r.ok || !r.value.recorded) throw new Error(`vote ${i} not recorded`);
  }
  await status(proposed[1]!, 'rejected');
  return { ...ids, stamps };
}

const api = (municipality: string, matterId: string, file: string) =>
  `/api/v1/municipalities/${municipality}/matters/${matterId}/open-data/${file}`;
const lines = (...rows: string[]) => rows.map((r) => `${r}\r\n`).join('');

describe("a dialogue's open data", () => {
  it('is the four Polis files, with current votes counted and pending statements left out', async () => {
    const { matterId, stamps } = await tinyDialogue();
    const [s0, s1, s2] = stamps;
    const v = stamps.slice(4);
    const get = async (file: string) => {
      const res = await t.client().get(api(m, matterId, file));
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="${m}-matter-${matterId}-${file}"`,
      );
      return res.text();
    };
    const files = Object.fromEntries(
      await Promise.all(openDataFiles.map(async (f) => [f, await get(f)] as const)),
    );
    expect(files['comments.csv']).toBe(
      lines(
        'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,is-meta,is-seed,comment-body',
        `${s0},0,,1,2,1,false,true,"Kvällsöppet, ""om"" det behövs\nockså på helger"`,
        `${s1},1,0,1,0,1,false,false,'=SUM(A1) är ingen formel`,
        `${s2},2,1,1,1,-1,false,false,`,
      ),
    );
    expect(files['votes.csv']).toBe(
      lines(
        'timestamp,datetime,comment-id,voter-id,vote',
        `${v[0]},0,0,1`,
        `${v[1]},0,0,-1`,
        `${v[2]},1,0,1`,
        `${v[3]},0,1,1`,
        `${v[4]},1,1,0`,
        `${v[5]},2,1,-1`,
        `${v[6]},0,2,-1`,
        `${v[7]},2,2,1`,
      ),
    );
    expect(files['participants-votes.csv']).toBe(
      lines(
        'participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2',
        '0,,,1,2,1,1,-1,1,',
        '1,,,1,3,1,1,1,0,-1',
        '2,,,0,2,1,1,-1,,1',
      ),
    );
    expect(files['summary.csv']).toBe(
      lines(
        'topic,Vad tycker du om digital tillsyn på natten?',
        `url,/sv/municipalities/${m}/matters/${matterId}`,
        'voters,3',
        'commenters,2',
        'comments,3',
        'conversation-description,Ska hemtjänsten erbjuda tillsyn med kamera på natten?',
      ),
    );
    for (const text of Object.values(files)) {
      expect(text).not.toContain(pendingText);
      expect(text).not.toContain(rejectedText);
    }
    // The opinion CLI reads the texts as they were written, the formula's guard taken off.
    const dir = mkdtempSync(join(tmpdir(), 'open-data-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const loaded = loadExport(dir);
      expect(loaded.texts).toEqual([seedText, formulaText, '']);
      expect(loaded.conversation.statements.map((s) => s.moderatedOut)).toEqual([
        false,
        false,
        true,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('of a dialogue not yet open is its statements and no votes', async () => {
    const week = 7 * 86_400_000;
    const ids = await insertTestMatter(t.database.db, m, new Date(T0), {
      opensAt: new Date(T0 + week),
      closesAt: new Date(T0 + 2 * week),
    });
    const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
    const stamp = at(30);
    const where = { municipalityId: m, matterId: ids.matterId };
    expect((await addSeedStatement(ctx, staff, where, { text: 'Ett frö', meta: true })).ok).toBe(
      true,
    );
    const text = async (file: string) => (await t.client().get(api(m, ids.matterId, file))).text();
    expect(await text('comments.csv')).toContain(`\r\n${stamp},0,,0,0,1,true,true,Ett frö\r\n`);
    expect(await text('votes.csv')).toBe(lines('timestamp,datetime,comment-id,voter-id,vote'));
    expect(await text('participants-votes.csv')).toBe(
      lines('participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,0'),
    );
  });

  it('is linked from the matter page with the command that recomputes the map', async () => {
    const { matterId } = await insertTestMatter(t.database.db, m, new Date());
    const html = await (await t.client().get(`/sv/municipalities/${m}/matters/${matterId}`)).text();
    const sv = translator('sv');
    expect(html).toContain(`>${sv('dialogues.openData.title')}</h2>`);
    for (const file of openDataFiles) {
      expect(html).toContain(`href="${api(m, matterId, file)}" download=""`);
      expect((await t.client().get(api(m, matterId, file))).status).toBe(200);
    }
    expect(html).toContain(sv('dialogues.openData.recompute'));
    expect(html).toContain('<code>npx samskap opinion analyze &lt;mapp&gt; --mode stable</code>');
  });
});

describe("a dialogue's open data asked for wrongly", () => {
  it('is not found, as a problem document, and never a server error', async () => {
    const { matterId } = await insertTestMatter(t.database.db, m, new Date());
    const paths = [
      api(m, matterId, 'secrets.csv'),
      api(m, matterId, 'COMMENTS.CSV'),
      api(m, matterId, 'comments.csv.bak'),
      api(m, matterId, '..%2F..%2Fetc%2Fpasswd'),
      api(m, matterId, 'comments.csv%20'),
      api('SE-0483', matterId, 'comments.csv'),
      api('XX-9999', matterId, 'comments.csv'),
      api(m, 'not-a-uuid', 'votes.csv'),
      api(m, '0'.repeat(36), 'votes.csv'),
      api(m, `${matterId}0`, 'votes.csv'),
      api(m, "'%20OR%20'1'%3D'1", 'votes.csv'),
      api(m, crypto.randomUUID(), 'votes.csv'),
    ];
    for (const path of paths) {
      const res = await t.client().get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
    }
  });
});
