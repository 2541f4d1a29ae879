import { z } from 'zod';
import { isUuid } from '../../../lib/uuid.ts';
import { parseTypedNumber } from '../../../web/forms.ts';
import { MAX_OPTIONS, MAX_PAGES, moderationVerdicts, questionKinds } from './surveys.policy.ts';

const text = (max: number) =>
  z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(max, 'error.tooLong');

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

/** A survey's title, what residents read first, and whether answers are kept without the account. */
export const surveyInput = z.object({
  title: text(200),
  intro: z.string().trim().max(2000, 'error.tooLong').optional().default(''),
  anonymous: checkbox,
});
export type SurveyInput = z.infer<typeof surveyInput>;

/**
 * A question as staff write it: the options of a choice question one per line (empty lines left
 * out), at least two; other kinds keep none.
 */
export const questionInput = z
  .object({
    prompt: text(300),
    kind: z.enum(questionKinds, { error: 'surveys.error.kind' }),
    required: checkbox,
    page: z
      .string()
      .optional()
      .transform((s, ctx) => {
        if (!s?.trim()) return 1;
        const n = parseTypedNumber(s);
        if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_PAGES) {
          ctx.addIssue({ code: 'custom', message: 'surveys.error.page' });
          return z.NEVER;
        }
        return n;
      }),
    options: z
      .string()
      .max(MAX_OPTIONS * 201, 'error.tooLong')
      .optional()
      .default('')
      .transform((s) =>
        s
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      ),
  })
  .superRefine((q, ctx) => {
    if (q.kind !== 'single' && q.kind !== 'multiple') return;
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['options'], message });
    if (q.options.length < 2 || q.options.length > MAX_OPTIONS) issue('surveys.error.options');
    else if (q.options.some((o) => o.length > 200)) issue('error.tooLong');
    else if (new Set(q.options).size !== q.options.length) issue('surveys.error.sameOption');
  })
  .transform((q) => ({
    ...q,
    options: q.kind === 'single' || q.kind === 'multiple' ? q.options : [],
  }));
export type QuestionInput = z.infer<typeof questionInput>;

const id = z
  .string({ error: 'error.invalid' })
  .refine((s) => isUuid(s), { message: 'error.invalid' });

/** The question a button of the builder acts on. */
export const questionRef = z.object({ question: id });

/** Moves a question one place up or down. */
export const moveInput = z.object({
  question: id,
  direction: z.enum(['up', 'down'], { error: 'error.invalid' }),
});

/** Staff's verdict on a written answer. */
export const moderationInput = z.object({
  answer: id,
  verdict: z.enum(moderationVerdicts, { error: 'error.invalid' }),
});
