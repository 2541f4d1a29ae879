import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical.ts';
import { isHash } from './hash.ts';
import { isIsoInstant } from './record.ts';

/**
 * A checkpoint: the instance's statement, signed with its Ed25519 key, that a municipality's
 * decision chain had `count` decisions ending at `head` when it was signed. Anyone who keeps one
 * can later check, with the public key alone, that the chain still contains that head.
 */
export type Checkpoint = {
  municipalityId: string;
  /** How many decisions the chain had: the sequence of the decision whose hash is `head`. */
  count: number;
  head: string;
  /** ISO 8601 in UTC with milliseconds. */
  signedAt: string;
  /** The signing key's id: its JWK thumbprint (RFC 7638). */
  keyId: string;
};

/** A checkpoint with its Ed25519 signature over `checkpointPayload`, in base64url. */
export type SignedCheckpoint = Checkpoint & { signature: string };

/** What a checkpoint says about itself, so a signature is never valid for another kind of message. */
export const CHECKPOINT_TYPE = 'samskap-decision-checkpoint';

/**
 * The exact bytes that are signed, as a string (UTF-8): the canonical JSON of the checkpoint with
 * `type` and `v` (1), keys in code-unit order:
 * `{"count":3,"head":"…","keyId":"…","municipalityId":"SE-0483","signedAt":"…","type":"samskap-decision-checkpoint","v":1}`.
 */
export function checkpointPayload(c: Checkpoint): string {
  return canonicalJson({
    count: c.count,
    head: c.head,
    keyId: c.keyId,
    municipalityId: c.municipalityId,
    signedAt: c.signedAt,
    type: CHECKPOINT_TYPE,
    v: 1,
  });
}

/**
 * The id of an Ed25519 public key: its JWK thumbprint (RFC 7638), SHA-256 over
 * `{"crv":"Ed25519","kty":"OKP","x":"…"}` in base64url.
 */
export function keyIdOf(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' });
  const members = canonicalJson({ crv: 'Ed25519', kty: 'OKP', x: String(x) });
  return createHash('sha256').update(members, 'utf8').digest('base64url');
}

/** Signs a checkpoint with the instance's private key (Ed25519: no digest is chosen). */
export function signCheckpoint(c: Checkpoint, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, Buffer.from(checkpointPayload(c), 'utf8'), privateKey);
  return { ...c, signature: signature.toString('base64url') };
}

/** True when the signature is the key's over this very checkpoint and the key id is the key's. */
export function checkpointSignatureHolds(c: SignedCheckpoint, publicKey: KeyObject): boolean {
  if (c.keyId !== keyIdOf(publicKey) || !/^[A-Za-z0-9_-]+$/.test(c.signature)) return false;
  if (!isHash(c.head) || !isIsoInstant(c.signedAt) || !Number.isSafeInteger(c.count)) return false;
  try {
    const payload = Buffer.from(checkpointPayload(c), 'utf8');
    return verify(null, payload, publicKey, Buffer.from(c.signature, 'base64url'));
  } catch {
    return false;
  }
}

/** Why stored checkpoints do not agree with the chain, at the first that does not. */
export type CheckpointBreakReason =
  /** The signature does not hold for the instance's key: altered, or signed by another key. */
  | 'checkpoint-signature'
  /** The chain is shorter than the checkpoint says it was: decisions were removed. */
  | 'checkpoint-beyond-chain'
  /** The chain's decision number `count` has another hash: the chain was rewritten from there. */
  | 'checkpoint-head'
  /** A decision that must have a checkpoint has none: it was added, or its checkpoint removed. */
  | 'checkpoint-missing';

export type CheckpointVerdict =
  | { ok: true; checked: number; latest: SignedCheckpoint | null }
  | { ok: false; reason: CheckpointBreakReason; count: number };

/**
 * Checks a municipality's signed checkpoints against its chain, given as the hashes of its
 * decisions in sequence order (from a chain that `verifyChain` found intact):
 * - every checkpoint names the chain's hash at its count (`checkpoint-beyond-chain`,
 *   `checkpoint-head`), and is signed by `publicKey` for this municipality
 *   (`checkpoint-signature`);
 * - every decision from number `signedFrom` on has a checkpoint (`checkpoint-missing`): each is
 *   signed when it is recorded, so only decisions recorded before checkpoints existed lack one.
 * With `signatures: 'latest'` only the latest checkpoint's signature is verified (one Ed25519
 * verification instead of one per decision): since every head is compared with the chain, a
 * valid latest checkpoint vouches for every decision up to it, which is enough for a page view;
 * a full check verifies them all. The first failure wins, in the order of the counts.
 */
export function verifyCheckpoints(
  municipalityId: string,
  hashes: readonly string[],
  checkpoints: readonly SignedCheckpoint[],
  publicKey: KeyObject,
  options: { signedFrom?: number; signatures?: 'all' | 'latest' } = {},
): CheckpointVerdict {
  const sorted = [...checkpoints].sort((a, b) => a.count - b.count);
  const latest = sorted.at(-1) ?? null;
  const counts = new Set(sorted.map((c) => c.count));
  for (const c of sorted) {
    const check = options.signatures !== 'latest' || c === latest;
    // The municipality asked about, not the row's own: a checkpoint moved from another fails.
    if (check && !checkpointSignatureHolds({ ...c, municipalityId }, publicKey)) {
      return { ok: false, reason: 'checkpoint-signature', count: c.count };
    }
    if (c.count < 1 || c.count > hashes.length) {
      return { ok: false, reason: 'checkpoint-beyond-chain', count: c.count };
    }
    if (hashes[c.count - 1] !== c.head) {
      return { ok: false, reason: 'checkpoint-head', count: c.count };
    }
  }
  for (
    let count = Math.max(1, options.signedFrom ?? hashes.length + 1);
    count <= hashes.length;
    count++
  ) {
    if (!counts.has(count)) return { ok: false, reason: 'checkpoint-missing', count };
  }
  return { ok: true, checked: sorted.length, latest };
}
