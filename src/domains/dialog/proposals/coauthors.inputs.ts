import { z } from 'zod';
import { emailInput } from '../../identity/identity.inputs.ts';

/** The address a proposer invites as co-author (lower-cased). */
export const coauthorInput = z.object({ email: emailInput });

/** An invitation link's token, as `randomSecret` draws it; anything else is no link of ours. */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The invited person's answer. */
export const invitationAnswerInput = z.object({
  answer: z.enum(['accept', 'decline'], { error: 'error.invalid' }),
});
