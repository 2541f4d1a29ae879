import { collectionEnds } from '../../../../engines/proposal-rules/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { ScreeningInput } from '../proposals.inputs.ts';
import { canHandleProposals } from '../proposals.policy.ts';
import { lockProposal, updateProposal } from '../proposals.queries.ts';
import { type MunicipalityRef, thresholdOf } from '../rule.ts';

/**
 * Staff screen a proposal: accepted, it starts collecting support with the threshold and window
 * the rule gives today (kept on the proposal, so a later change of rule does not move them);
 * refused, the proposer is told why.
 */
export async function screenProposal(
  ctx: CommandContext,
  actor: Actor,
  m: MunicipalityRef,
  proposalId: string,
  input: ScreeningInput,
): Promise<Result<true, 'forbidden' | 'notFound' | 'state' | 'noInhabitants'>> {
  if (actor.kind !== 'user' || !canHandleProposals(actor, m.id)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const p = await lockProposal(tx.db, m.id, proposalId);
    if (!p) return fail('notFound');
    if (p.state !== 'screening') return fail('state');
    const now = tx.now();
    if (input.verdict === 'refuse') {
      await updateProposal(tx.db, p.id, {
        state: 'refused',
        screenedAt: now,
        screenedBy: actor.userId,
        refusal: input.refusal ?? null,
        refusalNote: input.note,
      });
    } else {
      const { rule, threshold } = await thresholdOf(tx.db, m);
      if (threshold === null) return fail('noInhabitants');
      await updateProposal(tx.db, p.id, {
        state: 'collecting',
        screenedAt: now,
        screenedBy: actor.userId,
        threshold,
        expiresAt: collectionEnds(rule, now),
      });
    }
    await audit(tx, actor, {
      municipalityId: m.id,
      action: input.verdict === 'accept' ? 'proposal.accept' : 'proposal.refuse',
      target: `proposal:${p.id}`,
      details: input.verdict === 'refuse' ? { reason: input.refusal } : {},
    });
    return ok(true);
  });
}
