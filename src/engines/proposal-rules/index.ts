/** Residents' proposals: thresholds from a municipality's rule, deadlines and states. See README.md. */
export {
  bodyDeadline,
  collectionEnds,
  defaultPreset,
  type ProposalRule,
  presetRule,
  type RuleField,
  type RulePreset,
  ruleErrors,
  rulePresets,
  type SupportRefusal,
  type SupportWay,
  supportersForgottenAt,
  supportRefusal,
  supportThreshold,
  supportWays,
} from './rules.ts';
export {
  canMove,
  type ProposalState,
  proposalStates,
  publicStates,
  takesSupport,
} from './states.ts';
