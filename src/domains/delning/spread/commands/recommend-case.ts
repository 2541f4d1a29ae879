import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import {
  deleteRecommendation,
  findPublishedCase,
  insertRecommendation,
} from '../recommendations.queries.ts';
import { mayRecommend, type RecommendationScope } from '../spread.policy.ts';

/** A coordinator recommends a published case to their county, or puts it on the shortlist. */
export async function recommendCase(
  ctx: CommandContext,
  actor: Actor,
  scope: RecommendationScope,
  input: { caseId: string; note: string },
): Promise<Result<{ id: string }, 'forbidden' | 'unknownCase' | 'alreadyRecommended'>> {
  if (actor.kind !== 'user' || !mayRecommend(actor, scope)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    if (!(await findPublishedCase(tx.db, input.caseId)))
      return fail('unknownCase', { caseId: 'spread.error.case' });
    const id = await insertRecommendation(tx.db, {
      caseId: input.caseId,
      countyId: scope,
      note: input.note,
      recommendedBy: actor.userId,
    });
    if (!id) return fail('alreadyRecommended', { caseId: 'spread.error.already' });
    await audit(tx, actor, {
      municipalityId: null,
      action: 'recommendation.add',
      target: `case:${input.caseId}`,
      details: { countyId: scope, recommendationId: id },
    });
    return ok({ id });
  });
}

/** A coordinator takes back a recommendation of their county, or of the shortlist. */
export async function withdrawRecommendation(
  ctx: CommandContext,
  actor: Actor,
  scope: RecommendationScope,
  id: string,
): Promise<Result<null, 'forbidden' | 'notFound'>> {
  if (actor.kind !== 'user' || !mayRecommend(actor, scope)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const deleted = await deleteRecommendation(tx.db, id, scope);
    if (!deleted) return fail('notFound');
    await audit(tx, actor, {
      municipalityId: null,
      action: 'recommendation.remove',
      target: `case:${deleted.caseId}`,
      details: { countyId: scope, recommendationId: id },
    });
    return ok(null);
  });
}
