import type { Context } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import type { MunicipalityRow } from './tenancy.queries.ts';

const idPattern = /^(SE|NO)-\d{4}$/;

/** The municipality named by the `:id` route parameter, or undefined for malformed or unknown ids. */
export async function municipalityFromParam(
  c: Context<AppEnv>,
): Promise<MunicipalityRow | undefined> {
  const id = c.req.param('id') ?? '';
  if (!idPattern.test(id)) return undefined;
  return c.get('deps').registry.municipality(id);
}
