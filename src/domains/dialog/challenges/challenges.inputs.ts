import { z } from 'zod';
import { isUuid } from '../../../lib/uuid.ts';
import { isWebAddress } from '../../../lib/web-address.ts';
import { dayNumber, momentIn } from '../../../vocabulary/dates.ts';
import { parseTypedNumber } from '../../../web/forms.ts';
import { stakeholderRoles } from './challenges.policy.ts';

const text = (max: number) =>
  z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(max, 'error.tooLong');
const optionalText = (max: number) =>
  z.string().trim().max(max, 'error.tooLong').optional().default('');
const day = z
  .string({ error: 'error.required' })
  .trim()
  .refine((s) => dayNumber(s) !== null, 'error.date');

/** A challenge as staff post it. */
export const challengeInput = z
  .object({
    title: text(150),
    problem: text(5000),
    affected: text(2000),
    constraints: optionalText(2000),
    departmentId: z.string().trim().refine(isUuid, 'challenges.error.department'),
    startsOn: day,
    endsOn: day,
  })
  .superRefine((v, ctx) => {
    const [from, to] = [dayNumber(v.startsOn), dayNumber(v.endsOn)];
    if (from !== null && to !== null && to < from)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'challenges.error.endsBefore' });
  });
export type ChallengeInput = z.infer<typeof challengeInput>;

export const joinInput = z.object({
  role: z.enum(stakeholderRoles, { error: 'challenges.error.role' }),
});

export const ideaInput = z
  .object({ ideaTitle: text(150), ideaBody: text(3000) })
  .transform((v) => ({ title: v.ideaTitle, body: v.ideaBody }));
export type IdeaInput = z.infer<typeof ideaInput>;

export const commentInput = z.object({ text: text(2000) });

/**
 * A workshop as its organiser enters it: times as the `datetime-local` fields send them, read in
 * the municipality's time zone by `workshopTimes`.
 */
export const workshopInput = z.object({
  workshopTitle: text(150),
  startsAt: text(16),
  endsAt: text(16),
  place: text(300),
  accessibility: optionalText(1000),
  onlineUrl: z
    .string()
    .trim()
    .max(500, 'error.tooLong')
    .optional()
    .default('')
    .refine((s) => s === '' || isWebAddress(s), 'challenges.error.onlineUrl'),
  capacity: z.string({ error: 'error.required' }).transform((s, ctx) => {
    const n = parseTypedNumber(s);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 10_000) {
      ctx.addIssue({ code: 'custom', message: 'challenges.error.capacity' });
      return z.NEVER;
    }
    return n;
  }),
});
export type WorkshopForm = z.infer<typeof workshopInput>;
export type WorkshopInput = Omit<WorkshopForm, 'startsAt' | 'endsAt'> & {
  startsAt: Date;
  endsAt: Date;
};

/**
 * The workshop's start and end as moments in the municipality's time zone, or the field errors:
 * an unreadable time, or an end that is not after the start.
 */
export function workshopTimes(
  form: WorkshopForm,
  timeZone: string,
): { ok: true; value: WorkshopInput } | { ok: false; fields: Record<string, string> } {
  const startsAt = momentIn(form.startsAt, timeZone);
  const endsAt = momentIn(form.endsAt, timeZone);
  const fields: Record<string, string> = {};
  if (!startsAt) fields.startsAt = 'challenges.error.time';
  if (!endsAt) fields.endsAt = 'challenges.error.time';
  if (startsAt && endsAt && endsAt <= startsAt) fields.endsAt = 'challenges.error.endsBefore';
  if (!startsAt || !endsAt || Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, value: { ...form, startsAt, endsAt } };
}
