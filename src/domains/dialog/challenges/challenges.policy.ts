import { type Actor, effectiveGrants, rolesIn } from '../../../vocabulary/actor.ts';
import { canManageDepartment } from '../../identity/identity.policy.ts';

/** The roles people bring to a challenge; the page counts each and names those still missing. */
export const stakeholderRoles = [
  'resident',
  'relative',
  'frontline',
  'business',
  'civilSociety',
  'academia',
  'expert',
] as const;
export type StakeholderRole = (typeof stakeholderRoles)[number];

export const challengeStates = ['open', 'shortlisting', 'done'] as const;
export type ChallengeState = (typeof challengeStates)[number];

/** Open → shortlisting → done, one way. */
export function canMoveChallenge(from: string, to: ChallengeState): boolean {
  return (from === 'open' && to === 'shortlisting') || (from === 'shortlisting' && to === 'done');
}

/**
 * Staff and managers with rights in the department (a grant for it, or one for the whole
 * municipality) and the municipality's admins post challenges for it.
 */
export function canPostChallenge(actor: Actor, municipalityId: string, departmentId: string) {
  if (rolesIn(actor, municipalityId).has('admin')) return true;
  return effectiveGrants(actor).some(
    (g) =>
      (g.role === 'staff' || g.role === 'manager') &&
      g.municipalityId === municipalityId &&
      (g.departmentId === null || g.departmentId === departmentId),
  );
}

/** Who may work on the municipality's challenges at all: the first check of every staff route. */
export function canWorkOnChallenges(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('staff') || roles.has('manager') || roles.has('admin');
}

export type ChallengeScope = {
  municipalityId: string;
  departmentId: string;
  ownerId: string | null;
};

/**
 * The owner (while they keep rights in its department), the department's managers and the
 * municipality's admins run a challenge: its state, workshops, shortlist and initiatives.
 */
export function canManageChallenge(actor: Actor, c: ChallengeScope): boolean {
  if (actor.kind !== 'user') return false;
  if (canManageDepartment(actor, c.municipalityId, c.departmentId)) return true;
  return c.ownerId === actor.userId && canPostChallenge(actor, c.municipalityId, c.departmentId);
}

/** Those who run the challenge and the municipality's moderators hide comments. */
export function canHideIdeaComment(actor: Actor, c: ChallengeScope): boolean {
  return canManageChallenge(actor, c) || rolesIn(actor, c.municipalityId).has('moderator');
}

/** Who may hide comments on some challenge of the municipality: the first check of that route. */
export function mayHideComments(actor: Actor, municipalityId: string): boolean {
  return (
    canWorkOnChallenges(actor, municipalityId) || rolesIn(actor, municipalityId).has('moderator')
  );
}
