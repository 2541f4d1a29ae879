import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { steeringSettings } from './steering.schema.ts';

export type SteeringSettings = {
  discountRate: number;
  currency: string;
  weights: Record<string, number>;
};

/** The municipality's steering settings, or the defaults when its admin has not set any. */
export async function steeringSettingsOf(
  db: Db,
  municipality: { id: string; country: string },
  defaultWeights: Record<string, number>,
): Promise<SteeringSettings> {
  const [row] = await db
    .select()
    .from(steeringSettings)
    .where(eq(steeringSettings.municipalityId, municipality.id));
  if (row) return { discountRate: row.discountRate, currency: row.currency, weights: row.weights };
  return {
    discountRate: 0.04,
    currency: conventionsOf(municipality.country).currency,
    weights: { ...defaultWeights },
  };
}
