import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { randomSecret, sha256 } from '../../../../lib/secrets.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { type Lang, translator } from '../../../../web/i18n/index.ts';
import { audit } from '../../../audit/record.ts';
import { enqueueMail } from '../../../mail/commands/enqueue-mail.ts';
import {
  coauthorByAddress,
  insertCoauthor,
  placesTaken,
  updateCoauthor,
} from '../coauthors.queries.ts';
import { INVITATION_DAYS, invitableStates, invitationMail, MAX_COAUTHORS } from '../coauthors.ts';
import { lockProposal } from '../proposals.queries.ts';

export type InviteFailure = 'forbidden' | 'notFound' | 'state' | 'self' | 'already' | 'limit';

/**
 * The proposer invites a co-author by e-mail address, until the proposal is handed to the body:
 * a link that works once, for INVITATION_DAYS days, is mailed to the address. An address already
 * invited is mailed a new link (the old one stops working) instead of being invited twice; one
 * that declined, left or was removed may be invited again. At most MAX_COAUTHORS places, open
 * invitations counted, held under the proposal's lock so two invitations at once cannot pass it.
 * `mail: false` queues no mail, for a caller that hands the link over itself: the demo, whose
 * invited people have addresses no mail reaches (RFC 2606).
 * @returns whether an earlier invitation was sent again, and the link's token
 */
export async function inviteCoauthor(
  ctx: CommandContext,
  actor: Actor,
  where: { municipality: { id: string; name: string }; proposalId: string },
  email: string,
  opts: { lang: Lang; baseUrl: string; mail?: boolean },
): Promise<Result<{ resent: boolean; token: string }, InviteFailure>> {
  if (actor.kind !== 'user') return fail('forbidden');
  const address = email.toLowerCase();
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, where.municipality.id, where.proposalId);
    if (!p) return fail('notFound');
    if (p.authorId !== actor.userId) return fail('forbidden');
    if (!invitableStates.includes(p.state)) return fail('state');
    if (address === actor.email.toLowerCase()) return fail('self');
    const earlier = await coauthorByAddress(tx.db, p.id, address);
    if (earlier?.state === 'accepted') return fail('already');
    const resent = earlier?.state === 'invited';
    if (!resent && (await placesTaken(tx.db, p.id)) >= MAX_COAUTHORS) return fail('limit');
    const token = randomSecret();
    const now = tx.now();
    const link = {
      tokenHash: sha256(token),
      state: 'invited',
      userId: null,
      invitedAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      answeredAt: null,
    };
    if (earlier) await updateCoauthor(tx.db, earlier.id, link);
    else await insertCoauthor(tx.db, { proposalId: p.id, email: address, ...link });
    const t = translator(opts.lang);
    // Past the mails an address may get in an hour the invitation is kept unsent, as the outbox
    // decides; the proposer may send it again later.
    if (opts.mail !== false) {
      await enqueueMail(
        tx,
        invitationMail(t, address, {
          municipality: where.municipality.name,
          link: `${opts.baseUrl}/${t.lang}/municipalities/${p.municipalityId}/proposals/${p.id}/invitation/${token}`,
        }),
      );
    }
    await audit(tx, actor, {
      municipalityId: p.municipalityId,
      action: resent ? 'proposal.coauthorResend' : 'proposal.coauthorInvite',
      target: `proposal:${p.id}`,
    });
    return ok({ resent, token });
  });
}
