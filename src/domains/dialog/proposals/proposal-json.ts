import { z } from '@hono/zod-openapi';
import { proposalStates } from '../../../engines/proposal-rules/index.ts';
import type { ProposalRow } from './proposals.queries.ts';

/** A proposal as /api/v1 shows it: what anyone may read of it. */
export const Proposal = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  topic: z.string(),
  district: z.string(),
  state: z.enum(proposalStates),
  threshold: z.number().int().nullable(),
  support: z.object({
    verified: z.number().int(),
    unverified: z.number().int(),
    paper: z.number().int(),
    total: z.number().int(),
  }),
  expiresAt: z.string().nullable(),
  thresholdReachedAt: z.string().nullable(),
  receivedByBodyAt: z.string().nullable(),
  bodyDeadline: z.string().nullable(),
  answer: z
    .object({
      verdict: z.enum(['accepted', 'partly', 'rejected']),
      reason: z.string(),
      decision: z.string(),
      answeredAt: z.string(),
    })
    .nullable(),
  createdAt: z.string(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A proposal's row as the API shows it. */
export function shown(p: ProposalRow): z.infer<typeof Proposal> {
  return {
    id: p.id,
    title: p.title,
    body: p.body,
    topic: p.topic,
    district: p.district,
    state: p.state,
    threshold: p.threshold,
    support: {
      verified: p.supportVerified,
      unverified: p.supportUnverified,
      paper: p.supportPaper,
      total: p.supportTotal,
    },
    expiresAt: iso(p.expiresAt),
    thresholdReachedAt: iso(p.thresholdReachedAt),
    receivedByBodyAt: iso(p.receivedByBodyAt),
    bodyDeadline: iso(p.bodyDeadline),
    answer:
      p.answer && p.answeredAt
        ? {
            verdict: p.answer as 'accepted',
            reason: p.answerReason ?? '',
            decision: p.answerDecision ?? '',
            answeredAt: p.answeredAt.toISOString(),
          }
        : null,
    createdAt: p.createdAt.toISOString(),
  };
}
