import { z } from 'zod';

/** The longest note with a recommendation: a few sentences on why. */
export const MAX_NOTE_LENGTH = 500;

const uuidIn = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * A recommendation: the case by its address as the browser shows it (or its id alone), and a
 * note. Coordinators copy the address from the case's page, so that is what the field takes.
 */
export const recommendationInput = z.object({
  caseId: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(300, 'spread.error.case')
    .transform((v) => uuidIn.exec(v)?.[0]?.toLowerCase() ?? '')
    .refine((v) => v !== '', 'spread.error.case'),
  note: z.string().trim().max(MAX_NOTE_LENGTH, 'error.tooLong').optional().default(''),
});
