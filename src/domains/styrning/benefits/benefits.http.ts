import type { Context } from 'hono';
import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse, refuse } from '../../../web/errors.tsx';
import { uuidParam } from '../../../web/params.ts';
import { loginRedirect } from '../../../web/session.ts';
import { isAdminOf } from '../../identity/identity.policy.ts';
import { authorizedMunicipality, municipalityFromParam } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { initiativeRecord } from '../portfolio/initiative-record.ts';
import { canSeeInitiative } from '../portfolio/portfolio.policy.ts';
import { getInitiative, type InitiativeRow } from '../portfolio/portfolio.queries.ts';

export type Loaded = { m: MunicipalityRow; initiative: InitiativeRow };

/** Whether the actor may edit some department's benefits here: a coarse first check for writes. */
export function mayEditBenefitsIn(actor: Actor, municipalityId: string): boolean {
  return isAdminOf(actor, municipalityId) || rolesIn(actor, municipalityId).has('manager');
}

/**
 * The municipality and initiative of a reading route. Unknown ids, another municipality's
 * initiative and an initiative the actor may not see are all "not found" for signed-in users, so
 * nothing tells whether a hidden initiative exists; visitors are asked to log in first.
 */
export async function visibleInitiative(c: Context<AppEnv>): Promise<Loaded> {
  const m = await municipalityFromParam(c);
  if (!m) refuse(errorResponse(c, 'notFound'));
  const initiative = (await initiativeRecord(c, m, uuidParam(c, 'iid')))?.detail.initiative;
  const actor = c.get('actor');
  if (!initiative || !canSeeInitiative(actor, initiative)) {
    refuse(initiative && actor.kind !== 'user' ? loginRedirect(c) : errorResponse(c, 'notFound'));
  }
  return { m, initiative };
}

/**
 * The municipality and initiative of a writing route: the actor must first hold a role that can
 * write here at all (403 or a login redirect otherwise), then the initiative must exist here (404);
 * the command checks the exact permission for this initiative.
 */
export async function writableInitiative(
  c: Context<AppEnv>,
  allowed: (actor: Actor, municipalityId: string) => boolean,
): Promise<Loaded> {
  const m = await authorizedMunicipality(c, allowed);
  const initiative = await getInitiative(c.get('ctx').db, m.id, uuidParam(c, 'iid'));
  if (!initiative) refuse(errorResponse(c, 'notFound'));
  return { m, initiative };
}

/** Today as YYYY-MM-DD in the municipality's time zone, from the app's clock. */
export function todayOf(c: Context<AppEnv>): string {
  return c.get('t').day(c.get('ctx').now());
}
