/**
 * Shared types of the opinion engine. Votes use the export sign: agree = +1, disagree = -1,
 * pass = 0. Participants and statements are addressed by index into the conversation's arrays;
 * ids are only used when results are reported.
 */

/** A statement as the engine sees it. */
export interface StatementInfo {
  /** Id as in the source (export), reported back unchanged. */
  id: string;
  /** Moderated out: zeroed for the PCA, never representative nor consensus. */
  moderatedOut: boolean;
  /** Meta statement (about the participant, not an opinion): treated like moderated out. */
  meta: boolean;
}

/**
 * Votes in chronological order as parallel typed arrays (participant index, statement index,
 * value). When a participant votes twice on a statement, the later entry counts.
 */
export interface VoteLog {
  participant: Int32Array;
  statement: Int32Array;
  value: Int8Array;
}

/** A whole conversation: the input of a full analysis. */
export interface Conversation {
  participantIds: readonly string[];
  statements: readonly StatementInfo[];
  votes: VoteLog;
}

/** A cluster of points (participants, or base clusters when grouping). */
export interface Cluster {
  id: number;
  /** Indices of the clustered points. */
  members: number[];
  center: [number, number];
}

/** Per-group, per-statement vote statistics behind representativeness. */
export interface RepStat {
  statement: number;
  direction: 'agree' | 'disagree';
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
  repness: number;
  repnessTest: number;
  bestAgree: boolean;
}

/** A consensus statement with its support figures. */
export interface ConsensusStat {
  statement: number;
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
}

/** Smoothing of the number of groups across updates (Polis's k smoother). */
export interface KSmoother {
  lastK: number;
  lastKCount: number;
  smoothedK: number;
}
