import { z } from 'zod';

import { rulePresets, supportWays } from '../../../engines/proposal-rules/index.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { dayNumber } from '../../../vocabulary/dates.ts';
import { parseTypedNumber } from '../../../web/forms.ts';
import { answers, proposalTopics, refusalReasons } from './proposals.policy.ts';

const text = (max: number) =>
  z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(max, 'error.tooLong');

/** A proposal as its proposer writes it. */
export const proposalInput = z.object({
  title: text(150),
  body: text(5000),
  topic: z.enum(proposalTopics, { error: 'proposals.error.topic' }),
  district: z.string().trim().max(100, 'error.tooLong').optional().default(''),
});
export type ProposalInput = z.infer<typeof proposalInput>;

/** Staff's verdict in screening: accept, or refuse with a reason and a note to the proposer. */
export const screeningInput = z
  .object({
    verdict: z.enum(['accept', 'refuse'], { error: 'proposals.error.verdict' }),
    refusal: z
      .enum(refusalReasons)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    note: z.string().trim().max(2000, 'error.tooLong').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.verdict !== 'refuse') return;
    if (!v.refusal)
      ctx.addIssue({ code: 'custom', path: ['refusal'], message: 'proposals.error.refusal' });
    if (!v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'error.required' });
  });
export type ScreeningInput = z.infer<typeof screeningInput>;

const wholeNumber = (min: number, max: number, message: string) =>
  z.string({ error: 'error.required' }).transform((s, ctx) => {
    const n = parseTypedNumber(s);
    if (n === null || !Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });

/** Paper signatures staff register: how many, and the day they were handed in. */
export const paperInput = z.object({
  count: wholeNumber(1, 100_000, 'proposals.error.paperCount'),
  signedOn: z
    .string({ error: 'error.required' })
    .trim()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && dayNumber(s) !== null, 'error.date'),
});

/**
 * The body's answer: its verdict, why, and the decision it is recorded in. An accepted or partly
 * accepted proposal becomes an initiative, so it also names the department that carries it.
 */
export const answerInput = z
  .object({
    answer: z.enum(answers, { error: 'proposals.error.answer' }),
    reason: text(5000),
    decision: text(300),
    departmentId: z.string().trim().optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'rejected' || isUuid(v.departmentId)) return;
    ctx.addIssue({ code: 'custom', path: ['departmentId'], message: 'proposals.error.department' });
  });
export type AnswerInput = z.infer<typeof answerInput>;

const optionalNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s?.trim()) return null;
      const n = parseTypedNumber(s);
      if (n === null || !Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });

/** A municipality's rule as its admin sets it; the engine checks what each preset needs. */
export const ruleInput = z.object({
  preset: z.enum(rulePresets, { error: 'error.invalid' }),
  threshold: optionalNumber(1, 1_000_000, 'proposals.error.threshold'),
  perMille: optionalNumber(1, 1000, 'proposals.error.perMille'),
  collectionDays: wholeNumber(1, 730, 'proposals.error.collectionDays'),
  decisionMonths: wholeNumber(1, 24, 'proposals.error.decisionMonths'),
  forgetSupportersDays: wholeNumber(1, 730, 'proposals.error.forgetSupportersDays'),
  supportBy: z.enum(supportWays, { error: 'error.invalid' }),
  // A checkbox: sent as "on" when ticked, absent when not.
  residenceDeclared: z.preprocess((v) => v === 'on', z.boolean()),
});
