import type { BridgingModel } from './bridging.ts';
import type { ColumnSums } from './bridging-update.ts';
import type { Seed } from './kmeans.ts';
import type { CellChange } from './matrix.ts';
import type { Pca } from './pca.ts';
import type { GroupCounts } from './stats.ts';
import type { Cluster, ConsensusStat, KSmoother, RepStat } from './types.ts';

/** What an analysis carries forward to warm-start the next one. */
export interface WarmStart {
  inConv: Uint8Array;
  comps: [Float64Array, Float64Array];
  baseSeeds: Seed[];
  /** Base cluster id per participant (−1 when not in one). */
  baseOf: Int32Array;
  /** Per participant, a lower bound on the distance to every other base centre (speed only). */
  baseLower?: Float64Array;
  /** The positions the base clusters were computed on (interleaved x, y). */
  points?: Float64Array;
  groupSeeds: Map<number, Seed[]>;
  smoother: KSmoother;
  bridging: (BridgingModel & { sums: ColumnSums }) | null;
  /** Everyone's counts per statement. */
  totals: GroupCounts;
  /** Counts per group (in `groupIds` order) and statement, and the group of each participant. */
  groupCounts: GroupCounts;
  groupIds: number[];
  groupOf: Int32Array;
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
   * Cells changed since `previous` (incremental update): counts are then updated, not redone,
   * and the bridging model is refitted for the participants and statements concerned only.
   */
  changes?: CellChange | undefined;
  /** When given, filled with the milliseconds spent per phase. */
  timings?: Record<string, number>;
  /** Cap on power-iteration steps (default 1000; stops earlier on convergence). */
  pcaMaxIterations?: number;
  /** Power iteration stops once no weight moves more than this (default 1e-11). */
  pcaTolerance?: number;
  /** Cap on base k-means steps (default 100). */
  baseMaxIterations?: number;
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
