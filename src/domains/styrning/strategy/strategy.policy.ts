import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import { canRecordDecision } from '../../decisions/decisions.policy.ts';
import { canManageDepartment, canSeeInternal, isAdminOf } from '../../identity/identity.policy.ts';

/** Admins write the future story's drafts and the strategic goals. */
export function canEditFutureStory(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId);
}

/** Staff, managers, politicians and admins see drafts (future story versions, goals not yet adopted). */
export function canSeeStrategyDrafts(actor: Actor, municipalityId: string): boolean {
  return canSeeInternal(actor, municipalityId);
}

/**
 * Whether a goal is public: adopted, and a goal under another goal only when that goal is adopted
 * too (`parentStatus` is null for a goal without a parent). The same rule as the public goal tree
 * (`goalTree` with `publicOnly`) and the goal search; visitors and residents see no other goal,
 * wherever it is named.
 */
export function isPublicGoal(goal: { status: string; parentStatus: string | null }): boolean {
  return (
    goal.status === 'adopted' && (goal.parentStatus === null || goal.parentStatus === 'adopted')
  );
}

/** Politicians and admins adopt a future story version or the goal set by a recorded decision. */
export function canAdoptStrategy(actor: Actor, municipalityId: string): boolean {
  return canRecordDecision(actor, municipalityId);
}

/** What the policy needs to know of a goal. */
export type GoalScope = { municipalityId: string; departmentId: string | null };

/**
 * Strategic goals (no department) are written by admins; a department goal by that department's
 * managers and by admins. The same right covers the goal's indicators and their measurements.
 */
export function canEditGoal(actor: Actor, goal: GoalScope): boolean {
  if (goal.departmentId === null) return isAdminOf(actor, goal.municipalityId);
  return canManageDepartment(actor, goal.municipalityId, goal.departmentId);
}

/** Whoever may write some goal of the municipality: its admins, and managers of its departments. */
export function canWriteGoalsIn(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('admin') || roles.has('manager');
}
