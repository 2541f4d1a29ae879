import { z } from 'zod';

export const frequencies = ['immediately', 'daily', 'weekly', 'none'] as const;
export type Frequency = (typeof frequencies)[number];

export const frequencyInput = z.object({
  frequency: z.enum(frequencies, { error: 'following.error.frequency' }),
});

export const followInput = z.object({
  action: z.enum(['follow', 'stop'], { error: 'following.error.action' }),
});

/** An unsubscribe token as mails carry it (randomSecret: base64url); anything else is unknown. */
export const unsubscribeToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
