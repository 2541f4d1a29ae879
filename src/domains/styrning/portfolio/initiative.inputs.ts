import { z } from 'zod';

// Form inputs of the initiative pages. Messages are i18n keys; a field's first issue is shown.

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Largest amount accepted for one cost (any currency): beyond this it is a typing error. */
export const MAX_AMOUNT = 1e12;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const title = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .max(200, 'error.tooLong');
const longText = z.string().trim().max(10_000, 'error.tooLong').default('');

/**
 * A non-negative amount as typed in a Nordic form: spaces as thousands separators and a decimal
 * comma are accepted ("1 250 000,50"). Anything else, negative or above MAX_AMOUNT is refused.
 */
export function parseAmount(raw: string | undefined): number | 'invalid' | 'range' {
  const text = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (text === '') return 0;
  if (/^-\d/.test(text)) return 'range';
  if (!/^\d+(\.\d+)?$/.test(text)) return 'invalid';
  const n = Number(text);
  return Number.isFinite(n) && n <= MAX_AMOUNT ? n : 'range';
}

const amount = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const n = parseAmount(raw);
    if (typeof n === 'number') return n;
    ctx.addIssue({
      code: 'custom',
      message:
        n === 'range'
          ? 'portfolio.initiative.error.amountRange'
          : 'portfolio.initiative.error.amount',
    });
    return z.NEVER;
  });

const year = z
  .string({ error: 'portfolio.initiative.error.year' })
  .trim()
  .regex(/^\d{4}$/, 'portfolio.initiative.error.year')
  .transform(Number)
  .refine((y) => y >= MIN_YEAR && y <= MAX_YEAR, 'portfolio.initiative.error.year');

/** YYYY-MM-DD that is a real calendar date in MIN_YEAR–MAX_YEAR, or empty for none. */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d
  );
}

const optionalDate = z
  .string()
  .trim()
  .default('')
  .refine((s) => s === '' || isRealDate(s), 'portfolio.initiative.error.date')
  .transform((s) => (s === '' ? null : s));

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === '1');

export const proposeInput = z.object({
  title,
  problem: longText,
  idea: longText,
  departmentId: z
    .string({ error: 'identity.error.department' })
    .trim()
    .regex(uuidRe, 'identity.error.department'),
});
export type ProposeInput = z.infer<typeof proposeInput>;

export const basicsInput = z
  .object({
    title,
    problem: longText,
    idea: longText,
    ownerName: z.string().trim().max(200, 'error.tooLong').default(''),
    isPublic: checkbox,
    mandatory: checkbox,
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((b) => !b.startsOn || !b.endsOn || b.endsOn >= b.startsOn, {
    path: ['endsOn'],
    message: 'portfolio.initiative.error.endsBeforeStart',
  });
export type BasicsInput = z.infer<typeof basicsInput>;

export const costInput = z.object({ year, investment: amount, running: amount });
export type CostInput = z.infer<typeof costInput>;

const level = z
  .string({ error: 'portfolio.initiative.error.level' })
  .trim()
  .regex(/^[1-5]$/, 'portfolio.initiative.error.level')
  .transform(Number);

export const riskInput = z.object({
  description: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(500, 'error.tooLong'),
  likelihood: level,
  impact: level,
});
export type RiskInput = z.infer<typeof riskInput>;

export const stageInput = z.object({
  toStage: z
    .string({ error: 'portfolio.initiative.error.stage' })
    .trim()
    .min(1, 'portfolio.initiative.error.stage'),
  reason: z
    .string({ error: 'portfolio.initiative.error.reason' })
    .trim()
    .min(1, 'portfolio.initiative.error.reason')
    .max(2000, 'error.tooLong'),
});
export type StageInput = z.infer<typeof stageInput>;

/** The ids ticked in a checkbox list whose boxes are named `<prefix><uuid>` (malformed ids kept, to be refused). */
export function tickedIds(values: Record<string, string>, prefix: string): string[] {
  return Object.keys(values)
    .filter((k) => k.startsWith(prefix) && values[k] !== '')
    .map((k) => k.slice(prefix.length))
    .sort();
}

/** Whether every id is a well-formed uuid (the rest of the check is against the database). */
export const allUuids = (ids: string[]) => ids.every((id) => uuidRe.test(id));

/** Competences typed as a comma- or newline-separated list; each tag 1–80 characters, at most 30. */
export function parseCompetences(raw: string | undefined): string[] | 'tooMany' | 'tooLong' {
  const tags = [
    ...new Set(
      (raw ?? '')
        .split(/[,\n;]/)
        .map((s) => s.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
  if (tags.length > 30) return 'tooMany';
  if (tags.some((s) => s.length > 80)) return 'tooLong';
  return tags.sort((a, b) => a.localeCompare(b));
}

/** A decimal typed with a point or a comma, or undefined when empty; NaN when malformed. */
export function parseDecimal(raw: string | undefined): number | undefined {
  const text = (raw ?? '').trim().replace(',', '.');
  if (text === '') return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
