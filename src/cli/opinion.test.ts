import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../engines/opinion/analyze.ts';
import { type OpinionReport, toReport } from '../engines/opinion/report.ts';
import { loadExport } from './opinion/load.ts';
import { runOpinionCommand } from './opinion.ts';

const OPEN = join(import.meta.dirname, '../../reference-data/polis/open-data');
const COMMENTS = 'timestamp,comment-id,author-id,moderated,comment-body\n';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runOpinionCommand(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'opinion-'));
  made.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A small valid conversation: `n` participants, statements 0..2, everyone votes on all. */
function votes(n: number, extra = ''): string {
  let s = 'timestamp,datetime,comment-id,voter-id,vote\n';
  for (let p = 0; p < n; p++) {
    for (let c = 0; c < 3; c++) s += `${p * 3 + c},x,${c},${p},${(p + c) % 3 === 0 ? 1 : -1}\n`;
  }
  return s + extra;
}
const comments3 = `${COMMENTS}1,0,0,1,First\n2,1,0,1,"Second, with comma"\n3,2,0,1,Third\n`;

describe('samskap opinion', () => {
  it('prints help and rejects bad usage', async () => {
    expect((await run('--help')).code).toBe(0);
    expect((await run('--help')).out).toContain('samskap opinion analyze DIR');
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('analyze')).code).toBe(2);
    expect((await run('analyze', 'a', '--yaml')).code).toBe(2);
    expect((await run('analyze', 'a', '--mode')).code).toBe(2);
    const fast = await run('analyze', 'a', '--mode', 'fast');
    expect(fast.code).toBe(2);
    expect(fast.err).toContain('--mode takes polis or stable, not "fast".');
  });

  it('computes the map in stable mode with --mode stable, and in Polis mode by default', async () => {
    const dir = join(OPEN, 'london.youth.policing');
    const conv = loadExport(dir).conversation;
    const ids = conv.statements.map((s) => s.id);
    const expected = (mode: 'polis' | 'stable') =>
      JSON.parse(JSON.stringify(toReport(analyze(conv, { mode }), conv.participantIds, ids)));
    const stable = await run('analyze', '--mode', 'stable', dir, '--json');
    expect(stable.code).toBe(0);
    expect(JSON.parse(stable.out)).toEqual(expected('stable'));
    const polis = await run('analyze', dir, '--json', '--mode', 'polis');
    expect(JSON.parse(polis.out)).toEqual(expected('polis'));
    expect(JSON.parse((await run('analyze', dir, '--json')).out)).toEqual(expected('polis'));
  });

  it('summarises an open-data conversation and gives JSON with export ids', async () => {
    const dir = join(OPEN, 'bg2050-volunteers');
    const text = await run('analyze', dir);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Group 0');
    expect(text.out).toContain('Top bridging statements');
    const res = await run('analyze', dir, '--json');
    expect(res.code).toBe(0);
    expect(res.out).not.toMatch(/NaN|null/);
    const r = JSON.parse(res.out) as OpinionReport;
    expect(r.participants).toBe(126);
    expect(r.statements).toBe(371);
    expect(r.groups.length).toBe(2);
    expect(r.groups.reduce((n, g) => n + g.members, 0)).toBe(Object.keys(r.assignments).length);
    expect(r.inConv.length).toBe(Object.keys(r.assignments).length);
    expect(Object.keys(r.priority)).toContain('205');
    expect(r.groups[0]!.representative[0]).toHaveProperty('direction');
    // Deterministic: the same input gives the same output.
    expect((await run('analyze', dir, '--json')).out).toBe(res.out);
  });

  it('works from participants-votes.csv when there is no votes.csv', async () => {
    const pv = `participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n${Array.from(
      { length: 20 },
      (_, p) => `${p},,0,3,0,0,${p % 2 ? 1 : -1},${p % 3 ? 1 : 0},-1`,
    ).join('\n')}\n`;
    const r = await run(
      'analyze',
      folder({ 'comments.csv': comments3, 'participants-votes.csv': pv }),
      '--json',
    );
    expect(r.err).toBe('');
    expect((JSON.parse(r.out) as OpinionReport).votes).toBe(60);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a missing folder', {}, /comments\.csv: file not found/],
    [
      'a 0-byte comments file',
      { 'comments.csv': '', 'votes.csv': votes(3) },
      /comments\.csv: file is empty/,
    ],
    [
      'a 0-byte votes file',
      { 'comments.csv': comments3, 'votes.csv': '' },
      /votes\.csv: file is empty/,
    ],
    ['no votes file at all', { 'comments.csv': comments3 }, /votes\.csv: file not found/],
    [
      'a row with too many fields',
      { 'comments.csv': comments3, 'votes.csv': votes(2, '99,x,1,5,1,7\n') },
      /votes\.csv:8: row has 6 fields, header has 5/,
    ],
    [
      'an unclosed quote',
      { 'comments.csv': `${COMMENTS}1,0,0,1,"never closed\n`, 'votes.csv': votes(2) },
      /comments\.csv.*malformed CSV/,
    ],
    [
      'an unknown vote value',
      { 'comments.csv': comments3, 'votes.csv': votes(1, '9,x,1,4,2\n') },
      /votes\.csv:5: unknown vote value "2"/,
    ],
    [
      'an unknown statement',
      { 'comments.csv': comments3, 'votes.csv': votes(1, '9,x,7,4,1\n') },
      /votes\.csv:5: unknown comment-id "7"/,
    ],
    [
      'a duplicate header',
      { 'comments.csv': comments3, 'votes.csv': 'timestamp,vote,comment-id,voter-id,vote\n' },
      /votes\.csv:1: duplicate column "vote"/,
    ],
    [
      'a missing header',
      { 'comments.csv': comments3, 'votes.csv': 'timestamp,comment-id,voter-id\n1,0,0\n' },
      /votes\.csv:1: missing column "vote"/,
    ],
    [
      'a duplicate statement id',
      { 'comments.csv': `${comments3}4,2,0,1,Again\n`, 'votes.csv': votes(1) },
      /comments\.csv:5: duplicate comment-id "2"/,
    ],
  ];
  it.each(bad)('reports %s with file and line', async (_label, files, message) => {
    const r = await run('analyze', folder(files));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('gives a well-defined result for one participant (no groups)', async () => {
    const r = await run(
      'analyze',
      folder({ 'comments.csv': comments3, 'votes.csv': votes(1) }),
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/NaN|null/);
    const j = JSON.parse(r.out) as OpinionReport;
    expect(j.participants).toBe(1);
    expect(j.groups).toEqual([]);
    expect(j.assignments).toEqual({});
    const text = await run('analyze', folder({ 'comments.csv': comments3, 'votes.csv': votes(1) }));
    expect(text.out).toContain('No opinion groups');
  });

  it('scores a statement nobody voted on without NaN', async () => {
    const comments = `${comments3}4,3,0,1,Nobody voted on me\n`;
    const r = await run(
      'analyze',
      folder({ 'comments.csv': comments, 'votes.csv': votes(20) }),
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/NaN|null/);
    const j = JSON.parse(r.out) as OpinionReport;
    // (1 − 1/2)·(0 + 1)·(1/2) = 1/4, times (1 + 8) for S = 0, squared.
    expect(j.priority['3']).toBeCloseTo((0.25 * 9) ** 2, 12);
    expect(j.groupAwareConsensus['3']).toBeCloseTo(0.5 ** j.groups.length, 12);
    expect(j.bridging['3']).toBeUndefined();
  });

  it('reads a comment body as it was before it was guarded against spreadsheet formulas', () => {
    const comments = `${COMMENTS}1,0,0,1,'=SUM(A1)\n2,1,0,1,'quoted'\n3,2,0,1,''+1\n`;
    const loaded = loadExport(folder({ 'comments.csv': comments, 'votes.csv': votes(2) }));
    expect(loaded.texts).toEqual(['=SUM(A1)', "'quoted'", "'+1"]);
  });

  it('reads a header-only votes file as a conversation without votes', async () => {
    const r = await run(
      'analyze',
      folder({ 'comments.csv': comments3, 'votes.csv': votes(0) }),
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as OpinionReport;
    expect([j.participants, j.votes, j.groups.length]).toEqual([0, 0, 0]);
  });
});
