import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { columnSums } from './bridging-update.ts';
import { columnTotals, countByGroup } from './stats.ts';
import { syntheticConversation } from './synthetic.ts';
import { emptyState, type NewVote, stateOf, update } from './update.ts';

const syn = syntheticConversation({
  participants: 120,
  statements: 30,
  votes: 2400,
  groups: 2,
  seed: 11,
});
const conv = syn.conversation;
const allVotes: NewVote[] = Array.from(conv.votes.participant, (u, i) => ({
  participant: conv.participantIds[u]!,
  statement: conv.statements[conv.votes.statement[i]!]!.id,
  value: conv.votes.value[i]! as -1 | 0 | 1,
}));

function dense(s: ReturnType<typeof emptyState>) {
  const m = s.matrix;
  const out = new Map<string, number>();
  for (let r = 0; r < m.nRows; r++) {
    for (let k = m.rowStart[r]!; k < m.rowEnd[r]!; k++) {
      out.set(`${s.participantIds[r]}|${s.statements[m.col[k]!]!.id}`, m.val[k]!);
    }
  }
  return out;
}

describe('incremental update', () => {
  it('ends with the same votes as a full analysis and converges to the same components', () => {
    let s = emptyState(conv.statements);
    for (let i = 0; i < allVotes.length; i += 300) s = update(s, allVotes.slice(i, i + 300));
    const full = stateOf(conv);
    expect(dense(s)).toEqual(dense(full));
    // Admitted participants stay admitted, so the incremental set contains the full one.
    const inc = new Set(s.participantIds.filter((_, u) => s.analysis.inConv[u] === 1));
    for (const [u, id] of full.participantIds.entries())
      if (full.analysis.inConv[u] === 1) expect(inc.has(id)).toBe(true);
    // Updates take few steps each; an update allowed to run to convergence lands on the same axes.
    s = update(s, [], { pcaMaxIterations: 1000 });
    const byId = new Map(s.statements.map((st, c) => [st.id, c]));
    for (const k of [0, 1] as const) {
      let d = 0;
      full.statements.forEach((st, c) => {
        d += full.analysis.pca.comps[k][c]! * s.analysis.pca.comps[k][byId.get(st.id)!]!;
      });
      const sign = Math.sign(d);
      full.statements.forEach((st, c) => {
        const diff =
          full.analysis.pca.comps[k][c]! - sign * s.analysis.pca.comps[k][byId.get(st.id)!]!;
        expect(Math.abs(diff)).toBeLessThan(1e-6);
      });
    }
    for (const v of s.analysis.bridging) expect(Number.isNaN(v) || Number.isFinite(v)).toBe(true);
  });

  it('keeps counts updated incrementally equal to a recount', () => {
    let s = stateOf(conv);
    for (let i = 0; i < 6; i++) {
      const votes = allVotes.slice(i * 50, i * 50 + 50).map((v, j) => ({
        ...v,
        participant: j % 7 === 0 ? `late${i}-${j}` : v.participant,
        value: (((v.value + 2 + i) % 3) - 1) as -1 | 0 | 1,
      }));
      s = update(s, votes);
      const w = s.analysis.warm;
      const recount = countByGroup(s.matrix, w.groupOf, w.groupIds.length);
      expect(w.groupCounts).toEqual(recount);
      expect(w.totals).toEqual(columnTotals(s.matrix));
      // The running column sums of the bridging model equal a recomputation from scratch.
      const fresh = columnSums(s.matrix, w.bridging!);
      for (const key of ['n', 'sf', 'sff', 'se', 'sef'] as const) {
        fresh[key].forEach((x, c) => {
          expect(Math.abs(x - w.bridging!.sums[key][c]!)).toBeLessThan(1e-9);
        });
      }
    }
  });

  it('applies a changed vote and adds new participants and statements', () => {
    let s = stateOf(conv);
    const first = allVotes[0]!;
    const flipped = (first.value === 1 ? -1 : 1) as -1 | 1;
    s = update(s, [
      { ...first, value: flipped },
      { participant: 'newcomer', statement: 'fresh', value: 1 },
    ]);
    expect(dense(s).get(`${first.participant}|${first.statement}`)).toBe(flipped);
    expect(s.participantIds.at(-1)).toBe('newcomer');
    expect(s.statements.at(-1)).toEqual({ id: 'fresh', moderatedOut: false, meta: false });
    expect(s.analysis.nVotes).toBe(stateOf(conv).analysis.nVotes + 1);
  });

  it('leaves earlier states valid: updating one again gives the same result', () => {
    // Rows are written copy-on-write into a store shared between states: a branch taken from
    // an earlier state must neither see nor disturb the other branch's votes.
    const s0 = stateOf(conv);
    const before = dense(s0);
    const batch = (i: number) =>
      allVotes.slice(i * 40, i * 40 + 40).map((v, j) => ({
        ...v,
        participant: j % 5 === 0 ? `branch${i}-${j}` : v.participant,
        value: (((v.value + 2 + i) % 3) - 1) as -1 | 0 | 1,
      }));
    let a = s0;
    const chain: ReturnType<typeof update>[] = [];
    // Enough updates to fill the store's spare room and move to a new one at least once.
    for (let i = 0; i < 40; i++) {
      a = update(a, batch(i % 8));
      chain.push(a);
    }
    const snapshots = chain.map(dense);
    const b = update(s0, batch(3));
    const again = update(s0, batch(0));
    expect(dense(s0)).toEqual(before);
    expect(dense(again)).toEqual(snapshots[0]);
    expect(again.analysis.projections).toEqual(chain[0]!.analysis.projections);
    expect(again.analysis.groupOf).toEqual(chain[0]!.analysis.groupOf);
    expect(again.analysis.priority).toEqual(chain[0]!.analysis.priority);
    expect(again.analysis.bridging).toEqual(chain[0]!.analysis.bridging);
    chain.forEach((s, i) => {
      expect(dense(s)).toEqual(snapshots[i]);
    });
    expect(dense(update(chain[10]!, []))).toEqual(snapshots[10]);
    expect(dense(b).size).toBeGreaterThan(before.size);
  });

  it('takes moderation into account on update', () => {
    let s = stateOf(conv);
    const shown = new Set(s.analysis.representative.flat().map((r) => r.statement));
    expect(shown.size).toBeGreaterThan(0);
    const statements = s.statements.map((st, c) => ({ ...st, moderatedOut: shown.has(c) }));
    s = update(s, [], { statements });
    const nowShown = s.analysis.representative.flat();
    // Other statements take their place: the check below is not over an empty list.
    expect(nowShown.length).toBeGreaterThan(0);
    for (const r of nowShown) expect(shown.has(r.statement)).toBe(false);
    const fresh = analyze({ ...conv, statements });
    expect(fresh.pca.center.filter((_, c) => shown.has(c)).every((x) => x === 0)).toBe(true);
  });
});
