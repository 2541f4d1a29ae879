/**
 * Who is asking: the actor of a request and the roles it holds. The vocabulary every layer shares;
 * who may do what is decided by each domain's policy, from these facts.
 */

export const municipalRoles = [
  'resident',
  'staff',
  'manager',
  'politician',
  'moderator',
  'admin',
] as const;
export type MunicipalRole = (typeof municipalRoles)[number];

export type Grant =
  | { role: MunicipalRole; municipalityId: string; departmentId: string | null }
  | { role: 'coordinator'; countyId: string | null };

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      name: string;
      grants: Grant[];
      /** Set when the request authenticated with an API token: rights end at this municipality. */
      tokenMunicipalityId?: string | undefined;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const anonymous: Actor = { kind: 'anonymous' };

/** The grants that count for this request: a token sees only its own municipality's roles. */
export function effectiveGrants(actor: Actor): Grant[] {
  if (actor.kind !== 'user') return [];
  const scope = actor.tokenMunicipalityId;
  if (scope === undefined) return actor.grants;
  return actor.grants.filter((g) => g.role !== 'coordinator' && g.municipalityId === scope);
}

/** The municipal roles an actor holds in one municipality. */
export function rolesIn(actor: Actor, municipalityId: string): Set<MunicipalRole> {
  const roles = new Set<MunicipalRole>();
  for (const g of effectiveGrants(actor)) {
    if (g.role !== 'coordinator' && g.municipalityId === municipalityId) roles.add(g.role);
  }
  return roles;
}

export function isSignedIn(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}
