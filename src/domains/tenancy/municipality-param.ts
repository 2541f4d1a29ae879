import type { Context } from 'hono';
import type { Actor } from '../../vocabulary/actor.ts';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse, refuse } from '../../web/errors.tsx';
import type { Branding } from '../../web/layout.tsx';
import { problem } from '../../web/problem.ts';
import { loginRedirect } from '../../web/session.ts';
import { brandingOf } from './branding.ts';
import type { MunicipalityRow } from './tenancy.queries.ts';

/** A municipality as its pages show it: the registry row and its own logo and colour. */
export type MunicipalityOnPage = MunicipalityRow & { branding?: Branding | undefined };

/**
 * The municipality named by the `:id` route parameter, or undefined for malformed or unknown ids.
 * It carries the municipality's branding, so a page that hands it to the layout shows its logo
 * and colour, and it sets the request's translator to the municipality's time zone and language.
 */
export async function municipalityFromParam(
  c: Context<AppEnv>,
): Promise<MunicipalityOnPage | undefined> {
  const { registry, municipalityFacts } = c.get('deps');
  const row = await registry.municipality(c.req.param('id') ?? '');
  if (!row) return undefined;
  // From here on the page belongs to this municipality: its times are shown in its time zone and
  // what its people wrote is marked with its language (Translator.forCountry).
  c.set('t', c.get('t').forCountry(row.country));
  const facts = await municipalityFacts.of(c.get('ctx').db, row.id);
  return { ...row, branding: brandingOf(row.id, facts.branding) };
}

/** The municipality named by the `:id` route parameter; unknown or malformed ids are refused with 404. */
export async function requireMunicipality(c: Context<AppEnv>): Promise<MunicipalityOnPage> {
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
): Promise<MunicipalityOnPage> {
  const municipality = await requireMunicipality(c);
  const actor = c.get('actor');
  if (actor.kind !== 'user') refuse(loginRedirect(c));
  if (!allowed(actor, municipality.id)) refuse(errorResponse(c, 'forbidden'));
  return municipality;
}

/**
 * The municipality named by an API route's `:id`, or a thrown 404 problem document saying that no
 * municipality has this id.
 */
export async function apiMunicipality(c: Context<AppEnv>, id = c.req.param('id') ?? '') {
  const municipality = await c.get('deps').registry.municipality(id);
  if (!municipality) {
    refuse(problem(c, { title: 'Not Found', status: 404, detail: 'No municipality has this id.' }));
  }
  return municipality;
}

/**
 * The municipality of an API route that needs a permission there, in the API's order: an unknown
 * municipality is 404, a request without a valid token or session 401 (`WWW-Authenticate:
 * Bearer`), a user without the right 403. Each refusal is a problem document, thrown (`refuse`).
 */
export async function apiAuthorizedMunicipality(
  c: Context<AppEnv>,
  allowed: (actor: Actor, municipalityId: string) => boolean,
): Promise<MunicipalityRow> {
  const municipality = await c.get('deps').registry.municipality(c.req.param('id') ?? '');
  if (!municipality) refuse(problem(c, { title: 'Not Found', status: 404 }));
  const actor = c.get('actor');
  if (actor.kind !== 'user') {
    refuse(problem(c, { title: 'Unauthorized', status: 401 }, { 'WWW-Authenticate': 'Bearer' }));
  }
  if (!allowed(actor, municipality.id)) refuse(problem(c, { title: 'Forbidden', status: 403 }));
  return municipality;
}
