import { z } from 'zod';

/** A decision hash as stored and published: 64 lower-case hexadecimal digits. */
export const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A head hash someone kept and now asks about (the verify page's `?head=`): surrounding spaces
 * and upper-case digits are forgiven, as a hash copied from a printout may have them; anything
 * else that is not 64 hexadecimal digits, an empty value included, is refused.
 */
export const headInput = z.object({
  head: z
    .string({ error: 'decisions.error.head' })
    .trim()
    .toLowerCase()
    .regex(HEX64, 'decisions.error.head'),
});
