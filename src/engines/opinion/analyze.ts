import type { Analysis, AnalyzeOptions } from './analysis-types.ts';
import { type BridgingModel, fitBridging, MIN_BRIDGING_VOTES } from './bridging.ts';
import { type ColumnSums, columnSums, refitBridging } from './bridging-update.ts';
import { consensus, groupAwareConsensus, priorities } from './consensus.ts';
import { groupBaseClusters, seedsOf } from './groups.ts';
import { applyChanges, moveRow, widen } from './incremental.ts';
import { buildMatrix, type RatingMatrix, rowCounts } from './matrix.ts';
import { inConversation } from './participation.ts';
import { fixOpenSigns, pca, projectParticipants, statementPositions } from './pca.ts';
import { representative } from './repness.ts';
import { columnTotals, countByGroup, type GroupCounts } from './stats.ts';
import { baseClustersOf } from './steps.ts';
import type { Cluster, Conversation, StatementInfo } from './types.ts';

export type { Analysis, AnalyzeOptions, WarmStart } from './analysis-types.ts';
export { BASE_ITERATIONS, BASE_K } from './steps.ts';

/** Full analysis of a conversation. */
export function analyze(conv: Conversation, options: AnalyzeOptions = {}): Analysis {
  const m = buildMatrix(conv.participantIds.length, conv.statements.length, conv.votes);
  return analyzeMatrix(m, conv.statements, options);
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
  const prev = options.previous;
  const changes = prev ? options.changes : undefined;
  let everyone: GroupCounts;
  if (prev && changes) {
    everyone = widen(prev.totals, nCols);
    applyChanges(everyone, changes, () => 0);
  } else {
    everyone = columnTotals(m);
  }
  const votesPerCol = everyone.seen;
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
  const p = pca(m, everyone, zeroed, {
    start: options.previous?.comps,
    maxIterations: options.pcaMaxIterations,
    tolerance: options.pcaTolerance,
  });
  lap('pca');
  const proj = projectParticipants(m, p.center, p.comps, zeroed, nVoted, nZeroedVoted);
  fixOpenSigns(p, proj);
  const sp = statementPositions(p.center, p.comps, nVoted);
  const inIdx: number[] = [];
  for (let u = 0; u < m.nRows; u++) if (inConv[u] === 1) inIdx.push(u);

  lap('projection');
  // With the position-based start, positions are snapped to a 1e-10 grid for clustering, so that
  // participants who voted alike coincide exactly however rounding went for each of them.
  const snap = (x: number) => (options.mode === 'stable' ? Math.round(x * 1e10) / 1e10 : x);
  const points = options.mode === 'stable' ? proj.map(snap) : proj;
  const baseBounds = { lower: new Float64Array(0) };
  const base = baseClustersOf(points, inIdx, options, baseBounds);
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
  const baseOf = new Int32Array(m.nRows).fill(-1);
  for (const b of base) for (const u of b.members) baseOf[u] = b.id;
  const groupOf = new Int32Array(m.nRows).fill(-1);
  grouping.groups.forEach((g, gi) => {
    for (const b of g.members) for (const u of base[b]!.members) groupOf[u] = gi;
  });
  const nGroups = grouping.groups.length;
  const groupIds = grouping.groups.map((g) => g.id);
  let counts: GroupCounts;
  if (prev && changes && prev.groupIds.join() === groupIds.join()) {
    // Same groups as before: move the changed votes and the participants who changed group.
    counts = widen(prev.groupCounts, nCols);
    const before = (r: number) => (r < prev.groupOf.length ? prev.groupOf[r]! : -1);
    applyChanges(counts, changes, before);
    for (let r = 0; r < m.nRows; r++) {
      if (before(r) !== groupOf[r]) moveRow(counts, m, r, before(r), groupOf[r]!);
    }
  } else {
    counts = countByGroup(m, groupOf, nGroups);
  }
  const reps = grouping.groups.map((_, g) =>
    representative(counts, g, eligible, options.mode === 'stable'),
  );
  const cons = consensus(everyone, eligible, options.mode === 'stable');
  const gac = groupAwareConsensus(counts);
  const priority = priorities(counts, sp.extremity, meta);

  lap('repness, consensus, priority');
  const bridging = new Float64Array(nCols).fill(Number.NaN);
  let model: (BridgingModel & { sums: ColumnSums }) | null = null;
  if (options.bridging !== false) {
    const skip = new Uint8Array(nCols);
    for (let c = 0; c < nCols; c++) skip[c] = zeroed[c] === 1 || votesPerCol[c] === 0 ? 1 : 0;
    const userFactor = new Float64Array(m.nRows);
    let ss = 0;
    for (let u = 0; u < m.nRows; u++) ss += proj[2 * u]! ** 2;
    const rms = Math.sqrt(ss / Math.max(1, m.nRows)) || 1;
    for (let u = 0; u < m.nRows; u++) userFactor[u] = proj[2 * u]! / rms;
    const prevModel = prev?.bridging;
    if (prevModel && changes) {
      model = refitBridging(m, skip, prevModel, changes);
    } else {
      const fit = fitBridging(m, skip, {
        start: prevModel ?? undefined,
        userFactor,
        statementFactor: p.comps[0],
        maxSweeps: options.bridgingMaxSweeps,
      });
      // The same shape as a refitted model (one hidden class for both).
      model = {
        mu: fit.mu,
        userIntercept: fit.userIntercept,
        userFactor: fit.userFactor,
        statementIntercept: fit.statementIntercept,
        statementFactor: fit.statementFactor,
        sweeps: fit.sweeps,
        sums: columnSums(m, fit),
      };
    }
    for (const c of eligible) {
      if (votesPerCol[c]! >= MIN_BRIDGING_VOTES) bridging[c] = model.statementIntercept[c]!;
    }
  }
  lap('bridging');
  return {
    nParticipants: m.nRows,
    nStatements: nCols,
    nVotes: m.nVotes,
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
      baseOf,
      baseLower: baseBounds.lower,
      points,
      groupSeeds: seedsOf(grouping.clusterings),
      smoother: grouping.smoother,
      bridging: model,
      totals: everyone,
      groupCounts: counts,
      groupIds,
      groupOf,
    },
  };
}
