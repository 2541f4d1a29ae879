import { canonicalDecision, type DecisionContent } from './content.ts';
import { chainHash, GENESIS_HASH, isHash } from './hash.ts';
import {
  CURRENT_HASH_VERSION,
  canonicalRecord,
  type DecisionRecord,
  HASH_VERSIONS,
  type HashVersion,
} from './record.ts';

/**
 * A decision as stored in the chain: position (1-based), the hash version, what that version
 * hashes, and the two hashes. Version 1 hashes the content; version 2 the whole record, so its
 * `content` is a `DecisionRecord` (`canonicalRecord` refuses one that lacks a field).
 */
export type ChainedDecision = {
  sequence: number;
  hashVersion: HashVersion;
  content: DecisionContent | DecisionRecord;
  previousHash: string;
  hash: string;
};

/** Why a chain does not hold, at the first decision where it breaks. */
export type ChainBreakReason =
  /** `sequence` is not its position (1, 2, 3, …): a decision is missing, repeated or moved. */
  | 'order'
  /** The hash version is unknown, or older than the decision's before it (a downgrade). */
  | 'version'
  /** `hash` or `previousHash` is not 64 lower-case hex digits. */
  | 'malformed'
  /** `previousHash` is not the hash of the decision before (GENESIS_HASH for the first). */
  | 'link-broken'
  /** `hash` does not match the content: the content (or the hash) was changed afterwards. */
  | 'content-changed'
  /** The chain is intact but does not contain the head hash known from outside. */
  | 'head-not-found';

export type ChainVerdict =
  | {
      ok: true;
      length: number;
      head: string;
      /** With `options.head`: its place, the sequence of the decision it is the hash of (0 for genesis). */
      headAt?: number;
    }
  | {
      ok: false;
      reason: ChainBreakReason;
      /** 0-based index into the list given; for 'head-not-found' the last index (−1 if empty). */
      index: number;
      expected: string | number;
      actual: string | number;
    };

/** The hash of a decision linked to the previous hash, in the decision's own hash version. */
export function decisionHash(
  decision: Pick<ChainedDecision, 'hashVersion' | 'content' | 'sequence'>,
  previousHash: string,
): string {
  const canonical =
    decision.hashVersion === 2
      ? canonicalRecord(decision.content as DecisionRecord, decision.sequence)
      : canonicalDecision(decision.content);
  return chainHash(canonical, previousHash);
}

/**
 * Links a new decision after `previous` (null for the first decision of a municipality), hashed
 * with the current version (2) from its whole record. Version 1 is there to rebuild chains
 * recorded before version 2 (tests, fixtures); nothing new is recorded with it. The caller
 * validates the content first and stores the result append-only.
 */
export function linkDecision(
  previous: Pick<ChainedDecision, 'sequence' | 'hash'> | null,
  content: DecisionRecord,
  hashVersion?: typeof CURRENT_HASH_VERSION,
): ChainedDecision;
export function linkDecision(
  previous: Pick<ChainedDecision, 'sequence' | 'hash'> | null,
  content: DecisionContent,
  hashVersion: 1,
): ChainedDecision;
export function linkDecision(
  previous: Pick<ChainedDecision, 'sequence' | 'hash'> | null,
  content: DecisionContent | DecisionRecord,
  hashVersion: HashVersion = CURRENT_HASH_VERSION,
): ChainedDecision {
  const previousHash = previous?.hash ?? GENESIS_HASH;
  const sequence = (previous?.sequence ?? 0) + 1;
  const linked = { sequence, hashVersion, content } as ChainedDecision;
  return { ...linked, previousHash, hash: decisionHash(linked, previousHash) };
}

/**
 * Verifies a chain given in sequence order. For each decision, in turn: its sequence equals its
 * position, its hash version is known and not older than the one before, both hashes are well
 * formed, its previousHash is the hash before it, and its hash is recomputed from what its
 * version covers. Returns the first failure, or ok with the head (last hash; GENESIS_HASH for an
 * empty chain).
 *
 * With `options.head`, a head kept from outside (the API, the page, the feed, a signed
 * checkpoint), the chain must also contain it: it is the hash of one of the decisions, or
 * genesis. The chain may have grown since, but a decision at or before the kept head that was
 * removed or rewritten (even with every later hash recomputed) makes it fail with
 * 'head-not-found': the only way to notice a rewritten end of the chain, so publish the head.
 */
export function verifyChain(
  decisions: readonly ChainedDecision[],
  options: { head?: string } = {},
): ChainVerdict {
  let previous = GENESIS_HASH;
  let previousVersion = 1;
  let headAt = options.head === GENESIS_HASH ? 0 : undefined;
  for (const [index, d] of decisions.entries()) {
    if (d.sequence !== index + 1) {
      return { ok: false, reason: 'order', index, expected: index + 1, actual: d.sequence };
    }
    if (!HASH_VERSIONS.includes(d.hashVersion) || d.hashVersion < previousVersion) {
      const actual = Number(d.hashVersion);
      return { ok: false, reason: 'version', index, expected: previousVersion, actual };
    }
    for (const h of [d.previousHash, d.hash]) {
      if (!isHash(h))
        return { ok: false, reason: 'malformed', index, expected: 'hex64', actual: String(h) };
    }
    if (d.previousHash !== previous) {
      return {
        ok: false,
        reason: 'link-broken',
        index,
        expected: previous,
        actual: d.previousHash,
      };
    }
    const recomputed = decisionHash(d, d.previousHash);
    if (recomputed !== d.hash) {
      return { ok: false, reason: 'content-changed', index, expected: recomputed, actual: d.hash };
    }
    previous = d.hash;
    previousVersion = d.hashVersion;
    if (d.hash === options.head) headAt = d.sequence;
  }
  if (options.head === undefined) return { ok: true, length: decisions.length, head: previous };
  if (headAt === undefined) {
    const index = decisions.length - 1;
    return { ok: false, reason: 'head-not-found', index, expected: options.head, actual: previous };
  }
  return { ok: true, length: decisions.length, head: previous, headAt };
}
