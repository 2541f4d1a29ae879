import type { Actor, Grant } from './actor.ts';

/** A signed-in user with these grants (and, for an API token, the municipality it is for). */
export function userWith(grants: Grant[], tokenMunicipalityId?: string): Actor {
  return {
    kind: 'user',
    userId: 'u1',
    email: 'u@example.org',
    name: 'U',
    grants,
    tokenMunicipalityId,
  };
}
