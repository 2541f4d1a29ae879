import { MAX_AMOUNT } from '../../../../engines/benefits/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { dayNumber } from '../../../../vocabulary/dates.ts';
import { type Parsed, parseTypedNumber } from '../../../../web/forms.ts';
import { audit } from '../../../audit/record.ts';
import { canEditInitiative } from '../../portfolio/portfolio.policy.ts';
import type { InitiativeRow } from '../../portfolio/portfolio.queries.ts';
import { type BenefitRow, insertMeasurement } from '../benefits.queries.ts';

export type MeasurementInput = { value: number; measuredOn: string; note: string };

/**
 * Validates a measurement: a number within bounds, a real date neither before the benefit's
 * baseline (it would predate the baseline measurement and not count) nor after today.
 */
export function parseMeasurementForm(
  values: Record<string, string>,
  benefit: BenefitRow,
  today: string,
): Parsed<MeasurementInput> {
  const errors: Record<string, string> = {};
  const value = parseTypedNumber(values.value);
  if (value === null) errors.value = 'benefits.error.number';
  else if (Math.abs(value) > MAX_AMOUNT) errors.value = 'benefits.error.tooLarge';
  const measuredOn = (values.measuredOn ?? '').trim();
  const day = dayNumber(measuredOn);
  if (day === null) errors.measuredOn = 'error.date';
  else if (day < (dayNumber(benefit.baselineDate) ?? 0)) {
    errors.measuredOn = 'benefits.error.beforeBaseline';
  } else if (day > (dayNumber(today) ?? 0)) errors.measuredOn = 'benefits.error.futureDate';
  const note = (values.note ?? '').trim();
  if (note.length > 2000) errors.note = 'error.tooLong';
  if (Object.keys(errors).length > 0) return { ok: false, form: { values, errors } };
  return { ok: true, data: { value: value as number, measuredOn, note } };
}

/** Appends a measurement to a benefit (measurements are never changed), audited. */
export async function recordMeasurement(
  ctx: CommandContext,
  actor: Actor,
  initiative: InitiativeRow,
  benefit: BenefitRow,
  input: MeasurementInput,
): Promise<Result<{ id: string }, 'forbidden'>> {
  if (actor.kind !== 'user' || !canEditInitiative(actor, initiative)) return fail('forbidden');
  if (benefit.initiativeId !== initiative.id) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const row = await insertMeasurement(tx.db, {
      benefitId: benefit.id,
      ...input,
      recordedBy: actor.userId,
    });
    await audit(tx, actor, {
      municipalityId: initiative.municipalityId,
      action: 'benefit.measure',
      target: `benefit:${benefit.id}`,
      details: { measurementId: row.id, value: input.value, measuredOn: input.measuredOn },
    });
    return ok({ id: row.id });
  });
}
