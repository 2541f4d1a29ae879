import type { Context } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { steeringSettingsOf } from './steering.queries.ts';

/** The currency amounts are shown in: the municipality's steering settings, or its country's. */
export async function currencyOf(c: Context<AppEnv>, m: MunicipalityRow): Promise<string> {
  return (await steeringSettingsOf(c.get('ctx').db, m, {})).currency;
}
