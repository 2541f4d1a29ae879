import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canPublishCase } from '../../cases/cases.policy.ts';
import { findCaseOfInitiative } from '../../cases/cases.queries.ts';
import { findSourceInitiative } from '../../cases/initiative-source.queries.ts';
import { type PubliccodeProblem, readPubliccode } from '../publiccode.ts';
import { saveCaseSoftware } from '../software.queries.ts';

export type ReadPubliccodeFailure = 'notFound' | 'forbidden' | 'noSource' | 'invalid';

/**
 * Reads a `publiccode.yml` for the case of `initiativeId` and keeps what the case page shows of
 * it. Those who may publish the case may do this, when the case links its source code; a file
 * that cannot be read keeps nothing and says why.
 */
export async function readCasePubliccode(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  initiativeId: string,
  source: string,
): Promise<Result<{ caseId: string }, ReadPubliccodeFailure> & { problem?: PubliccodeProblem }> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const initiative = await findSourceInitiative(tx.db, municipalityId, initiativeId);
    if (!initiative) return fail('notFound');
    if (!canPublishCase(actor, initiative)) return fail('forbidden');
    const shared = await findCaseOfInitiative(tx.db, municipalityId, initiativeId);
    if (!shared) return fail('notFound');
    if (shared.sourceUrl === '') return fail('noSource');
    const read = readPubliccode(source);
    if (!read.ok) return { ...fail('invalid'), problem: read.problem };
    await saveCaseSoftware(tx.db, shared.id, read.summary, ctx.now());
    await audit(tx, actor, {
      municipalityId,
      action: 'publiccode.save',
      target: `case:${shared.id}`,
      details: { initiativeId, name: read.summary.name, licence: read.summary.licence },
    });
    return ok({ caseId: shared.id });
  });
}
