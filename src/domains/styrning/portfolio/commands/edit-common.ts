import type { CommandContext } from '../../../../lib/context.ts';
import { fail, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canEditInitiative } from '../portfolio.policy.ts';
import { type InitiativeRow, lockInitiative } from '../portfolio.queries.ts';

/** Why an edit of an initiative is refused. `invalid` carries field errors (i18n keys). */
export type EditFailure = 'notFound' | 'forbidden' | 'invalid';

/** The policy's view of an initiative row. */
export const scopeOf = (i: InitiativeRow) => ({
  municipalityId: i.municipalityId,
  departmentId: i.departmentId,
  isPublic: i.isPublic,
});

/**
 * Runs one edit of an initiative the actor may edit, in one transaction with its audit entry.
 * `change` checks what it needs against the database first and writes only when all is valid, so
 * a refusal changes nothing; it returns the audit details, or a failure.
 */
export async function editInitiative<T extends Record<string, unknown>>(
  ctx: CommandContext,
  actor: Actor,
  where: { municipalityId: string; initiativeId: string; action: string },
  change: (tx: CommandContext, initiative: InitiativeRow) => Promise<Result<T, EditFailure>>,
): Promise<Result<T, EditFailure>> {
  return inTransaction(ctx, async (tx) => {
    const initiative = await lockInitiative(tx.db, where.municipalityId, where.initiativeId);
    if (!initiative) return fail('notFound');
    if (!canEditInitiative(actor, scopeOf(initiative))) return fail('forbidden');
    const result = await change(tx, initiative);
    if (!result.ok) return result;
    await audit(tx, actor, {
      municipalityId: where.municipalityId,
      action: where.action,
      target: `initiative:${initiative.id}`,
      details: result.value,
    });
    return result;
  });
}
