/**
 * Who may do what. Pure predicates over an Actor; routes and commands call these and nothing
 * else decides authorisation.
 */

import { type Actor, effectiveGrants, type Grant, rolesIn } from '../../vocabulary/actor.ts';

export function isAdminOf(actor: Actor, municipalityId: string): boolean {
  return rolesIn(actor, municipalityId).has('admin');
}

/** Staff, managers, politicians and admins see a municipality's internal (non-public) data. */
export function canSeeInternal(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return (
    roles.has('staff') || roles.has('manager') || roles.has('politician') || roles.has('admin')
  );
}

/** Managers manage the departments they were granted; admins manage every department. */
export function canManageDepartment(
  actor: Actor,
  municipalityId: string,
  departmentId: string,
): boolean {
  if (isAdminOf(actor, municipalityId)) return true;
  return effectiveGrants(actor).some(
    (g) =>
      g.role === 'manager' &&
      g.municipalityId === municipalityId &&
      g.departmentId === departmentId,
  );
}

export function canManageRoles(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

export function canReadAudit(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

export function canConfigureLogin(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

export function canManageDepartments(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

/** A whole-network coordinator coordinates every county; a county coordinator only theirs. */
export function coordinatesCounty(actor: Actor, countyId: string): boolean {
  return effectiveGrants(actor).some(
    (g) => g.role === 'coordinator' && (g.countyId === null || g.countyId === countyId),
  );
}

export function isNetworkCoordinator(actor: Actor): boolean {
  return effectiveGrants(actor).some((g) => g.role === 'coordinator' && g.countyId === null);
}

/** Coordinator roles are granted by whole-network coordinators. */
export function canGrantCoordinator(actor: Actor): boolean {
  return isNetworkCoordinator(actor);
}

/**
 * Staff, managers, politicians and admins may create personal API tokens for a municipality where
 * they hold such a role; residents have nothing in the API that needs one.
 */
export function canCreateTokenFor(actor: Actor, municipalityId: string): boolean {
  return (
    actor.kind === 'user' && !actor.tokenMunicipalityId && canSeeInternal(actor, municipalityId)
  );
}

/** Municipalities in which the actor holds any role, for menus. */
export function municipalitiesOf(actor: Actor): string[] {
  const ids = new Set<string>();
  for (const g of effectiveGrants(actor)) if (g.role !== 'coordinator') ids.add(g.municipalityId);
  return [...ids];
}

/**
 * A municipality's login provider is configured by that municipality's admin, so it may sign in
 * (or be linked to) only accounts whose roles are all in that municipality: none in another one,
 * a county or the network.
 */
export function mayLinkProviderOf(grants: readonly Grant[], municipalityId: string): boolean {
  return grants.every((g) => g.role !== 'coordinator' && g.municipalityId === municipalityId);
}
