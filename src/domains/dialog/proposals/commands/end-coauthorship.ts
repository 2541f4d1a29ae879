import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { lockCoauthor, lockCoauthorship, updateCoauthor } from '../coauthors.queries.ts';
import { invitableStates } from '../coauthors.ts';
import { lockProposal } from '../proposals.queries.ts';

type Where = { municipalityId: string; proposalId: string };

/**
 * The proposer withdraws an open invitation (its link stops working) or removes a co-author,
 * until the proposal is handed to the body: what the body receives is not changed under it.
 * @returns what was ended
 */
export async function removeCoauthor(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  coauthorId: string,
): Promise<Result<'withdrawn' | 'removed', 'forbidden' | 'notFound' | 'state'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, where.municipalityId, where.proposalId);
    if (!p) return fail('notFound');
    if (p.authorId !== actor.userId) return fail('forbidden');
    const row = await lockCoauthor(tx.db, p.id, coauthorId);
    if (!row || (row.state !== 'invited' && row.state !== 'accepted')) return fail('notFound');
    if (!invitableStates.includes(p.state)) return fail('state');
    const ended = row.state === 'invited' ? 'withdrawn' : 'removed';
    await updateCoauthor(tx.db, row.id, { state: ended, answeredAt: tx.now() });
    await audit(tx, actor, {
      municipalityId: p.municipalityId,
      action: ended === 'withdrawn' ? 'proposal.coauthorWithdraw' : 'proposal.coauthorRemove',
      target: `proposal:${p.id}`,
      details: { coauthor: row.id },
    });
    return ok(ended);
  });
}

/**
 * A co-author leaves the proposal, whatever its state: nobody is kept named on a proposal against
 * their will.
 */
export async function leaveProposal(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
): Promise<Result<true, 'forbidden' | 'notFound'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, where.municipalityId, where.proposalId);
    if (!p) return fail('notFound');
    const row = await lockCoauthorship(tx.db, p.id, actor.userId);
    if (!row) return fail('forbidden');
    await updateCoauthor(tx.db, row.id, { state: 'left', answeredAt: tx.now() });
    await audit(tx, actor, {
      municipalityId: p.municipalityId,
      action: 'proposal.coauthorLeave',
      target: `proposal:${p.id}`,
      details: { coauthor: row.id },
    });
    return ok(true);
  });
}
