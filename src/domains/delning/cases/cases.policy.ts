import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import { canManageDepartment } from '../../identity/identity.policy.ts';

/**
 * Publishing speaks for an initiative, so those who may edit it publish, update and withdraw its
 * case: the manager of its department and the municipality's admins.
 */
export function canPublishCase(
  actor: Actor,
  initiative: { municipalityId: string; departmentId: string },
): boolean {
  return canManageDepartment(actor, initiative.municipalityId, initiative.departmentId);
}

/** Anyone who may publish cases somewhere in the municipality sees its publishing page. */
export function canPublishSomeCase(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('manager') || roles.has('admin');
}

/**
 * Adopting starts an initiative in a department of the adopter's own: its manager or an admin of
 * the municipality adopts.
 */
export function canAdoptInto(actor: Actor, municipalityId: string, departmentId: string): boolean {
  return canManageDepartment(actor, municipalityId, departmentId);
}
