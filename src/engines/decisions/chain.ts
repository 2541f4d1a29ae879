import { canonicalDecision, type DecisionContent } from './content.ts';
import { chainHash, GENESIS_HASH, isHash } from './hash.ts';

/** A decision as stored in the chain: position (1-based), content and the two hashes. */
export type ChainedDecision = {
  sequence: number;
  content: DecisionContent;
  previousHash: string;
  hash: string;
};

/** Why a chain does not hold, at the first decision where it breaks. */
export type ChainBreakReason =
  /** `sequence` is not its position (1, 2, 3, …): a decision is missing, repeated or moved. */
  | 'order'
  /** `hash` or `previousHash` is not 64 lower-case hex digits. */
  | 'malformed'
  /** `previousHash` is not the hash of the decision before (GENESIS_HASH for the first). */
  | 'link-broken'
  /** `hash` does not match the content: the content (or the hash) was changed afterwards. */
  | 'content-changed'
  /** The chain is intact but ends elsewhere than the head hash known from outside. */
  | 'head-mismatch';

export type ChainVerdict =
  | { ok: true; length: number; head: string }
  | {
      ok: false;
      reason: ChainBreakReason;
      /** 0-based index into the list given; for 'head-mismatch' the last index (−1 if empty). */
      index: number;
      expected: string | number;
      actual: string | number;
    };

/** The hash of a decision's content linked to the previous hash (see `chainHash`). */
export function decisionHash(content: DecisionContent, previousHash: string): string {
  return chainHash(canonicalDecision(content), previousHash);
}

/**
 * Links new content after `previous` (null for the first decision of a municipality). The caller
 * validates the content first and stores the result append-only.
 */
export function linkDecision(
  previous: Pick<ChainedDecision, 'sequence' | 'hash'> | null,
  content: DecisionContent,
): ChainedDecision {
  const previousHash = previous?.hash ?? GENESIS_HASH;
  return {
    sequence: (previous?.sequence ?? 0) + 1,
    content,
    previousHash,
    hash: decisionHash(content, previousHash),
  };
}

/**
 * Verifies a chain given in sequence order. For each decision, in turn: its sequence equals its
 * position, both hashes are well formed, its previousHash is the hash before it, and its hash is
 * recomputed from its content. Returns the first failure, or ok with the head (last hash;
 * GENESIS_HASH for an empty chain). With `options.head`, the chain must also end at that hash —
 * the only way to notice a rewritten last decision, so publish the head.
 */
export function verifyChain(
  decisions: readonly ChainedDecision[],
  options: { head?: string } = {},
): ChainVerdict {
  let previous = GENESIS_HASH;
  for (const [index, d] of decisions.entries()) {
    if (d.sequence !== index + 1) {
      return { ok: false, reason: 'order', index, expected: index + 1, actual: d.sequence };
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
    const recomputed = decisionHash(d.content, d.previousHash);
    if (recomputed !== d.hash) {
      return { ok: false, reason: 'content-changed', index, expected: recomputed, actual: d.hash };
    }
    previous = d.hash;
  }
  if (options.head !== undefined && options.head !== previous) {
    const index = decisions.length - 1;
    return { ok: false, reason: 'head-mismatch', index, expected: options.head, actual: previous };
  }
  return { ok: true, length: decisions.length, head: previous };
}
