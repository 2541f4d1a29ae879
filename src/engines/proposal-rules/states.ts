export const proposalStates = [
  'draft',
  'screening',
  'refused',
  'collecting',
  'thresholdReached',
  'expired',
  'withBody',
  'answered',
  'withdrawn',
] as const;
export type ProposalState = (typeof proposalStates)[number];

/** The states anyone may see a proposal in; before and after screening only its proposer and staff do. */
export const publicStates: readonly ProposalState[] = [
  'collecting',
  'thresholdReached',
  'expired',
  'withBody',
  'answered',
  'withdrawn',
];

const next: Record<ProposalState, readonly ProposalState[]> = {
  draft: ['screening', 'withdrawn'],
  screening: ['collecting', 'refused', 'withdrawn'],
  refused: [],
  collecting: ['thresholdReached', 'expired', 'withdrawn'],
  thresholdReached: ['withBody', 'withdrawn'],
  expired: ['withBody', 'withdrawn'],
  withBody: ['answered', 'withdrawn'],
  answered: [],
  withdrawn: [],
};

/** Whether a proposal may move from one state to another. */
export const canMove = (from: ProposalState, to: ProposalState) => next[from].includes(to);

/** Whether support may be given: while collecting, also past the threshold, until the window ends. */
export const takesSupport = (state: ProposalState, expiresAt: Date | null, now: Date) =>
  (state === 'collecting' || state === 'thresholdReached') && expiresAt !== null && now < expiresAt;
