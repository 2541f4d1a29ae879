import { z } from 'zod';
import { dayIn, dayNumber, momentIn } from '../../../vocabulary/dates.ts';
import { askAgeBandField, districtsField } from './background.ts';
import { participationRules, statementRules } from './dialogues.policy.ts';

/** The longest statement, as in Polis: one thought, read in a glance. */
export const MAX_STATEMENT_LENGTH = 280;

const text = (max: number) =>
  z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(max, 'error.tooLong');

const calendarDate = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && dayNumber(s) !== null, 'error.date');

const uuid = (message: string) =>
  z
    .string({ error: 'error.required' })
    .trim()
    .pipe(z.uuid({ error: message }));

/**
 * A matter and the dialogue on it, as the form sends them. Times are wall-clock times in the
 * municipality's time zone (`datetime-local`), read into moments here; the dialogue must close
 * after it opens and no later than the day the decision is planned for.
 */
export function matterInput(timeZone: string) {
  const moment = z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .transform((s, ctx) => {
      const m = momentIn(s, timeZone);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: 'dialogues.error.moment' });
        return z.NEVER;
      }
      return m;
    });
  return z
    .object({
      title: text(200),
      summary: text(1000),
      body: z.string().trim().max(50_000, 'error.tooLong').optional().default(''),
      bodyId: uuid('dialogues.error.decisionBody'),
      departmentId: z
        .string()
        .trim()
        .optional()
        .transform((s) => (s ? s : null))
        .pipe(z.uuid({ error: 'dialogues.error.department' }).nullable()),
      plannedDecisionOn: calendarDate,
      question: text(300),
      opensAt: moment,
      closesAt: moment,
      participation: z.enum(participationRules, { error: 'error.invalid' }),
      newStatements: z.enum(statementRules, { error: 'error.invalid' }),
      askAgeBand: askAgeBandField,
      districts: districtsField,
    })
    .superRefine((v, ctx) => {
      if (v.closesAt <= v.opensAt) {
        ctx.addIssue({
          code: 'custom',
          path: ['closesAt'],
          message: 'dialogues.error.closesFirst',
        });
      } else if (dayIn(v.closesAt, timeZone) > v.plannedDecisionOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['closesAt'],
          message: 'dialogues.error.closesAfterDecision',
        });
      }
    });
}
export type MatterInput = z.infer<ReturnType<typeof matterInput>>;

/** A statement: one thought of at most 280 characters; staff may mark theirs as about the dialogue itself. */
export const statementInput = z.object({
  text: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(MAX_STATEMENT_LENGTH, 'dialogues.error.statementLength'),
  meta: z
    .string()
    .optional()
    .transform((s) => s === 'on' || s === 'true'),
});
export type StatementInput = z.infer<typeof statementInput>;

export const votes = { agree: 1, disagree: -1, pass: 0 } as const;
export type VoteName = keyof typeof votes;

export const voteInput = z.object({
  statementId: uuid('error.invalid'),
  vote: z.enum(['agree', 'disagree', 'pass'], { error: 'error.invalid' }),
});
export type VoteInput = z.infer<typeof voteInput>;

/** The longest comment: a few paragraphs. */
export const MAX_COMMENT_LENGTH = 2000;

export const commentInput = z.object({
  comment: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(MAX_COMMENT_LENGTH, 'dialogues.error.commentLength'),
  parentId: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(z.uuid({ error: 'error.invalid' }).nullable()),
});
export type CommentInput = z.infer<typeof commentInput>;

/** Why a comment is flagged. */
export const flagReasons = ['offensive', 'personal', 'offTopic', 'spam'] as const;
export type FlagReason = (typeof flagReasons)[number];

export const flagInput = z.object({
  reason: z.enum(flagReasons, { error: 'dialogues.error.flagReason' }),
});

export const outcomes = ['used', 'partly', 'notUsed'] as const;
export type Outcome = (typeof outcomes)[number];

/** Themes a feedback form offers; empty ones are left out. */
export const FEEDBACK_THEMES = 6;

/**
 * Feedback as the form sends it: a summary, and up to six themes (`theme1`, `outcome1`,
 * `reason1` …), each with its verdict and reason, or left without both; at least one.
 */
export function feedbackInput(values: Record<string, string>) {
  const errors: Record<string, string> = {};
  const summary = (values.summary ?? '').trim();
  if (summary === '') errors.summary = 'error.required';
  else if (summary.length > 5000) errors.summary = 'error.tooLong';
  const items: { theme: string; outcome: Outcome; reason: string }[] = [];
  for (let i = 1; i <= FEEDBACK_THEMES; i++) {
    const theme = (values[`theme${i}`] ?? '').trim();
    const outcome = values[`outcome${i}`] ?? '';
    const reason = (values[`reason${i}`] ?? '').trim();
    // A theme with neither verdict nor reason is left out: the form suggests themes from the map,
    // and a suggestion staff do not answer is not part of the feedback.
    if (outcome === '' && reason === '') continue;
    if (theme === '' || theme.length > 300)
      errors[`theme${i}`] = theme ? 'error.tooLong' : 'error.required';
    if (!(outcomes as readonly string[]).includes(outcome)) errors[`outcome${i}`] = 'error.invalid';
    if (reason === '' || reason.length > 2000)
      errors[`reason${i}`] = reason ? 'error.tooLong' : 'error.required';
    items.push({ theme, outcome: outcome as Outcome, reason });
  }
  if (items.length === 0 && !errors.summary) errors.theme1 = 'dialogues.error.feedbackTheme';
  return Object.keys(errors).length > 0
    ? { ok: false as const, errors }
    : { ok: true as const, data: { summary, items } };
}
export type FeedbackInput = Extract<ReturnType<typeof feedbackInput>, { ok: true }>['data'];
