import type { ProposalState } from '../../../engines/proposal-rules/index.ts';
import type { Translator } from '../../../web/i18n/index.ts';
import type { MailToSend } from '../../mail/commands/enqueue-mail.ts';

/** How many co-authors a proposal may have, invitations still open counted. */
export const MAX_COAUTHORS = 5;

/** How long the link in an invitation works. */
export const INVITATION_DAYS = 14;

export type CoauthorState = 'invited' | 'accepted' | 'declined' | 'withdrawn' | 'removed' | 'left';

/** The states that take one of the proposal's places: an open invitation or a co-author. */
export const placeTaking: readonly CoauthorState[] = ['invited', 'accepted'];

/**
 * Until the proposal is handed to the body its proposer may invite co-authors and an invitation
 * may be accepted; after that the proposal is the body's to decide, as it was put.
 */
export const invitableStates: readonly ProposalState[] = [
  'draft',
  'screening',
  'collecting',
  'thresholdReached',
  'expired',
];

/** What following an invitation link finds. */
export type InvitationLinkStatus = 'valid' | 'unknown' | 'used' | 'expired' | 'closed';

/**
 * The state of an invitation link: a used link (answered, withdrawn, or replaced by a newer one,
 * which leaves this token unknown) says so before an expired one; a proposal handed to the body
 * takes no co-authors, whatever the link.
 */
export function invitationLinkStatus(
  row: { state: string; expiresAt: Date } | undefined,
  proposalState: ProposalState | undefined,
  now: Date,
): InvitationLinkStatus {
  if (!row || !proposalState) return 'unknown';
  if (row.state !== 'invited') return 'used';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (!invitableStates.includes(proposalState)) return 'closed';
  return 'valid';
}

// Like the registration mails, the invitation carries nothing the proposer typed (not their name,
// not the proposal's title): whoever writes a draft must not be able to put words of theirs into
// a stranger's mailbox. The link's page shows the proposal to the one who follows it.

/** The mail with the link that makes its holder a co-author. */
export function invitationMail(
  t: Translator,
  to: string,
  opts: { municipality: string; link: string },
): MailToSend {
  return {
    kind: 'proposals.coauthor-invitation',
    to,
    lang: t.lang,
    subject: t('proposals.coauthors.mail.subject', { municipality: opts.municipality }),
    text: t('proposals.coauthors.mail.body', { ...opts, days: INVITATION_DAYS }),
  };
}
