/** The decision hash chain: canonical content, SHA-256 links, verification. See README.md. */
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
  ADOPTION_KINDS,
  type Adoption,
  type AdoptionKind,
  canonicalDecision,
  type DecisionContent,
} from './content.ts';
export { chainHash, GENESIS_HASH, isHash, sha256Hex } from './hash.ts';
export {
  type DecisionIssueCode,
  MAX_DECISION_TEXT,
  validateDecisionContent,
} from './validate.ts';
