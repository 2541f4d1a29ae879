import { type Analysis, type AnalyzeOptions, analyzeMatrix } from './analyze.ts';
import { applyVotes, emptyMatrix, type RatingMatrix } from './matrix.ts';
import type { Conversation, StatementInfo } from './types.ts';

/** Power-iteration steps per incremental update (warm-started; later updates continue). */
export const UPDATE_PCA_STEPS = 1;
/** Base k-means steps per incremental update (Polis uses 10). */
export const UPDATE_BASE_STEPS = 10;
/** Power iteration in an update stops once no weight moves more than this. */
export const UPDATE_PCA_TOLERANCE = 1e-11;

/** A vote by id, as it arrives from a dialogue. */
export interface NewVote {
  participant: string;
  statement: string;
  /** +1 agree, −1 disagree, 0 pass. */
  value: -1 | 0 | 1;
}

/** Everything needed to update an analysis incrementally. Treat as immutable. */
export interface OpinionState {
  participantIds: string[];
  /** Index by id; shared between successive states, so only entries below the length count. */
  participantIndex: Map<string, number>;
  /** Index of statement ids, shared and only growing like `participantIndex` (optional). */
  statementIndex?: Map<string, number>;
  statements: StatementInfo[];
  matrix: RatingMatrix;
  analysis: Analysis;
}

/** Options of an update: passed on to the analysis. */
export type UpdateOptions = Omit<AnalyzeOptions, 'previous'>;

/** The state of a conversation with no votes yet. */
export function emptyState(statements: readonly StatementInfo[] = []): OpinionState {
  const matrix = emptyMatrix(0, statements.length);
  return {
    participantIds: [],
    participantIndex: new Map(),
    statementIndex: undefined,
    statements: [...statements],
    matrix,
    analysis: analyzeMatrix(matrix, statements, { bridging: false }),
  };
}

/** The state after a full analysis of a conversation. */
export function stateOf(conv: Conversation, options: UpdateOptions = {}): OpinionState {
  const s = emptyState(conv.statements);
  const state = updateWithLog(s, [...conv.participantIds], conv.votes, undefined, options, false);
  conv.participantIds.forEach((id, i) => {
    if (!state.participantIndex.has(id)) state.participantIndex.set(id, i);
  });
  return state;
}

function updateWithLog(
  prev: OpinionState,
  participantIds: string[],
  votes: Conversation['votes'],
  statements: StatementInfo[] | undefined,
  options: UpdateOptions,
  warm: boolean,
): OpinionState {
  const stmts = statements ?? prev.statements;
  const changes = { row: [], col: [], before: [], after: [] };
  const matrix = applyVotes(prev.matrix, participantIds.length, stmts.length, votes, changes);
  const analysis = analyzeMatrix(matrix, stmts, {
    changes,
    // Warm-started updates take a bounded number of steps (as Polis does per update) and keep
    // converging over successive updates.
    ...(warm
      ? {
          pcaMaxIterations: UPDATE_PCA_STEPS,
          pcaTolerance: UPDATE_PCA_TOLERANCE,
          baseMaxIterations: UPDATE_BASE_STEPS,
        }
      : {}),
    ...options,
    previous: warm ? prev.analysis.warm : undefined,
  });
  return {
    participantIds,
    participantIndex: prev.participantIndex,
    statementIndex: prev.statementIndex,
    statements: stmts,
    matrix,
    analysis,
  };
}

/**
 * Applies new votes (and optionally a new statement list, e.g. after moderation; it must keep the
 * existing statements in order) and recomputes warm-started from the previous state: PCA from the
 * previous components, k-means from the previous centres, the group count through the k smoother,
 * the bridging model from its previous fit, and in-conversation participants kept. Unknown
 * participant ids are added; unknown statement ids are added as ordinary statements.
 */
export function update(
  prev: OpinionState,
  newVotes: readonly NewVote[],
  options: UpdateOptions & { statements?: readonly StatementInfo[] } = {},
): OpinionState {
  const participantIds = [...prev.participantIds];
  const stmts = [...(options.statements ?? prev.statements)];
  const pidOf = prev.participantIndex;
  // The statement index is shared between states like the participant index; entries are
  // checked against this state's list, so a stale one is corrected instead of trusted.
  const sidOf = prev.statementIndex ?? new Map<string, number>();
  for (let c = 0; c < stmts.length; c++)
    if (sidOf.get(stmts[c]!.id) !== c) sidOf.set(stmts[c]!.id, c);
  const n = newVotes.length;
  const log = {
    participant: new Int32Array(n),
    statement: new Int32Array(n),
    value: new Int8Array(n),
  };
  newVotes.forEach((v, i) => {
    let p = pidOf.get(v.participant);
    if (p === undefined || p >= participantIds.length || participantIds[p] !== v.participant) {
      p = participantIds.push(v.participant) - 1;
      pidOf.set(v.participant, p);
    }
    let s = sidOf.get(v.statement);
    if (s === undefined || stmts[s]?.id !== v.statement) {
      s = stmts.push({ id: v.statement, moderatedOut: false, meta: false }) - 1;
      sidOf.set(v.statement, s);
    }
    log.participant[i] = p;
    log.statement[i] = s;
    log.value[i] = v.value;
  });
  const { statements: _ignored, ...rest } = options;
  const next = updateWithLog(prev, participantIds, log, stmts, rest, true);
  next.statementIndex = sidOf;
  return next;
}
