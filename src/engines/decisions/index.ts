/** The decision hash chain: canonical content, SHA-256 links, verification, signed checkpoints. See README.md. */
export { canonicalJson, type Json } from './canonical.ts';
export {
  type ChainBreakReason,
  type ChainedDecision,
  type ChainVerdict,
  decisionHash,
  linkDecision,
  verifyChain,
} from './chain.ts';
export {
  CHECKPOINT_TYPE,
  type Checkpoint,
  type CheckpointBreakReason,
  type CheckpointVerdict,
  checkpointPayload,
  checkpointSignatureHolds,
  keyIdOf,
  type SignedCheckpoint,
  signCheckpoint,
  verifyCheckpoints,
} from './checkpoint.ts';
export {
  ADOPTION_KINDS,
  type Adoption,
  type AdoptionKind,
  canonicalDecision,
  type DecisionContent,
  REFERENCE_FIELDS,
  type ReferenceField,
} from './content.ts';
export { chainHash, GENESIS_HASH, isHash, sha256Hex } from './hash.ts';
export {
  CURRENT_HASH_VERSION,
  canonicalRecord,
  type DecisionRecord,
  HASH_VERSIONS,
  type HashVersion,
  isIsoInstant,
} from './record.ts';
export {
  type DecisionIssueCode,
  isHttpsUrl,
  MAX_DECISION_TEXT,
  MAX_REFERENCE_LENGTH,
  validateDecisionContent,
} from './validate.ts';
