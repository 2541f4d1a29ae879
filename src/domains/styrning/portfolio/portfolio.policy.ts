import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import { canManageDepartment, canSeeInternal } from '../../identity/identity.policy.ts';

/** What the policy needs to know of an initiative. */
export type InitiativeScope = { municipalityId: string; departmentId: string; isPublic: boolean };

/** Public initiatives are seen by everyone; the rest by the municipality's staff, managers, politicians and admins. */
export function canSeeInitiative(actor: Actor, initiative: InitiativeScope): boolean {
  return initiative.isPublic || canSeeInternal(actor, initiative.municipalityId);
}

/** Staff propose initiatives (they start as ideas); managers and admins may too. */
export function canProposeInitiative(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('staff') || roles.has('manager') || roles.has('admin');
}

/**
 * Managers edit their own department's initiatives, with their benefits and measurements, and move
 * them between stages; admins edit every department's.
 */
export function canEditInitiative(actor: Actor, initiative: InitiativeScope): boolean {
  return canManageDepartment(actor, initiative.municipalityId, initiative.departmentId);
}

/** Managers (of some department) and admins of the municipality: the first check of every edit route. */
export function canEditSomeInitiative(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('manager') || roles.has('admin');
}
