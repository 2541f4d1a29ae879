import { z } from 'zod';
import { dayNumber, MAX_INDICATOR_VALUE } from '../../../engines/goals/index.ts';

/** A calendar date as YYYY-MM-DD that exists (2026-02-30 does not). */
const calendarDate = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && dayNumber(s) !== null, 'error.date');

/**
 * A number as typed in a form: decimal point or comma, spaces as thousands separators. NaN,
 * Infinity, exponents and anything else that is not plainly a number are refused.
 */
const formNumber = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .transform((s) => s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
  .refine((s) => /^[-−]?\d+(\.\d+)?$/.test(s), 'strategy.error.number')
  .transform((s) => Number(s.replace('−', '-')))
  .refine(
    (n) => Number.isFinite(n) && Math.abs(n) <= MAX_INDICATOR_VALUE,
    'strategy.error.tooLarge',
  );

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : null));

export const goalInput = z.object({
  title: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(200, 'error.tooLong'),
  description: z.string().trim().max(5000, 'error.tooLong').optional().default(''),
  parentId: optionalId,
  departmentId: optionalId,
});
export type GoalInput = z.infer<typeof goalInput>;

export const goalEditInput = goalInput.pick({ title: true, description: true });
export type GoalEditInput = z.infer<typeof goalEditInput>;

export const indicatorInput = z.object({
  name: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(200, 'error.tooLong'),
  unit: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(50, 'error.tooLong'),
  direction: z.enum(['higher', 'lower'], { error: 'strategy.error.direction' }),
  baselineValue: formNumber,
  baselineDate: calendarDate,
  targetValue: formNumber,
  targetDate: calendarDate,
  koladaKpiId: z
    .string()
    .trim()
    .max(20, 'strategy.error.kpi')
    .optional()
    .transform((s) => (s ? s.toUpperCase() : null)),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const measurementInput = z.object({
  indicatorId: z
    .string({ error: 'strategy.error.indicator' })
    .trim()
    .min(1, 'strategy.error.indicator'),
  value: formNumber,
  measuredOn: calendarDate,
  note: z.string().trim().max(1000, 'error.tooLong').optional().default(''),
});
export type MeasurementInput = z.infer<typeof measurementInput>;
