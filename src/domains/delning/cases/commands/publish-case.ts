import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import type { CaseInput } from '../cases.inputs.ts';
import { canPublishCase } from '../cases.policy.ts';
import {
  findCaseOfInitiative,
  insertCase,
  insertCaseVersion,
  updateCase,
} from '../cases.queries.ts';
import { findSourceInitiative } from '../initiative-source.queries.ts';

export type PublishFailure = 'notFound' | 'forbidden' | 'notPublic';

/**
 * Publishes the initiative `initiativeId` of `municipalityId` as a shared case, or publishes the
 * next version of its case (a withdrawn case so comes back). Only a public initiative is
 * published: the case shows its stage and benefits to everyone. Every version is kept and the
 * change audited.
 */
export async function publishCase(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  initiativeId: string,
  input: CaseInput,
): Promise<Result<{ caseId: string; version: number }, PublishFailure>> {
  if (actor.kind !== 'user') return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const initiative = await findSourceInitiative(tx.db, municipalityId, initiativeId, {
      lock: true,
    });
    if (!initiative) return fail('notFound');
    if (!canPublishCase(actor, initiative)) return fail('forbidden');
    if (!initiative.isPublic) return fail('notPublic');
    const at = ctx.now();
    const existing = await findCaseOfInitiative(tx.db, municipalityId, initiativeId);
    let caseId: string;
    let version: number;
    if (existing) {
      caseId = existing.id;
      version = existing.version + 1;
      await updateCase(tx.db, caseId, input, version, at);
    } else {
      version = 1;
      caseId = (
        await insertCase(tx.db, {
          ...input,
          municipalityId,
          initiativeId,
          publishedBy: actor.userId,
          at,
        })
      ).id;
    }
    await insertCaseVersion(tx.db, {
      caseId,
      version,
      content: input,
      changedBy: actor.userId,
      at,
    });
    await audit(tx, actor, {
      municipalityId,
      action: existing ? 'case.update' : 'case.publish',
      target: `case:${caseId}`,
      details: { initiativeId, version, title: input.title },
    });
    return ok({ caseId, version });
  });
}
