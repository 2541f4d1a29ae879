import { canMove } from '../../../../engines/proposal-rules/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { ProposalInput } from '../proposals.inputs.ts';
import { insertProposal, lockProposal, updateProposal } from '../proposals.queries.ts';

/**
 * A signed-in resident writes a proposal: kept as a draft, or sent at once to screening. Anyone
 * signed in may propose to any municipality; the proposal is theirs alone until it is accepted.
 */
export async function writeProposal(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  input: ProposalInput,
  send: boolean,
): Promise<Result<{ proposalId: string }, 'signIn'>> {
  if (actor.kind !== 'user') return fail('signIn');
  return inTransaction(ctx, async (tx) => {
    const proposal = await insertProposal(tx.db, {
      municipalityId,
      ...input,
      authorId: actor.userId,
      state: send ? 'screening' : 'draft',
      submittedAt: send ? tx.now() : null,
    });
    await audit(tx, actor, {
      municipalityId,
      action: send ? 'proposal.submit' : 'proposal.draft',
      target: `proposal:${proposal.id}`,
      details: { title: proposal.title },
    });
    return ok({ proposalId: proposal.id });
  });
}

/** The proposer sends their draft to screening, or withdraws their proposal before it is answered. */
export async function moveOwnProposal(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; proposalId: string },
  to: 'screening' | 'withdrawn',
): Promise<Result<true, 'forbidden' | 'notFound' | 'state'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, where.municipalityId, where.proposalId);
    if (!p) return fail('notFound');
    if (p.authorId !== actor.userId) return fail('forbidden');
    if (!canMove(p.state, to)) return fail('state');
    await updateProposal(
      tx.db,
      p.id,
      to === 'screening'
        ? { state: 'screening', submittedAt: tx.now() }
        : { state: 'withdrawn', withdrawnAt: tx.now() },
    );
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: to === 'screening' ? 'proposal.submit' : 'proposal.withdraw',
      target: `proposal:${p.id}`,
      details: { from: p.state },
    });
    return ok(true);
  });
}
