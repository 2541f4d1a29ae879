import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../vocabulary/random.ts';
import { type Analysis, analyze } from './analyze.ts';
import { adjustedRandIndex } from './ari.ts';
import { toReport } from './report.ts';
import { syntheticConversation } from './synthetic.ts';
import type { Conversation } from './types.ts';

const shape = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  participants: fc.integer({ min: 2, max: 60 }),
  statements: fc.integer({ min: 3, max: 14 }),
  perUser: fc.integer({ min: 2, max: 12 }),
  groups: fc.integer({ min: 2, max: 3 }),
});

function small(s: {
  seed: number;
  participants: number;
  statements: number;
  perUser: number;
  groups: number;
}) {
  return syntheticConversation({
    participants: s.participants,
    statements: s.statements,
    votes: s.participants * s.perUser,
    groups: s.groups,
    agreement: 0.8,
    passRate: 0.1,
    seed: s.seed,
  });
}

function shuffle(n: number, seed: number): number[] {
  const rand = seededRandom(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/** Statement `c` of the original becomes statement `perm[c]`. */
function permuteStatements(conv: Conversation, perm: number[]): Conversation {
  const statements = new Array(conv.statements.length);
  conv.statements.forEach((s, c) => {
    statements[perm[c]!] = s;
  });
  return {
    ...conv,
    statements,
    votes: { ...conv.votes, statement: conv.votes.statement.map((c) => perm[c]!) },
  };
}

/** Participant `u` of the original becomes participant `perm[u]`. */
function permuteParticipants(conv: Conversation, perm: number[]): Conversation {
  const ids = new Array<string>(conv.participantIds.length);
  conv.participantIds.forEach((id, u) => {
    ids[perm[u]!] = id;
  });
  return {
    ...conv,
    participantIds: ids,
    votes: { ...conv.votes, participant: conv.votes.participant.map((u) => perm[u]!) },
  };
}

const labels = (a: Analysis, map: (u: number) => number) =>
  Array.from({ length: a.nParticipants }, (_, u) => {
    const g = a.groupOf[map(u)]!;
    return g < 0 ? 'none' : g;
  });

function expectSameStatementScores(a: Analysis, b: Analysis, map: (c: number) => number) {
  // Counts give GAC exactly; PCA-derived figures agree to the power iteration's precision.
  const near = (x: number, y: number) => Math.abs(x - y) <= 1e-8 * Math.max(1, Math.abs(y));
  for (let c = 0; c < a.nStatements; c++) {
    expect(b.groupAwareConsensus[map(c)]).toBeCloseTo(a.groupAwareConsensus[c]!, 12);
    expect(near(b.priority[map(c)]!, a.priority[c]!)).toBe(true);
    expect(near(b.extremity[map(c)]!, a.extremity[c]!)).toBe(true);
  }
  // Statements tied on the selection statistics are interchangeable (Polis breaks such ties by
  // statement order), so representative and consensus statements are compared by their statistics.
  const key = (x: Analysis) =>
    x.representative
      .map((reps) =>
        reps
          .map((r) => `${r.nSuccess}/${r.nTrials}:${r.repness.toFixed(9)}:${r.pTest.toFixed(9)}`)
          .sort()
          .join(' '),
      )
      .sort();
  expect(key(b)).toEqual(key(a));
  const cons = (x: Analysis) =>
    [x.consensus.agree, x.consensus.disagree].map((l) =>
      l.map((s) => `${s.nSuccess}/${s.nTrials}`).sort(),
    );
  expect(cons(b)).toEqual(cons(a));
}

describe('opinion engine properties', () => {
  it('does not depend on the order of statements (stable mode)', () => {
    fc.assert(
      fc.property(shape, fc.integer(), (s, seed) => {
        const conv = small(s).conversation;
        const perm = shuffle(conv.statements.length, seed);
        const a = analyze(conv, { bridging: false, mode: 'stable' });
        const b = analyze(permuteStatements(conv, perm), { bridging: false, mode: 'stable' });
        expect(
          adjustedRandIndex(
            labels(a, (u) => u),
            labels(b, (u) => u),
          ),
        ).toBe(1);
        expectSameStatementScores(a, b, (c) => perm[c]!);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of participants (stable mode)', () => {
    fc.assert(
      fc.property(shape, fc.integer(), (s, seed) => {
        const conv = small(s).conversation;
        const perm = shuffle(conv.participantIds.length, seed);
        const a = analyze(conv, { bridging: false, mode: 'stable' });
        const b = analyze(permuteParticipants(conv, perm), { bridging: false, mode: 'stable' });
        expect(
          adjustedRandIndex(
            labels(a, (u) => u),
            labels(b, (u) => perm[u]!),
          ),
        ).toBe(1);
        expectSameStatementScores(a, b, (c) => c);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on ids', () => {
    fc.assert(
      fc.property(
        shape,
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 80, maxLength: 80 }),
        (s, names) => {
          const conv = small(s).conversation;
          const renamed: Conversation = {
            participantIds: conv.participantIds.map((_, u) => names[u]!),
            statements: conv.statements.map((st, c) => ({ ...st, id: names[79 - c]! })),
            votes: conv.votes,
          };
          const ra = toReport(
            analyze(conv),
            conv.participantIds,
            conv.statements.map((x) => x.id),
          );
          const rb = toReport(
            analyze(renamed),
            renamed.participantIds,
            renamed.statements.map((x) => x.id),
          );
          const back = new Map<string, string>([
            ...renamed.participantIds.map((id, u) => [id, conv.participantIds[u]!] as const),
            ...renamed.statements.map((st, c) => [st.id, conv.statements[c]!.id] as const),
          ]);
          const restored = JSON.parse(JSON.stringify(rb), (_k, v) => {
            return typeof v === 'string' && back.has(v) ? back.get(v) : v;
          });
          const rekey = (o: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(o).map(([k, v]) => [back.get(k) ?? k, v]));
          for (const f of ['assignments', 'groupAwareConsensus', 'bridging', 'priority'] as const) {
            restored[f] = rekey(rb[f]);
          }
          expect(restored).toEqual(ra);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('never shows moderated-out or meta statements as representative or consensus', () => {
    fc.assert(
      fc.property(
        shape,
        fc.array(fc.constantFrom('ok', 'out', 'meta'), { minLength: 14, maxLength: 14 }),
        (s, flags) => {
          const conv = small(s).conversation;
          const statements = conv.statements.map((st, c) => ({
            ...st,
            moderatedOut: flags[c] === 'out',
            meta: flags[c] === 'meta',
          }));
          const a = analyze({ ...conv, statements }, { bridging: false });
          const shown = [
            ...a.representative.flat().map((r) => r.statement),
            ...a.consensus.agree.map((x) => x.statement),
            ...a.consensus.disagree.map((x) => x.statement),
          ];
          for (const c of shown) expect(flags[c]).toBe('ok');
          for (const v of a.projections) expect(Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('recovers planted groups when they are clearly separated', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 150, max: 300 }),
        (seed, groups, participants) => {
          // Clear separation: 95% of votes follow the group's stance, 30 of 40 statements each.
          const syn = syntheticConversation({
            participants,
            statements: 40,
            votes: participants * 30,
            groups,
            agreement: 0.95,
            passRate: 0.03,
            seed,
          });
          const a = analyze(syn.conversation, { bridging: false, mode: 'stable' });
          const ours = [...a.groupOf].map((g) => (g < 0 ? undefined : g));
          expect(adjustedRandIndex(ours, [...syn.truth])).toBeGreaterThanOrEqual(0.95);
        },
      ),
      { numRuns: 25 },
    );
  });
});
