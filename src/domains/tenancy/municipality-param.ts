import type { Context } from 'hono';
import type { Actor } from '../../vocabulary/actor.ts';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse, refuse } from '../../web/errors.tsx';
import { loginRedirect } from '../../web/session.ts';
import type { MunicipalityRow } from './tenancy.queries.ts';

/** The municipality named by the `:id` route parameter, or undefined for malformed or unknown ids. */
export function municipalityFromParam(c: Context<AppEnv>): Promise<MunicipalityRow | undefined> {
  return c.get('deps').registry.municipality(c.req.param('id') ?? '');
}

/** The municipality named by the `:id` route parameter; unknown or malformed ids are refused with 404. */
export async function requireMunicipality(c: Context<AppEnv>): Promise<MunicipalityRow> {
  const municipality = await municipalityFromParam(c);
  if (!municipality) refuse(errorResponse(c, 'notFound'));
  return municipality;
}

/**
 * The municipality of a route that needs a permission there. Unknown ids are 404; a visitor who is
 * not logged in is sent to log in; a signed-in user without the right gets 403. Each refusal is
 * thrown as a ready response (`refuse`), so a route reads `const m = await authorizedMunicipality(...)`.
 */
export async function authorizedMunicipality(
  c: Context<AppEnv>,
  allowed: (actor: Actor, municipalityId: string) => boolean,
): Promise<MunicipalityRow> {
  const municipality = await requireMunicipality(c);
  const actor = c.get('actor');
  if (actor.kind !== 'user') refuse(loginRedirect(c));
  if (!allowed(actor, municipality.id)) refuse(errorResponse(c, 'forbidden'));
  return municipality;
}
