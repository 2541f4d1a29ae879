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
  REFERENCE_FIELDS,
  type ReferenceField,
} from './content.ts';
export { chainHash, GENESIS_HASH, isHash, sha256Hex } from './hash.ts';
export {
  type DecisionIssueCode,
  isHttpsUrl,
  MAX_DECISION_TEXT,
  MAX_REFERENCE_LENGTH,
  validateDecisionContent,
} from './validate.ts';
