import type { Actor } from '../../../vocabulary/actor.ts';
import { canRecordDecision } from '../../decisions/decisions.policy.ts';
import { canSeeInternal, isAdminOf } from '../../identity/identity.policy.ts';

/** Steering-wide rights: who configures, runs, adopts and sees the municipality's steering. */

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
