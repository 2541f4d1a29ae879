import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { sha256 } from '../../../../lib/secrets.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { invitationByToken, updateCoauthor } from '../coauthors.queries.ts';
import { invitationLinkStatus } from '../coauthors.ts';
import { lockProposal } from '../proposals.queries.ts';

export type InvitationAnswer = 'accept' | 'decline';
export type AnswerFailure = 'signIn' | 'unknown' | 'used' | 'expired' | 'closed' | 'otherAddress';

/**
 * The invited person answers through the link of their invitation. Accepting needs an account
 * whose address is the invited one: every account's address (the demo's aside) was confirmed
 * through a mailed link or vouched for by a municipality's login service, so the link reaches the
 * invited person's account only, and a forwarded or leaked link makes nobody else a co-author.
 * Declining needs only the link, which proves the mailbox: nobody needs an account to say no. A
 * second acceptance by the same account is a no-op (`already`). The link works once; a newer one
 * replaces it.
 */
export async function answerInvitation(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; proposalId: string },
  token: string,
  answer: InvitationAnswer,
): Promise<Result<'accepted' | 'declined' | 'already', AnswerFailure>> {
  return inTransaction(ctx, async (tx) => {
    // The proposal first, as every other change of it takes its locks, then the invitation.
    const p = await lockProposal(tx.db, where.municipalityId, where.proposalId);
    const row = await invitationByToken(tx.db, sha256(token), { forUpdate: true });
    const invitation = row && p && row.proposalId === p.id ? row : undefined;
    if (
      answer === 'accept' &&
      actor.kind === 'user' &&
      invitation?.state === 'accepted' &&
      invitation.userId === actor.userId
    ) {
      return ok('already');
    }
    const status = invitationLinkStatus(invitation, p?.state, tx.now());
    if (!invitation || !p || status !== 'valid')
      return fail(status === 'valid' ? 'unknown' : status);
    if (answer === 'accept') {
      if (actor.kind !== 'user') return fail('signIn');
      if (actor.email.toLowerCase() !== invitation.email || p.authorId === actor.userId) {
        return fail('otherAddress');
      }
    }
    await updateCoauthor(tx.db, invitation.id, {
      state: answer === 'accept' ? 'accepted' : 'declined',
      userId: answer === 'accept' && actor.kind === 'user' ? actor.userId : null,
      answeredAt: tx.now(),
    });
    await audit(tx, actor, {
      municipalityId: p.municipalityId,
      action: answer === 'accept' ? 'proposal.coauthorAccept' : 'proposal.coauthorDecline',
      target: `proposal:${p.id}`,
      details: { coauthor: invitation.id },
    });
    return ok(answer === 'accept' ? 'accepted' : 'declined');
  });
}
