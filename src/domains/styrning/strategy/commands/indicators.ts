import { validateIndicator } from '../../../../engines/goals/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { dayIn, municipalityTimeZone } from '../../../../vocabulary/dates.ts';
import { audit } from '../../../audit/record.ts';
import { getGoal, getIndicator, insertIndicator, insertMeasurement } from '../goals.queries.ts';
import { koladaKpi } from '../kolada.ts';
import type { IndicatorInput, MeasurementInput } from '../strategy.inputs.ts';
import { canEditGoal } from '../strategy.policy.ts';

type Failure = 'forbidden' | 'not-found' | 'invalid';

// The engine's issue codes, as the form's fields and messages.
const fieldOf: Record<string, string> = {
  'indicator.baseline.value': 'baselineValue',
  'indicator.baseline.date': 'baselineDate',
  'indicator.target.value': 'targetValue',
  'indicator.target.date': 'targetDate',
  'indicator.direction': 'direction',
};
const messageOf: Record<string, string> = {
  'not-finite': 'strategy.error.number',
  'too-large': 'strategy.error.tooLarge',
  'invalid-date': 'error.date',
  'invalid-direction': 'strategy.error.direction',
  'target-equals-baseline': 'strategy.error.targetEqualsBaseline',
  'target-not-better': 'strategy.error.targetNotBetter',
  'target-date-not-after-baseline': 'strategy.error.targetDateOrder',
  'target-in-past': 'strategy.error.targetInPast',
};

// Today where the municipality is: a measurement taken this morning in Oslo is not in the future.
const today = (ctx: CommandContext, municipalityId: string) =>
  dayIn(ctx.now(), municipalityTimeZone(municipalityId));

/**
 * Adds an indicator to a goal, checked by the goal engine's rules (target better than baseline,
 * target dated after the baseline and not in the past) and, when a Kolada KPI id is given, that
 * the id is in the catalogue.
 */
export async function createIndicator(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  goalId: string,
  input: IndicatorInput,
): Promise<Result<{ id: string }, Failure>> {
  const issues = validateIndicator(
    {
      id: 'new',
      direction: input.direction,
      baseline: { value: input.baselineValue, date: input.baselineDate },
      target: { value: input.targetValue, date: input.targetDate },
      measurements: [],
    },
    'indicator',
    { today: today(ctx, municipalityId) },
  );
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf[issue.path] ?? 'name';
    fields[field] ??= messageOf[issue.code] ?? 'error.invalid';
  }
  if (input.koladaKpiId !== null && !koladaKpi(input.koladaKpiId)) {
    fields.koladaKpiId = 'strategy.error.kpi';
  }
  return inTransaction(ctx, async (tx) => {
    const goal = await getGoal(tx.db, municipalityId, goalId);
    if (!goal) return fail('not-found');
    if (!canEditGoal(actor, goal)) return fail('forbidden');
    if (Object.keys(fields).length > 0) return fail('invalid', fields);
    const row = await insertIndicator(tx.db, { goalId: goal.id, ...input, createdAt: ctx.now() });
    await audit(tx, actor, {
      municipalityId,
      action: 'indicator.create',
      target: `indicator:${row.id}`,
      details: { goalId: goal.id, name: row.name, kolada: row.koladaKpiId },
    });
    return ok({ id: row.id });
  });
}

/** Records a measurement of an indicator (append-only); it may not be dated in the future. */
export async function recordMeasurement(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  goalId: string,
  input: MeasurementInput,
): Promise<Result<{ id: string }, Failure>> {
  return inTransaction(ctx, async (tx) => {
    const goal = await getGoal(tx.db, municipalityId, goalId);
    if (!goal) return fail('not-found');
    if (!canEditGoal(actor, goal)) return fail('forbidden');
    const indicator = await getIndicator(tx.db, goal.id, input.indicatorId);
    if (!indicator) return fail('invalid', { indicatorId: 'strategy.error.indicator' });
    if (input.measuredOn > today(ctx, municipalityId)) {
      return fail('invalid', { measuredOn: 'strategy.error.measuredInFuture' });
    }
    const row = await insertMeasurement(tx.db, {
      indicatorId: indicator.id,
      value: input.value,
      measuredOn: input.measuredOn,
      note: input.note,
      recordedBy: actor.kind === 'user' ? actor.userId : null,
      recordedAt: ctx.now(),
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'indicator.measure',
      target: `indicator:${indicator.id}`,
      details: { value: input.value, measuredOn: input.measuredOn },
    });
    return ok({ id: row.id });
  });
}
