import { type Actor, effectiveGrants } from '../../../vocabulary/actor.ts';
import { coordinatesCounty, isNetworkCoordinator } from '../../identity/identity.policy.ts';

/** A county's coordinators (and the whole network's) recommend cases to its municipalities. */
export function canRecommendInCounty(actor: Actor, countyId: string): boolean {
  return coordinatesCounty(actor, countyId);
}

/** Only the whole network's coordinators curate the national shortlist. */
export function canCurateShortlist(actor: Actor): boolean {
  return isNetworkCoordinator(actor);
}

/** Where a recommendation goes: a county, or (null) the network's national shortlist. */
export type RecommendationScope = string | null;

/** Whether the actor may recommend cases in `scope`, or take a recommendation there back. */
export function mayRecommend(actor: Actor, scope: RecommendationScope): boolean {
  return scope === null ? canCurateShortlist(actor) : canRecommendInCounty(actor, scope);
}

/**
 * The municipalities in which the actor works (any role but resident): opening a case there
 * counts as the municipality having looked at it. A token's request counts for its municipality.
 */
export function lookingFor(actor: Actor): string[] {
  const places = new Set<string>();
  for (const g of effectiveGrants(actor)) {
    if (g.role !== 'coordinator' && g.role !== 'resident') places.add(g.municipalityId);
  }
  return [...places];
}
