import { type BridgingModel, fitBridging, MIN_BRIDGING_VOTES, refitBridging } from './bridging.ts';
import { consensus, groupAwareConsensus, priorities } from './consensus.ts';
import { groupBaseClusters } from './groups.ts';
import { canonicalOrder, firstDistinct, kmeans, type Seed } from './kmeans.ts';
import { buildMatrix, colCounts, type RatingMatrix, rowCounts } from './matrix.ts';
import { inConversation } from './participation.ts';
import { type Pca, pca, projectParticipants, statementPositions } from './pca.ts';
import { representative } from './repness.ts';
import { countByGroup } from './stats.ts';
import type {
  Cluster,
  ConsensusStat,
  Conversation,
  KSmoother,
  RepStat,
  StatementInfo,
} from './types.ts';

/** Number of base clusters. */
export const BASE_K = 100;
/** Steps of the base k-means. */
export const BASE_ITERATIONS = 100;

/** What an analysis carries forward to warm-start the next one. */
export interface WarmStart {
  inConv: Uint8Array;
  comps: [Float64Array, Float64Array];
  baseSeeds: Seed[];
  groupSeeds: Map<number, Seed[]>;
  smoother: KSmoother;
  bridging: BridgingModel | null;
}

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** State of the previous analysis (incremental update). */
  previous?: WarmStart | undefined;
  /** Use these base clusters (participant indices) instead of computing them. */
  baseClusters?: readonly { id: number; members: readonly number[] }[] | undefined;
  /** Participants that must be in the conversation (kept from earlier computations). */
  keepInConv?: Uint8Array | undefined;
  /**
   * `polis` (default): exactly Polis's procedure, including its dependence on the order of
   * participants (k-means starts from the first distinct points in join order) and of statements
   * (the sequential choice of the best agreed statement). `stable`: the same model without these
   * order effects: k-means starts from the first distinct (snapped) positions in an order given by
   * position alone, groups also try farthest-first seeds (the tighter result is kept, so clearly
   * separated groups are not merged by an unlucky start), and the best agreed statement is chosen
   * by an order-free rule.
   */
  mode?: 'polis' | 'stable';
  /** Fit the bridging model (default true). */
  bridging?: boolean;
  /**
   * Participants and statements that received votes since `previous`: the bridging model is then
   * refitted for these only (incremental update).
   */
  touched?: { rows: readonly number[]; cols: readonly number[] } | undefined;
  /** When given, filled with the milliseconds spent per phase. */
  timings?: Record<string, number>;
  /** Cap on power-iteration steps (default 1000; stops earlier on convergence). */
  pcaMaxIterations?: number;
  /** Power iteration stops once no weight moves more than this (default 1e-11). */
  pcaTolerance?: number;
  /** Cap on bridging sweeps (default 500; stops earlier on convergence). */
  bridgingMaxSweeps?: number;
}

/** Everything the engine computes; statements and participants by index. */
export interface Analysis {
  nParticipants: number;
  nStatements: number;
  nVotes: number;
  /** Final votes per participant (passes included). */
  votesPerParticipant: Int32Array;
  inConv: Uint8Array;
  pca: Pca;
  /** Interleaved x, y per participant. */
  projections: Float64Array;
  statementPositions: Float64Array;
  extremity: Float64Array;
  /** Base clusters; members are participant indices. */
  baseClusters: Cluster[];
  /** Groups; members are positions in `baseClusters`. */
  groupClusters: Cluster[];
  /** Group per participant (−1 when not in a group). */
  groupOf: Int32Array;
  silhouettes: Map<number, number>;
  representative: RepStat[][];
  consensus: { agree: ConsensusStat[]; disagree: ConsensusStat[] };
  groupAwareConsensus: Float64Array;
  priority: Float64Array;
  /** Bridging score per statement; NaN where none (too few votes, moderated out or meta). */
  bridging: Float64Array;
  warm: WarmStart;
}

/** Full analysis of a conversation. */
export function analyze(conv: Conversation, options: AnalyzeOptions = {}): Analysis {
  const m = buildMatrix(conv.participantIds.length, conv.statements.length, conv.votes);
  return analyzeMatrix(m, conv.statements, options);
}

function baseClustersOf(proj: Float64Array, inIdx: number[], options: AnalyzeOptions): Cluster[] {
  if (options.baseClusters) {
    return options.baseClusters.map((b) => {
      let x = 0;
      let y = 0;
      for (const p of b.members) {
        x += proj[2 * p]!;
        y += proj[2 * p + 1]!;
      }
      const n = Math.max(1, b.members.length);
      return { id: b.id, members: [...b.members], center: [x / n, y / n] };
    });
  }
  if (inIdx.length < 2) return [];
  const prev = options.previous?.baseSeeds;
  const seeds =
    prev && prev.length > 0
      ? prev
      : firstDistinct(
          proj,
          options.mode === 'stable' ? canonicalOrder(proj, inIdx) : inIdx,
          BASE_K,
        );
  return kmeans(proj, inIdx, seeds, BASE_ITERATIONS);
}

