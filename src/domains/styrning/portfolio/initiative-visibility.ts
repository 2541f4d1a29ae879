import type { Actor } from '../../../vocabulary/actor.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { isPublicGoal } from '../strategy/strategy.policy.ts';
import type { Contribution, InitiativeDetail } from './initiative-detail.queries.ts';

/**
 * The goals of an initiative the actor may see: every one for the municipality's staff and up,
 * public goals only (`isPublicGoal`) for visitors and residents. Every page and answer that names
 * an initiative's goals (its page, its benefits and effect chain, the API) filters through this.
 */
export function visibleContributions<C extends Pick<Contribution, 'goalStatus' | 'parentStatus'>>(
  contributions: readonly C[],
  actor: Actor,
  municipalityId: string,
): C[] {
  if (canSeeInternal(actor, municipalityId)) return [...contributions];
  return contributions.filter((c) =>
    isPublicGoal({ status: c.goalStatus, parentStatus: c.parentStatus }),
  );
}

/**
 * What of an initiative's detail the actor may see, for its page and the API alike: visitors and
 * residents get links to public initiatives and public goals only, and no systems (the systems map
 * is internal). Staff and up see it all.
 */
export function visibleDetail(detail: InitiativeDetail, actor: Actor): InitiativeDetail {
  const municipalityId = detail.initiative.municipalityId;
  if (canSeeInternal(actor, municipalityId)) return detail;
  return {
    ...detail,
    systems: [],
    dependsOn: detail.dependsOn.filter((x) => x.isPublic),
    dependents: detail.dependents.filter((x) => x.isPublic),
    contributions: visibleContributions(detail.contributions, actor, municipalityId),
  };
}
