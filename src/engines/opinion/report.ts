import type { Analysis } from './analyze.ts';

/** The analysis in export ids, as printed by `samskap opinion analyze --json`. */
export interface OpinionReport {
  participants: number;
  statements: number;
  votes: number;
  inConv: string[];
  assignments: Record<string, number>;
  groups: {
    id: number;
    members: number;
    representative: { statement: string; direction: 'agree' | 'disagree' }[];
  }[];
  consensus: { agree: string[]; disagree: string[] };
  groupAwareConsensus: Record<string, number>;
  bridging: Record<string, number>;
  priority: Record<string, number>;
}

/**
 * Translates an analysis to export ids. Participants are those with at least one vote; scores
 * are given for every statement (statements nobody voted on get the formula's value at zero
 * votes); bridging only where defined. Every number is finite.
 */
export function toReport(
  a: Analysis,
  participantIds: readonly string[],
  statementIds: readonly string[],
): OpinionReport {
  const inConv: string[] = [];
  // Records are built with Object.fromEntries so that any id (even "__proto__") is a plain key.
  const assigned: [string, number][] = [];
  for (let u = 0; u < a.nParticipants; u++) {
    if (a.inConv[u] === 1) inConv.push(participantIds[u]!);
    if (a.groupOf[u]! >= 0) assigned.push([participantIds[u]!, a.groupOf[u]!]);
  }
  const assignments: Record<string, number> = Object.fromEntries(assigned);
  const participants = a.votesPerParticipant.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
  const sid = (c: number) => statementIds[c]!;
  const perStatement = (values: Float64Array): Record<string, number> => {
    const out: [string, number][] = [];
    values.forEach((v, c) => {
      if (Number.isFinite(v)) out.push([sid(c), v]);
    });
    return Object.fromEntries(out);
  };
  return {
    participants,
    statements: a.nStatements,
    votes: a.nVotes,
    inConv,
    assignments,
    groups: a.groupClusters.map((g, gi) => ({
      id: gi,
      members: g.members.reduce((n, b) => n + a.baseClusters[b]!.members.length, 0),
      representative: a.representative[gi]!.map((r) => ({
        statement: sid(r.statement),
        direction: r.direction,
      })),
    })),
    consensus: {
      agree: a.consensus.agree.map((s) => sid(s.statement)),
      disagree: a.consensus.disagree.map((s) => sid(s.statement)),
    },
    groupAwareConsensus: perStatement(a.groupAwareConsensus),
    bridging: perStatement(a.bridging),
    priority: perStatement(a.priority),
  };
}
