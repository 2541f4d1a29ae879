import type { Context } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { type Mention, mentionsOf } from '../../../web/mentions.ts';
import { readModel } from '../../../web/read-model.ts';
import {
  type BenefitRow,
  benefitsOf,
  type MeasurementRow,
  measurementsOf,
} from '../benefits/benefits.queries.ts';
import { calculusFrom } from '../benefits/calculus.ts';
import { type InitiativeBenefits, summariseBenefits } from '../benefits/summary.ts';
import { type SteeringSettings, steeringSettingsOf } from '../steering/steering.queries.ts';
import { type InitiativeDetail, initiativeDetail } from './initiative-detail.queries.ts';
import { getInitiative } from './portfolio.queries.ts';

/** Everything an initiative's page and its API answer show, for every actor alike. */
export type InitiativeRecord = {
  detail: InitiativeDetail;
  settings: Pick<SteeringSettings, 'currency' | 'discountRate'>;
  benefits: InitiativeBenefits;
  /** Its benefits and every measurement of them, for the benefits pages. */
  benefitRows: BenefitRow[];
  measurements: MeasurementRow[];
  /** Other domains' public things that name it: the proposal it came from, the case it is shared as. */
  mentions: Mention[];
};

/**
 * One initiative of the municipality with all it is linked to, or null when the municipality has
 * no such initiative: a read model (db/read-models.ts), so its page asks the database nothing
 * until something changes. It holds what staff see; callers check `canSeeInitiative` and filter
 * with `visibleDetail` for everyone else, on every use.
 */
export function initiativeRecord(
  c: Context<AppEnv>,
  municipality: { id: string; country: string },
  initiativeId: string,
): Promise<InitiativeRecord | null> {
  return readModel(c, `portfolio:initiative:${municipality.id}:${initiativeId}`, async (db) => {
    const row = await getInitiative(db, municipality.id, initiativeId);
    if (!row) return null;
    const { currency, discountRate } = await steeringSettingsOf(db, municipality, {});
    const benefitRows = await benefitsOf(db, row.id);
    const measurements = await measurementsOf(
      db,
      benefitRows.map((b) => b.id),
    );
    const detail = await initiativeDetail(db, row);
    const calculus = calculusFrom(detail.costs, benefitRows, discountRate);
    const mentions = await mentionsOf(db, {
      kind: 'initiative',
      id: row.id,
      municipalityId: municipality.id,
    });
    return Object.freeze({
      detail,
      settings: { currency, discountRate },
      benefits: summariseBenefits(benefitRows, measurements, calculus),
      benefitRows,
      measurements,
      mentions,
    });
  });
}
