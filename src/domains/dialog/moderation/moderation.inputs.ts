import { z } from 'zod';

export const queueKinds = ['statement', 'comment', 'answer'] as const;
export type QueueKind = (typeof queueKinds)[number];

/** One item of the queue as its checkbox sends it: `statement:<id>`, `comment:<id>` or `answer:<id>`. */
const item = z
  .string()
  .regex(/^(statement|comment|answer):[0-9a-f-]{36}$/i, 'moderation.error.item')
  .transform((s) => {
    const [kind, id] = s.split(':') as [QueueKind, string];
    return { kind, id: id.toLowerCase() };
  })
  .pipe(z.object({ kind: z.enum(queueKinds), id: z.uuid() }));

/** A bulk act: the items chosen, accept or reject, and the reason (required to reject). */
export const moderationInput = z
  .object({
    items: z.array(item).min(1, 'moderation.error.noItems').max(100, 'moderation.error.tooMany'),
    decision: z.enum(['accept', 'reject'], { error: 'error.invalid' }),
    reason: z.string().trim().max(500, 'error.tooLong').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && v.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'moderation.error.reason' });
    }
  });
export type ModerationInput = z.infer<typeof moderationInput>;
