import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';

/** Staff, managers and admins register matters and open dialogues on them, and write seed statements. */
export function canManageMatters(actor: Actor, municipalityId: string): boolean {
  const roles = rolesIn(actor, municipalityId);
  return roles.has('admin') || roles.has('manager') || roles.has('staff');
}

/** Who may take part in a dialogue: anyone, signed-in users, or users known through the municipality's e-ID. */
export const participationRules = ['anyone', 'registered', 'eid'] as const;
export type ParticipationRule = (typeof participationRules)[number];

/** Whether new statements are shown at once or wait for a moderator. */
export const statementRules = ['shown', 'moderated'] as const;
export type StatementRule = (typeof statementRules)[number];
