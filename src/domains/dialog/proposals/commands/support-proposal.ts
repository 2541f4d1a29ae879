import {
  publicStates,
  type SupportRefusal,
  supportRefusal,
  takesSupport,
} from '../../../../engines/proposal-rules/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { knownThroughEid } from '../../dialogues/dialogues.queries.ts';
import { addSupport, lockForSupport } from '../proposals.queries.ts';
import { type MunicipalityRef, ruleOf } from '../rule.ts';

export type SupportFailure = 'signIn' | 'notFound' | 'closed' | 'already' | SupportRefusal;

/**
 * A signed-in person supports a proposal, once. Verified when they are known through the
 * municipality's e-ID, unverified otherwise; both are counted, apart. The proposal is held with
 * a lock other supports share (a support does not wait for another person's) but the worker's
 * move does not, so a support is never counted on a proposal that has just expired. The insert's
 * primary key keeps it to one per person, whether from the page or the API at the same moment:
 * the second is `already`, and the counts change in the same transaction. The municipality's
 * rule in force says who may support (`supportRefusal`): e-ID only, and whether they declare
 * that they live there.
 */
export async function supportProposal(
  ctx: CommandContext,
  actor: Actor,
  where: { municipality: MunicipalityRef; proposalId: string },
  how: {
    /** Whether the supporter asked to be told by e-mail of the answer and what follows. */
    tellMe?: boolean;
    /** Whether they declared that they live in the municipality. */
    declaresResidence?: boolean;
  } = {},
): Promise<Result<{ verified: boolean }, SupportFailure>> {
  if (actor.kind !== 'user') return fail('signIn');
  const municipalityId = where.municipality.id;
  const declaredResident = how.declaresResidence === true;
  return inTransaction(ctx, async (tx) => {
    const p = await lockForSupport(tx.db, municipalityId, where.proposalId);
    if (!p || !publicStates.includes(p.state)) return fail('notFound');
    if (!takesSupport(p.state, p.expiresAt, tx.now())) return fail('closed');
    const verified = await knownThroughEid(tx.db, actor.userId, municipalityId);
    const rule = await ruleOf(tx.db, where.municipality);
    const refused = supportRefusal(rule, {
      throughEid: verified,
      declaresResidence: declaredResident,
    });
    if (refused) return fail(refused);
    const support = { verified, tellMe: how.tellMe === true, declaredResident };
    if (!(await addSupport(tx.db, p.id, actor.userId, support))) return fail('already');
    await audit(tx, actor, {
      municipalityId,
      action: 'proposal.support',
      target: `proposal:${p.id}`,
      details: { verified, declaredResident },
    });
    return ok({ verified });
  });
}
