import type { Db } from '../../../db/client.ts';
import { publicStates } from '../../../engines/proposal-rules/index.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { canHandleProposals } from './proposals.policy.ts';
import {
  getProposal,
  hasSupported,
  type ProposalRow,
  paperSignaturesOf,
} from './proposals.queries.ts';

/**
 * Whether the actor may see the proposal: anyone once it is accepted (also after it is answered
 * or withdrawn); its proposer always; staff from screening on, a draft never.
 */
export function maySee(actor: Actor, p: ProposalRow): boolean {
  if (publicStates.includes(p.state)) return true;
  if (actor.kind === 'user' && p.authorId === actor.userId) return true;
  return p.state !== 'draft' && canHandleProposals(actor, p.municipalityId);
}

/** What a proposal's page shows the actor, or undefined when it is not theirs to see. */
export async function loadProposalPage(db: Db, actor: Actor, municipalityId: string, id: string) {
  const proposal = await getProposal(db, municipalityId, id);
  if (!proposal || !maySee(actor, proposal)) return undefined;
  const canHandle = canHandleProposals(actor, municipalityId);
  return {
    proposal,
    canHandle,
    isAuthor: actor.kind === 'user' && proposal.authorId === actor.userId,
    supported: actor.kind === 'user' && (await hasSupported(db, proposal.id, actor.userId)),
    paper: canHandle ? await paperSignaturesOf(db, proposal.id) : [],
  };
}
