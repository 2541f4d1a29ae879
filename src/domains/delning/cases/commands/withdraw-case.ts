import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canPublishCase } from '../cases.policy.ts';
import { findCaseOfInitiative, markWithdrawn } from '../cases.queries.ts';
import { findSourceInitiative } from '../initiative-source.queries.ts';

/**
 * Withdraws the case of an initiative: it stays, marked withdrawn, so adopters keep their link
 * back; it leaves the search and cannot be adopted any more.
 */
export async function withdrawCase(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  initiativeId: string,
): Promise<Result<{ caseId: string }, 'notFound' | 'forbidden' | 'withdrawn'>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const initiative = await findSourceInitiative(tx.db, municipalityId, initiativeId, {
      lock: true,
    });
    const found = initiative && (await findCaseOfInitiative(tx.db, municipalityId, initiativeId));
    if (!initiative || !found) return fail('notFound');
    if (!canPublishCase(actor, initiative)) return fail('forbidden');
    if (found.status === 'withdrawn') return fail('withdrawn');
    await markWithdrawn(tx.db, found.id, ctx.now());
    await audit(tx, actor, {
      municipalityId,
      action: 'case.withdraw',
      target: `case:${found.id}`,
      details: { initiativeId },
    });
    return ok({ caseId: found.id });
  });
}
