import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conversation, StatementInfo } from '../../engines/opinion/types.ts';
import { unguarded } from '../../lib/csv.ts';
import { type CsvTable, column, InputError, parseCsv } from './csv.ts';

/** A Polis export read from disk: the engine's conversation plus texts for display. */
export interface LoadedExport {
  conversation: Conversation;
  /** Statement text by statement index. */
  texts: string[];
  /** Polis's `group-informed-consensus` per statement index, when comments.csv has it. */
  polisGac: (number | undefined)[] | null;
  /** Polis's own group per participant index, when the export has participants-votes.csv. */
  polisGroup: (number | undefined)[] | null;
}

function read(dir: string, name: string): CsvTable {
  const path = join(dir, name);
  return parseCsv(path, readFileSync(path, 'utf8'));
}

function voteValue(t: CsvTable, row: number, raw: string): -1 | 0 | 1 {
  const v = Number(raw.trim());
  if (raw.trim() === '' || !(v === 1 || v === 0 || v === -1)) {
    t.fail(row, `unknown vote value "${raw}" (expected 1, 0 or -1)`);
  }
  return v as -1 | 0 | 1;
}

function loadComments(t: CsvTable): {
  statements: StatementInfo[];
  texts: string[];
  gac: (number | undefined)[] | null;
} {
  const id = column(t, 'comment-id', true);
  const mod = column(t, 'moderated', false);
  const meta = column(t, 'is-meta', false);
  const body = column(t, 'comment-body', false);
  const gic = column(t, 'group-informed-consensus', false);
  const seen = new Set<string>();
  const items = t.rows.map((cells, row) => {
    const sid = cells[id]!.trim();
    if (sid === '') t.fail(row, 'empty comment-id');
    if (seen.has(sid)) t.fail(row, `duplicate comment-id "${sid}"`);
    seen.add(sid);
    const m = mod === undefined ? '1' : cells[mod]!.trim();
    if (!['-1', '0', '1', ''].includes(m)) t.fail(row, `unknown moderated value "${m}"`);
    return {
      info: {
        id: sid,
        moderatedOut: m === '-1',
        meta: meta !== undefined && cells[meta]!.trim() === 'true',
      },
      // A body a spreadsheet would read as a formula is written with a leading quote (lib/csv.ts).
      text: body === undefined ? '' : unguarded(cells[body]!),
      gac: gic === undefined || cells[gic]!.trim() === '' ? undefined : Number(cells[gic]),
    };
  });
  const numeric = items.every((s) => /^-?\d+$/.test(s.info.id));
  if (numeric) items.sort((a, b) => Number(a.info.id) - Number(b.info.id));
  return {
    statements: items.map((s) => s.info),
    texts: items.map((s) => s.text),
    gac: gic === undefined ? null : items.map((s) => s.gac),
  };
}

/**
 * Participants are numbered in id order when every id is numeric (Polis numbers participants as
 * they join, and its k-means starts from the first distinct points in that order); otherwise in
 * order of first vote.
 */
function registerInIdOrder(ids: string[], pid: (id: string) => number): void {
  const unique = [...new Set(ids)];
  if (unique.every((id) => /^\d+$/.test(id))) {
    for (const id of unique.sort((a, b) => Number(a) - Number(b))) pid(id);
  }
}

/**
 * Reads a Polis export folder: `comments.csv` plus `votes.csv` (every vote event; the latest
 * per participant and statement counts), or `participants-votes.csv` when there is no
 * `votes.csv`.
 * @throws InputError naming the file and line of the first problem
 */
export function loadExport(dir: string): LoadedExport {
  if (!existsSync(join(dir, 'comments.csv'))) {
    throw new InputError(join(dir, 'comments.csv'), null, 'file not found');
  }
  const { statements, texts, gac } = loadComments(read(dir, 'comments.csv'));
  const colOf = new Map(statements.map((s, i) => [s.id, i]));
  const pidOf = new Map<string, number>();
  const participantIds: string[] = [];
  const pid = (id: string) => {
    let p = pidOf.get(id);
    if (p === undefined) {
      p = participantIds.length;
      pidOf.set(id, p);
      participantIds.push(id);
    }
    return p;
  };
  const vp: number[] = [];
  const vs: number[] = [];
  const vv: number[] = [];
  let polisGroup: (number | undefined)[] | null = null;
  const pvPath = join(dir, 'participants-votes.csv');
  const pv = existsSync(pvPath) ? read(dir, 'participants-votes.csv') : null;
  if (existsSync(join(dir, 'votes.csv'))) {
    const t = read(dir, 'votes.csv');
    const ci = column(t, 'comment-id', true);
    const vi = column(t, 'voter-id', true);
    const xi = column(t, 'vote', true);
    const ti = column(t, 'timestamp', false);
    const events = t.rows.map((cells, order) => {
      const s = colOf.get(cells[ci]!.trim());
      if (s === undefined) return t.fail(order, `unknown comment-id "${cells[ci]}"`);
      const voter = cells[vi]!.trim();
      if (voter === '') t.fail(order, 'empty voter-id');
      const ts = ti === undefined ? order : Number(cells[ti]);
      if (!Number.isFinite(ts)) t.fail(order, `bad timestamp "${cells[ti!]}"`);
      return { ts, order, voter, s, v: voteValue(t, order, cells[xi]!) };
    });
    events.sort((a, b) => a.ts - b.ts || a.order - b.order);
    registerInIdOrder(
      events.map((e) => e.voter),
      pid,
    );
    for (const e of events) {
      vp.push(pid(e.voter));
      vs.push(e.s);
      vv.push(e.v);
    }
  } else if (pv) {
    const pi = column(pv, 'participant', true);
    registerInIdOrder(
      pv.rows.map((cells) => cells[pi]!.trim()),
      pid,
    );
    const cols = pv.header
      .map((h, i) => [colOf.get(h), i] as const)
      .filter(([s]) => s !== undefined);
    for (const [row, cells] of pv.rows.entries()) {
      const p = pid(cells[pi]!.trim());
      for (const [s, i] of cols) {
        if (cells[i]!.trim() === '') continue;
        vp.push(p);
        vs.push(s!);
        vv.push(voteValue(pv, row, cells[i]!));
      }
    }
  } else {
    throw new InputError(
      join(dir, 'votes.csv'),
      null,
      'file not found (nor participants-votes.csv)',
    );
  }
  if (pv) {
    const pi = column(pv, 'participant', true);
    const gi = column(pv, 'group-id', false);
    if (gi !== undefined) {
      polisGroup = participantIds.map(() => undefined);
      for (const cells of pv.rows) {
        const p = pidOf.get(cells[pi]!.trim());
        const g = cells[gi]!.trim();
        if (p !== undefined && g !== '') polisGroup[p] = Number(g);
      }
    }
  }
  return {
    conversation: {
      participantIds,
      statements,
      votes: {
        participant: Int32Array.from(vp),
        statement: Int32Array.from(vs),
        value: Int8Array.from(vv),
      },
    },
    texts,
    polisGac: gac,
    polisGroup,
  };
}
