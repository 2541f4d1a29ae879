import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { proposalSupports, proposals } from './proposals.schema.ts';

/** The proposals a person wrote, drafts included. */
export function proposalsOfUser(db: Db, userId: string) {
  return db
    .select({
      id: proposals.id,
      municipalityId: proposals.municipalityId,
      title: proposals.title,
      body: proposals.body,
      topic: proposals.topic,
      district: proposals.district,
      state: proposals.state,
      createdAt: proposals.createdAt,
    })
    .from(proposals)
    .where(eq(proposals.authorId, userId));
}

/** The proposals a person supports, and whether through e-ID. */
export function supportsOfUser(db: Db, userId: string) {
  return db
    .select({
      proposalId: proposalSupports.proposalId,
      verified: proposalSupports.verified,
      createdAt: proposalSupports.createdAt,
    })
    .from(proposalSupports)
    .where(eq(proposalSupports.userId, userId));
}

/**
 * Forgets a person: their supports go (the proposals' counts stay, as they do when identities
 * are deleted after the decision), their drafts go, and their other proposals stay without a
 * proposer, since others have supported and answered them.
 */
export async function forgetProposalsOfUser(db: Db, userId: string) {
  await db.delete(proposalSupports).where(eq(proposalSupports.userId, userId));
  await db
    .delete(proposals)
    .where(and(eq(proposals.authorId, userId), eq(proposals.state, 'draft')));
  await db.update(proposals).set({ authorId: null }).where(eq(proposals.authorId, userId));
}
