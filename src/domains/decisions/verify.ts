import {
  type Adoption,
  type ChainBreakReason,
  type ChainedDecision,
  type CheckpointBreakReason,
  type HashVersion,
  type SignedCheckpoint,
  verifyChain,
  verifyCheckpoints,
} from '../../engines/decisions/index.ts';
import type { CommandContext } from '../../lib/context.ts';
import { signedCheckpoint } from './checkpoints.ts';
import {
  type CheckpointRow,
  checkpointsOf,
  type DecisionRow,
  decisionsOf,
} from './decisions.queries.ts';
import { instanceKey } from './signing.ts';

/** A municipality's decisions as `decisionsOf` gives them: in sequence order, with the body's name. */
export type DecisionRows = readonly { decision: DecisionRow; bodyName: string }[];

/** The chain the engine verifies: each row with everything its hash version may cover. */
export function chainOf(rows: DecisionRows): ChainedDecision[] {
  return rows.map(({ decision: d, bodyName }) => ({
    sequence: d.sequence,
    // The database allows only 1 and 2; the engine refuses anything else as a 'version' break.
    hashVersion: d.hashVersion as HashVersion,
    previousHash: d.previousHash,
    hash: d.hash,
    content: {
      bodyId: d.bodyId,
      date: d.decidedOn,
      text: d.text,
      // Kinds were validated by the engine before the decision was recorded.
      adopts: d.adopts as Adoption[],
      paragraph: d.paragraph,
      registrationNumber: d.registrationNumber,
      protocolUrl: d.protocolUrl,
      id: d.id,
      municipalityId: d.municipalityId,
      bodyName,
      recordedBy: d.recordedBy,
      recordedAt: d.recordedAt.toISOString(),
    },
  }));
}

/** Why a municipality's decisions do not hold, at the first place they do not. */
export type VerdictReason = ChainBreakReason | CheckpointBreakReason;

/**
 * Whether a municipality's decisions hold, checked in this order, the first failure winning:
 * the hash chain itself; the head kept from outside (`head`), which must still be in the chain;
 * every stored checkpoint, whose signature must hold for the instance key and whose head must be
 * the chain's hash at its count.
 */
export type DecisionsVerdict = {
  ok: boolean;
  /** How many decisions are stored. */
  length: number;
  /** The hash of the last decision (genesis when none), when the chain holds. */
  head: string | null;
  failure: { reason: VerdictReason; index: number } | null;
  checkpoints: { checked: number; latest: SignedCheckpoint | null };
  keyId: string;
  /** The head asked about; `sequence` is the decision it is the hash of (0: genesis), else null. */
  kept: { hash: string; sequence: number | null } | null;
};

export function verifyDecisions(
  municipalityId: string,
  rows: DecisionRows,
  checkpointRows: readonly CheckpointRow[],
  key: { publicKey: import('node:crypto').KeyObject; keyId: string },
  options: { head?: string | undefined; signatures?: 'all' | 'latest' } = {},
): DecisionsVerdict {
  const { head, signatures = 'all' } = options;
  const chain = chainOf(rows);
  const base = {
    length: rows.length,
    keyId: key.keyId,
    checkpoints: { checked: 0, latest: null },
    kept: head === undefined ? null : { hash: head, sequence: null },
  };
  const plain = verifyChain(chain);
  if (!plain.ok) {
    const failure = { reason: plain.reason, index: plain.index };
    return { ...base, ok: false, head: null, failure };
  }
  const asked = head === undefined ? plain : verifyChain(chain, { head });
  const kept =
    head === undefined ? null : { hash: head, sequence: asked.ok ? (asked.headAt ?? null) : null };
  // Every decision hashed with version 2 was signed when it was recorded; older ones were not.
  const firstSigned = chain.find((d) => d.hashVersion >= 2)?.sequence;
  const checked = verifyCheckpoints(
    municipalityId,
    chain.map((d) => d.hash),
    checkpointRows.map(signedCheckpoint),
    key.publicKey,
    { signatures, ...(firstSigned === undefined ? {} : { signedFrom: firstSigned }) },
  );
  const checkpoints = checked.ok
    ? { checked: checked.checked, latest: checked.latest }
    : { checked: checkpointRows.length, latest: null };
  const failure = !asked.ok
    ? { reason: asked.reason, index: asked.index }
    : !checked.ok
      ? { reason: checked.reason, index: checked.count - 1 }
      : null;
  return { ...base, ok: failure === null, head: plain.head, failure, checkpoints, kept };
}

/**
 * Loads a municipality's decisions, checkpoints and the instance key, and verifies them (see
 * `verifyCheckpoints` for `signatures`: a page view checks the latest signature, a check all).
 */
export async function loadVerdict(
  ctx: Pick<CommandContext, 'db' | 'decisionSigningKey'>,
  municipalityId: string,
  options: { head?: string | undefined; signatures?: 'all' | 'latest' } = {},
): Promise<{ rows: DecisionRows; verdict: DecisionsVerdict }> {
  const [rows, checkpointRows, key] = await Promise.all([
    decisionsOf(ctx.db, municipalityId),
    checkpointsOf(ctx.db, municipalityId),
    instanceKey(ctx),
  ]);
  return { rows, verdict: verifyDecisions(municipalityId, rows, checkpointRows, key, options) };
}
