import { type Actor, rolesIn } from '../../vocabulary/actor.ts';
import { isAdminOf } from '../identity/identity.policy.ts';

/** Politicians and admins record the decisions of their municipality's bodies. */
export function canRecordDecision(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('admin') || roles.has('politician');
}

/** Admins keep the list of decision-making bodies. */
export function canManageBodies(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}
