import { z } from 'zod';
import type { BackgroundQuestions } from './dialogues.schema.ts';

/** The age bands a dialogue may ask for: wide enough that a band never points out a person. */
export const AGE_BANDS = ['under18', '18to29', '30to44', '45to64', '65to79', '80plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** At most this many districts, each at most this long. */
export const MAX_DISTRICTS = 40;
const MAX_DISTRICT_LENGTH = 80;

/**
 * A report shows a count of who took part only when at least this many share the answer, so a
 * small group (three 80-year-olds in one district) is not picked out. Smaller counts show as "fewer
 * than 5".
 */
export const SMALLEST_SHOWN = 5;

/** The matter form's checkbox for asking the age band. */
export const askAgeBandField = z
  .string()
  .optional()
  .transform((s) => s === 'on' || s === 'true');

/** The matter form's districts, one per line; blank lines and repeats dropped. */
export const districtsField = z
  .string()
  .optional()
  .default('')
  .transform((s) => [
    ...new Set(
      s
        .split(/\r?\n/)
        .map((d) => d.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(MAX_DISTRICT_LENGTH, 'dialogues.error.districtLength'))
      .max(MAX_DISTRICTS, 'dialogues.error.districtCount'),
  );

/** The questions a dialogue asks from the form's two fields; null when it asks none. */
export function backgroundOf(askAgeBand: boolean, districts: string[]): BackgroundQuestions | null {
  return askAgeBand || districts.length > 0 ? { ageBand: askAgeBand, districts } : null;
}

/** A participant's answers: each optional, and each only one the dialogue offers. */
export function answersInput(questions: BackgroundQuestions) {
  const optional = (allowed: readonly string[]) =>
    z
      .string()
      .optional()
      .transform((s) => (s ? s : null))
      .refine((s) => s === null || allowed.includes(s), 'error.invalid');
  return z.object({
    ageBand: questions.ageBand ? optional(AGE_BANDS) : z.unknown().transform(() => null),
    district: optional(questions.districts),
  });
}

/** The admin's setting: whole months, 1 to 36, that background answers are kept after the decision. */
export const settingsInput = z.object({
  retentionMonths: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'dialogues.error.retention')
    .transform(Number)
    .pipe(
      z.number().int().min(1, 'dialogues.error.retention').max(36, 'dialogues.error.retention'),
    ),
});
