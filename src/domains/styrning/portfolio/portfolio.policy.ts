import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import { canRecordDecision } from '../../decisions/decisions.policy.ts';
import { canManageDepartment, canSeeInternal, isAdminOf } from '../../identity/identity.policy.ts';

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

/** Admins configure the prioritisation criteria, the discount rate and the systems catalogue. */
export function canConfigureSteering(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

/** Admins run and save prioritisation scenarios. */
export function canRunScenarios(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

/** Politicians and admins adopt by a recorded decision (a scenario, a future story, a gate override). */
export function canAdoptByDecision(actor: Actor, municipalityId: string): boolean {
  return canRecordDecision(actor, municipalityId);
}

/** Internal steering data (scenarios, dashboards with non-public initiatives, the systems map). */
export function canSeeSteering(actor: Actor, municipalityId: string): boolean {
  return canSeeInternal(actor, municipalityId);
}
