import { type ProposalRule, ruleErrors } from '../../../../engines/proposal-rules/index.ts';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canSetProposalRule } from '../proposals.policy.ts';
import { saveRule } from '../proposals.queries.ts';

const fieldError = {
  threshold: 'proposals.error.threshold',
  perMille: 'proposals.error.perMille',
  collectionDays: 'proposals.error.collectionDays',
  decisionMonths: 'proposals.error.decisionMonths',
  forgetSupportersDays: 'proposals.error.forgetSupportersDays',
} as const;

/**
 * The admin sets the municipality's rule for proposals. Proposals already collecting keep their
 * threshold and window; the new rule applies from the next one accepted.
 */
export async function setProposalRule(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  rule: ProposalRule,
): Promise<Result<true, 'forbidden' | 'invalid'>> {
  if (actor.kind !== 'user' || !canSetProposalRule(actor, municipalityId)) return fail('forbidden');
  const wrong = ruleErrors(rule);
  if (wrong.length > 0) {
    return fail('invalid', Object.fromEntries(wrong.map((f) => [f, fieldError[f]])));
  }
  // Only the figures the preset uses are kept, so a stored rule says what it counts.
  const kept: ProposalRule = {
    ...rule,
    threshold: rule.preset === 'seAbsolute' || rule.preset === 'custom' ? rule.threshold : null,
    perMille: rule.preset === 'sePerMille' ? rule.perMille : null,
  };
  return inTransaction(ctx, async (tx) => {
    await saveRule(tx.db, municipalityId, kept, tx.now());
    await audit(tx, actor, {
      municipalityId,
      action: 'proposal.rule',
      target: `municipality:${municipalityId}`,
      details: kept,
    });
    return ok(true);
  });
}
