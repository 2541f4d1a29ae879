import { seededRandom } from '../../vocabulary/random.ts';
import type { Conversation } from './types.ts';

/** Shape of a synthetic conversation. */
export interface SyntheticOptions {
  participants: number;
  statements: number;
  /** Total votes (spread evenly; at most one per participant and statement). */
  votes: number;
  /** Planted opinion groups. */
  groups: number;
  /** Probability that a vote follows the voter's group stance (the rest: opposite or pass). */
  agreement?: number;
  /** Probability of a pass. */
  passRate?: number;
  /** Share of statements every group agrees with (consensus statements). */
  consensusShare?: number;
  seed?: number;
}

/** A synthetic conversation and its known truth. */
export interface Synthetic {
  conversation: Conversation;
  /** Planted group per participant. */
  truth: Int32Array;
  /** Stance of each group on each statement (+1 / −1), row-major by group. */
  stance: Int8Array;
}

/**
 * Generates a conversation with planted opinion groups: each group has a stance (+1 or −1) on
 * every statement, except a share of consensus statements that all groups agree with; each
 * participant votes on a random set of statements, following the stance with probability
 * `agreement`, passing with `passRate`, otherwise voting against. Deterministic for a seed.
 */
export function syntheticConversation(o: SyntheticOptions): Synthetic {
  const rand = seededRandom(o.seed ?? 1);
  const agreement = o.agreement ?? 0.85;
  const passRate = o.passRate ?? 0.05;
  const nP = o.participants;
  const nS = o.statements;
  const stance = new Int8Array(o.groups * nS);
  for (let c = 0; c < nS; c++) {
    const shared = rand() < (o.consensusShare ?? 0.1);
    for (let g = 0; g < o.groups; g++) stance[g * nS + c] = shared || rand() < 0.5 ? 1 : -1;
  }
  const truth = new Int32Array(nP);
  for (let u = 0; u < nP; u++) truth[u] = Math.floor(rand() * o.groups);
  const perUser = Math.min(nS, Math.max(1, Math.round(o.votes / Math.max(1, nP))));
  const n = perUser * nP;
  const participant = new Int32Array(n);
  const statement = new Int32Array(n);
  const value = new Int8Array(n);
  const stamp = new Int32Array(nS).fill(-1);
  let k = 0;
  for (let u = 0; u < nP; u++) {
    for (let j = 0; j < perUser; j++) {
      let c = Math.floor(rand() * nS);
      while (stamp[c] === u) c = (c + 1) % nS;
      stamp[c] = u;
      const r = rand();
      const s = stance[truth[u]! * nS + c]!;
      participant[k] = u;
      statement[k] = c;
      value[k] = r < agreement ? s : r < agreement + passRate ? 0 : -s;
      k++;
    }
  }
  return {
    conversation: {
      participantIds: Array.from({ length: nP }, (_, i) => `p${i}`),
      statements: Array.from({ length: nS }, (_, i) => ({
        id: `s${i}`,
        moderatedOut: false,
        meta: false,
      })),
      votes: { participant, statement, value },
    },
    truth,
    stance,
  };
}
