import type { Db } from '../../../db/client.ts';
import { sha256 } from '../../../lib/secrets.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { invitationByToken } from './coauthors.queries.ts';
import { type InvitationLinkStatus, invitationLinkStatus } from './coauthors.ts';
import { getProposal, type ProposalRow } from './proposals.queries.ts';

/** Who follows a valid link, as far as accepting goes. */
export type Follower = 'visitor' | 'invited' | 'otherAccount' | 'coauthor';

export type InvitationView =
  | { status: Exclude<InvitationLinkStatus, 'valid'> }
  | { status: 'valid'; proposal: ProposalRow; follower: Follower }
  | { status: 'coauthor'; proposal: ProposalRow };

/**
 * What an invitation link's page shows: the proposal it invites to, and whether the one who
 * follows it may accept; or why the link no longer works. The proposal is shown to whoever holds
 * a working link, drafts included: the proposer chose to show it to that address.
 */
export async function loadInvitation(
  db: Db,
  actor: Actor,
  where: { municipalityId: string; proposalId: string },
  token: string,
  now: Date,
): Promise<InvitationView> {
  const p = await getProposal(db, where.municipalityId, where.proposalId);
  const row = await invitationByToken(db, sha256(token));
  const invitation = row && p && row.proposalId === p.id ? row : undefined;
  if (p && actor.kind === 'user' && invitation?.state === 'accepted') {
    if (invitation.userId === actor.userId) return { status: 'coauthor', proposal: p };
  }
  const status = invitationLinkStatus(invitation, p?.state, now);
  if (status !== 'valid' || !p || !invitation) {
    return { status: status === 'valid' ? 'unknown' : status };
  }
  const follower: Follower =
    actor.kind !== 'user'
      ? 'visitor'
      : actor.email.toLowerCase() === invitation.email && p.authorId !== actor.userId
        ? 'invited'
        : 'otherAccount';
  return { status: 'valid', proposal: p, follower };
}