/** Full analysis of a vote matrix (see {@link analyze}). */
export function analyzeMatrix(
  m: RatingMatrix,
  statements: readonly StatementInfo[],
  options: AnalyzeOptions = {},
): Analysis {
  let clock = performance.now();
  const lap = (phase: string) => {
    if (!options.timings) return;
    const now = performance.now();
    options.timings[phase] = (options.timings[phase] ?? 0) + now - clock;
    clock = now;
  };
  const nCols = m.nCols;
  const votesPerRow = rowCounts(m);
  const votesPerCol = colCounts(m);
  const zeroed = new Uint8Array(nCols);
  const meta = new Uint8Array(nCols);
  const eligible: number[] = [];
  let nVoted = 0;
  let nZeroedVoted = 0;
  for (let c = 0; c < nCols; c++) {
    const s = statements[c]!;
    meta[c] = s.meta ? 1 : 0;
    zeroed[c] = s.moderatedOut || s.meta ? 1 : 0;
    if (votesPerCol[c]! > 0) {
      nVoted++;
      if (zeroed[c] === 1) nZeroedVoted++;
      else eligible.push(c);
    }
  }
  lap('counts');
  const keep = options.keepInConv ?? options.previous?.inConv;
  const inConv = inConversation(votesPerRow, nVoted, keep, m.firstVote);
  const p = pca(m, zeroed, {
    start: options.previous?.comps,
    maxIterations: options.pcaMaxIterations,
    tolerance: options.pcaTolerance,
  });
  lap('pca');
  const proj = projectParticipants(m, p.center, p.comps, zeroed, nVoted, nZeroedVoted);
  const sp = statementPositions(p.center, p.comps, nVoted);
  const inIdx: number[] = [];
  for (let u = 0; u < m.nRows; u++) if (inConv[u] === 1) inIdx.push(u);

  lap('projection');
  // With the position-based start, positions are snapped to a 1e-10 grid for clustering, so that
  // participants who voted alike coincide exactly however rounding went for each of them.
  const snap = (x: number) => (options.mode === 'stable' ? Math.round(x * 1e10) / 1e10 : x);
  const points = options.mode === 'stable' ? proj.map(snap) : proj;
  const base = baseClustersOf(points, inIdx, options);
  lap('base clusters');
  const centers = new Float64Array(2 * base.length);
  const weights = new Float64Array(base.length);
  base.forEach((b, i) => {
    centers[2 * i] = snap(b.center[0]);
    centers[2 * i + 1] = snap(b.center[1]);
    weights[i] = b.members.length;
  });
  const prevGroups = options.previous
    ? { clusterings: options.previous.groupSeeds, smoother: options.previous.smoother }
    : undefined;
  const grouping =
    base.length > 0 && inIdx.length >= 2
      ? groupBaseClusters(centers, weights, prevGroups, options.mode === 'stable')
      : {
          clusterings: new Map<number, Cluster[]>(),
          silhouettes: new Map<number, number>(),
          smoother: { lastK: 0, lastKCount: 0, smoothedK: 0 },
          groups: [],
        };
  lap('groups');
  const groupOf = new Int32Array(m.nRows).fill(-1);
  grouping.groups.forEach((g, gi) => {
    for (const b of g.members) for (const u of base[b]!.members) groupOf[u] = gi;
  });
  const nGroups = grouping.groups.length;
  const withTotal = countByGroup(m, groupOf, nGroups, true);
  // The groups' counts, and everyone's as a single group.
  const size = nGroups * nCols;
  const counts = {
    nGroups,
    nCols,
    agree: withTotal.agree.subarray(0, size),
    disagree: withTotal.disagree.subarray(0, size),
    seen: withTotal.seen.subarray(0, size),
  };
  const everyone = {
    nGroups: 1,
    nCols,
    agree: withTotal.agree.subarray(size),
    disagree: withTotal.disagree.subarray(size),
    seen: withTotal.seen.subarray(size),
  };
  const reps = grouping.groups.map((_, g) =>
    representative(counts, g, eligible, options.mode === 'stable'),
  );
  const cons = consensus(everyone, eligible, options.mode === 'stable');
  const gac = groupAwareConsensus(counts);
  const priority = priorities(counts, sp.extremity, meta);

  lap('repness, consensus, priority');
  const bridging = new Float64Array(nCols).fill(Number.NaN);
  let model: BridgingModel | null = null;
  if (options.bridging !== false) {
    const skip = new Uint8Array(nCols);
    for (let c = 0; c < nCols; c++) skip[c] = zeroed[c] === 1 || votesPerCol[c] === 0 ? 1 : 0;
    const userFactor = new Float64Array(m.nRows);
    let ss = 0;
    for (let u = 0; u < m.nRows; u++) ss += proj[2 * u]! ** 2;
    const rms = Math.sqrt(ss / Math.max(1, m.nRows)) || 1;
    for (let u = 0; u < m.nRows; u++) userFactor[u] = proj[2 * u]! / rms;
    const prevModel = options.previous?.bridging;
    model =
      prevModel && options.touched
        ? refitBridging(m, skip, prevModel, options.touched.rows, options.touched.cols)
        : fitBridging(m, skip, {
            start: prevModel ?? undefined,
            userFactor,
            statementFactor: p.comps[0],
            maxSweeps: options.bridgingMaxSweeps,
          });
    for (const c of eligible) {
      if (votesPerCol[c]! >= MIN_BRIDGING_VOTES) bridging[c] = model.statementIntercept[c]!;
    }
  }
  lap('bridging');
  const groupSeeds = new Map<number, Seed[]>();
  for (const [k, cl] of grouping.clusterings) {
    groupSeeds.set(
      k,
      cl.map((c) => ({ id: c.id, center: c.center })),
    );
  }
  return {
    nParticipants: m.nRows,
    nStatements: nCols,
    nVotes: m.col.length,
    votesPerParticipant: votesPerRow,
    inConv,
    pca: p,
    projections: proj,
    statementPositions: sp.positions,
    extremity: sp.extremity,
    baseClusters: base,
    groupClusters: grouping.groups,
    groupOf,
    silhouettes: grouping.silhouettes,
    representative: reps,
    consensus: cons,
    groupAwareConsensus: gac,
    priority,
    bridging,
    warm: {
      inConv,
      comps: p.comps,
      baseSeeds: base.map((b) => ({ id: b.id, center: b.center })),
      groupSeeds,
      smoother: grouping.smoother,
      bridging: model,
    },
  };
}
