import { z } from 'zod';

const name = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .max(200, 'error.tooLong');

/** A capability's name. */
export const capabilityInput = z.object({ name });
export type CapabilityInput = z.infer<typeof capabilityInput>;

/** A system: name, vendor (may be empty) and the capability it provides (empty for none). */
export const systemInput = z.object({
  name,
  vendor: z.string().trim().max(200, 'error.tooLong').default(''),
  capabilityId: z.string().trim().max(100).default(''),
});
export type SystemInput = z.infer<typeof systemInput>;

/** Whether a department uses a system. Ids are checked against the municipality by the command. */
export const usageInput = z.object({
  departmentId: z.string({ error: 'identity.error.department' }).trim().max(100),
  systemId: z.string({ error: 'roadmap.systems.error.system' }).trim().max(100),
  use: z.enum(['yes', 'no'], { error: 'error.invalid' }),
});
export type UsageInput = z.infer<typeof usageInput>;
