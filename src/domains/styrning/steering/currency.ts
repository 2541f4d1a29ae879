import type { Context } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { readModel } from '../../../web/read-model.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { steeringSettingsOf } from './steering.queries.ts';

/**
 * The currency amounts are shown in: the municipality's steering settings, or its country's.
 * Asked by every page with amounts; kept as a read model until the settings change.
 */
export async function currencyOf(c: Context<AppEnv>, m: MunicipalityRow): Promise<string> {
  return readModel(
    c,
    `steering:currency:${m.id}`,
    async (db) => (await steeringSettingsOf(db, m, {})).currency,
  );
}
