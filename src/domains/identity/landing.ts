import type { Grant } from '../../vocabulary/actor.ts';

// The roles that run a municipality's work, before the resident's own.
const workRoles = new Set(['admin', 'politician', 'manager', 'staff']);

/**
 * Where a user lands after signing in without a page to return to: the start page of the
 * municipality where they work (or, for residents, live); coordinators and users without a
 * municipality land on the list of municipalities.
 */
export function landingPath(grants: readonly Grant[], lang: string): string {
  const municipal = grants.filter(
    (g): g is Extract<Grant, { municipalityId: string }> => g.role !== 'coordinator',
  );
  const home = municipal.find((g) => workRoles.has(g.role)) ?? municipal[0];
  return home ? `/${lang}/municipalities/${home.municipalityId}` : `/${lang}/municipalities`;
}
