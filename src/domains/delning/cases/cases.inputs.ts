import { z } from 'zod';
import { isWebAddress } from '../../../lib/web-address.ts';
import { adoptionModes, adoptionStages, costModels, serviceDomains } from './case-vocabulary.ts';

/** The longest summary: read in a glance in a list of search results. */
export const MAX_SUMMARY_LENGTH = 300;

/** The longest title a case may have. */
export const TITLE_MAX = 200;

const required = (max: number) =>
  z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(max, 'error.tooLong');

const optional = (max: number) =>
  z.string().trim().max(max, 'error.tooLong').optional().default('');

/** An address others follow: empty, or a whole http(s) URL. */
const link = z
  .string()
  .trim()
  .max(2000, 'error.tooLong')
  .optional()
  .default('')
  .refine((s) => s === '' || isWebAddress(s), 'error.url');

/** What a case says besides its initiative, as the publishing form sends it. */
export const caseInput = z.object({
  title: required(TITLE_MAX),
  summary: required(MAX_SUMMARY_LENGTH),
  need: optional(10_000),
  solution: optional(10_000),
  results: optional(10_000),
  lessons: optional(10_000),
  contact: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(254, 'error.tooLong')
    .pipe(z.email({ error: 'error.email' })),
  serviceDomain: z.enum(serviceDomains, { error: 'cases.error.serviceDomain' }),
  licenceUrl: link,
  sourceUrl: link,
  documentsUrl: link,
  procurementUrl: link,
  costModel: z.enum(costModels, { error: 'cases.error.costModel' }),
  costNote: optional(1000),
});
export type CaseInput = z.infer<typeof caseInput>;

/** "We reuse this": into which of one's own departments, at which stage, as-is or adapted. */
export const adoptionInput = z.object({
  caseId: z
    .string({ error: 'cases.error.case' })
    .trim()
    .pipe(z.uuid({ error: 'cases.error.case' })),
  departmentId: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .pipe(z.uuid({ error: 'cases.error.department' })),
  stage: z.enum(adoptionStages, { error: 'cases.error.stage' }),
  mode: z.enum(adoptionModes, { error: 'cases.error.mode' }),
});
export type AdoptionInput = z.infer<typeof adoptionInput>;
