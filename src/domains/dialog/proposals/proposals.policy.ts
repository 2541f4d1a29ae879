import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';

/** Staff, managers and admins screen proposals, register paper signatures and record the answer. */
export function canHandleProposals(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('admin') || roles.has('manager') || roles.has('staff');
}

/** The municipality's admin sets its rule for proposals. */
export function canSetProposalRule(actor: Actor, municipalityId: string): boolean {
  return rolesIn(actor, municipalityId).has('admin');
}

/** The topics a proposal is filed under, for residents to find and staff to route it. */
export const proposalTopics = [
  'school',
  'care',
  'traffic',
  'environment',
  'culture',
  'housing',
  'digital',
  'other',
] as const;
export type ProposalTopic = (typeof proposalTopics)[number];

export const refusalReasons = ['remit', 'offensive', 'duplicate'] as const;
export const answers = ['accepted', 'partly', 'rejected'] as const;
