import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';

/**
 * Moderators of a municipality accept or reject statements and comments in its dialogues. A role
 * of its own, apart from admin: who moderates what residents write is not who runs the system.
 */
export function canModerate(actor: Actor, municipalityId: string): boolean {
  return rolesIn(actor, municipalityId).has('moderator');
}
