import { type Analysis, analyzeMatrix } from '../../../engines/opinion/analyze.ts';
import { buildMatrix, type RatingMatrix } from '../../../engines/opinion/matrix.ts';
import type { Conversation } from '../../../engines/opinion/types.ts';

/** The map is drawn from this many participants: fewer, and groups say nothing. */
export const MAP_MIN_PARTICIPANTS = 7;
/** How many statements each list of the map shows. */
const LIST_LENGTH = 5;
/** A statement counts as divisive or passed on only with at least this many votes. */
const MIN_VOTES = 5;

type Counts = { agree: number; disagree: number; pass: number };

/** A dialogue's opinion map as stored and shown; statements by their number in the dialogue. */
export type DialogueMap = {
  participants: number;
  inConversation: number;
  votes: number;
  groups: {
    /** 0, 1, 2 … as the engine numbers them; shown as A, B, C. */
    id: number;
    members: number;
    representative: { statement: number; direction: 'agree' | 'disagree'; share: number }[];
  }[];
  /** Base clusters: where groups of similar participants sit, and how many. */
  points: { x: number; y: number; size: number; group: number }[];
  /** Per statement: every participant's current votes, then each group's. */
  statements: {
    number: number;
    counts: Counts;
    byGroup: Counts[];
    groupAwareConsensus: number;
    bridging: number | null;
    /** How much the map would learn from another vote on it: the weight of `nextStatement`. */
    priority: number;
  }[];
  consensus: { agree: number[]; disagree: number[] };
  /** Statements all groups agree on most, by group-aware consensus. */
  uniting: number[];
  /** Statements the groups answer most differently (spread of their agree shares). */
  divisive: number[];
  /** Statements most often passed on. */
  passedOn: number[];
  /**
   * Set while votes come faster than the analysis runs: everything but each statement's `counts`
   * is the analysis of the votes through this vote id; the counts include every vote the stored
   * map has seen. Absent when the whole map is the analysis of the votes it counts.
   */
  analysedThrough?: number;
};

/**
 * The map of an analysis with each statement's counts brought up to later votes: what is stored
 * between two analyses (see `analysedThrough`).
 */
export function withCounts(
  map: DialogueMap,
  analysedThrough: number,
  countsOf: (statement: number) => Counts,
): DialogueMap {
  return {
    ...map,
    statements: map.statements.map((s) => ({ ...s, counts: countsOf(s.number) })),
    analysedThrough,
  };
}

/** Calls `each` with every participant's final vote on every statement (the last in the log). */
function eachFinalVote(m: RatingMatrix, each: (p: number, c: number, v: number) => void) {
  for (let p = 0; p < m.nRows; p++) {
    for (let k = m.rowStart[p] ?? 0; k < (m.rowEnd[p] ?? 0); k++)
      each(p, m.col[k] ?? 0, m.val[k] ?? 0);
  }
}

const emptyCounts = (): Counts => ({ agree: 0, disagree: 0, pass: 0 });
const add = (c: Counts, v: number) => {
  if (v > 0) c.agree++;
  else if (v < 0) c.disagree++;
  else c.pass++;
};
const total = (c: Counts) => c.agree + c.disagree + c.pass;

/**
 * The map of an analysis (stable mode, so the same votes give the same map in any order), in the
 * dialogue's statement numbers. Meta and moderated-out statements are never uniting, divisive or
 * representative; they keep their counts.
 */
export function mapOf(
  conv: Conversation,
  a: Analysis,
  m: RatingMatrix = buildMatrix(conv.participantIds.length, conv.statements.length, conv.votes),
): DialogueMap {
  const nS = conv.statements.length;
  const groupCount = a.groupClusters.length;
  const numberOf = (c: number) => Number(conv.statements[c]?.id);
  const counts = Array.from({ length: nS }, emptyCounts);
  const byGroup = Array.from({ length: nS }, () => Array.from({ length: groupCount }, emptyCounts));
  eachFinalVote(m, (p, c, v) => {
    add(counts[c] as Counts, v);
    const g = a.groupOf[p] ?? -1;
    if (g >= 0) add(byGroup[c]?.[g] as Counts, v);
  });
  const inMath = (c: number) => !conv.statements[c]?.meta && !conv.statements[c]?.moderatedOut;
  const columns = [...Array(nS).keys()].filter(inMath);
  const top = (score: (c: number) => number, keep: (c: number) => boolean) =>
    columns
      .filter(keep)
      .sort((x, y) => score(y) - score(x) || numberOf(x) - numberOf(y))
      .slice(0, LIST_LENGTH)
      .map(numberOf);
  const agreeShares = (c: number) =>
    (byGroup[c] ?? []).filter((g) => total(g) > 0).map((g) => g.agree / total(g));
  const spread = (c: number) => {
    const shares = agreeShares(c);
    return shares.length < 2 ? 0 : Math.max(...shares) - Math.min(...shares);
  };
  const passShare = (c: number) => (counts[c]?.pass ?? 0) / Math.max(1, total(counts[c] as Counts));
  const enough = (c: number) => total(counts[c] as Counts) >= MIN_VOTES;
  const groupOfBase = new Map<number, number>();
  a.groupClusters.forEach((g, gi) => {
    for (const b of g.members) groupOfBase.set(b, gi);
  });
  return {
    participants: a.votesPerParticipant.reduce((n, v) => n + (v > 0 ? 1 : 0), 0),
    inConversation: a.inConv.reduce((n, v) => n + v, 0),
    votes: a.nVotes,
    groups: a.groupClusters.map((g, gi) => ({
      id: gi,
      members: g.members.reduce((n, b) => n + (a.baseClusters[b]?.members.length ?? 0), 0),
      representative: (a.representative[gi] ?? []).map((r) => ({
        statement: numberOf(r.statement),
        direction: r.direction,
        share: r.pSuccess,
      })),
    })),
    points: a.baseClusters.map((b, bi) => ({
      x: b.center[0],
      y: b.center[1],
      size: b.members.length,
      group: groupOfBase.get(bi) ?? -1,
    })),
    statements: counts.map((c, i) => ({
      number: numberOf(i),
      counts: c,
      byGroup: byGroup[i] ?? [],
      groupAwareConsensus: a.groupAwareConsensus[i] ?? 0,
      bridging: Number.isFinite(a.bridging[i]) ? (a.bridging[i] as number) : null,
      priority: a.priority[i] ?? 0,
    })),
    consensus: {
      agree: a.consensus.agree.map((s) => numberOf(s.statement)),
      disagree: a.consensus.disagree.map((s) => numberOf(s.statement)),
    },
    uniting: top((c) => a.groupAwareConsensus[c] ?? 0, enough),
    divisive: top(spread, (c) => enough(c) && spread(c) > 0),
    passedOn: top(passShare, (c) => enough(c) && passShare(c) > 0),
  };
}

/** The map of a dialogue's votes, computed in the engine's reproducible mode. */
export function computeMap(conv: Conversation): DialogueMap {
  // The matrix `analyze` would build, built once for the analysis and the counts.
  const m = buildMatrix(conv.participantIds.length, conv.statements.length, conv.votes);
  return mapOf(conv, analyzeMatrix(m, conv.statements, { mode: 'stable' }), m);
}
