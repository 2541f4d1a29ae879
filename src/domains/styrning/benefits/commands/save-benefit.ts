import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { canEditInitiative } from '../../portfolio/portfolio.policy.ts';
import type { InitiativeRow } from '../../portfolio/portfolio.queries.ts';
import {
  type BenefitRow,
  type BenefitValues,
  insertBenefit,
  updateBenefit,
} from '../benefits.queries.ts';

/** Adds a validated benefit to an initiative, audited in the same transaction. */
export async function createBenefit(
  ctx: CommandContext,
  actor: Actor,
  initiative: InitiativeRow,
  values: BenefitValues,
): Promise<Result<BenefitRow, 'forbidden'>> {
  if (actor.kind !== 'user' || !canEditInitiative(actor, initiative)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const row = await insertBenefit(tx.db, initiative.id, values);
    await audit(tx, actor, {
      municipalityId: initiative.municipalityId,
      action: 'benefit.create',
      target: `benefit:${row.id}`,
      details: { initiativeId: initiative.id, kind: row.kind },
    });
    return ok(row);
  });
}

/** Changes a benefit of an initiative (its measurements stay as they are), audited. */
export async function editBenefit(
  ctx: CommandContext,
  actor: Actor,
  initiative: InitiativeRow,
  benefit: BenefitRow,
  values: BenefitValues,
): Promise<Result<null, 'forbidden'>> {
  if (actor.kind !== 'user' || !canEditInitiative(actor, initiative)) return fail('forbidden');
  if (benefit.initiativeId !== initiative.id) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    await updateBenefit(tx.db, benefit.id, values);
    await audit(tx, actor, {
      municipalityId: initiative.municipalityId,
      action: 'benefit.update',
      target: `benefit:${benefit.id}`,
      details: { initiativeId: initiative.id },
    });
    return ok(null);
  });
}
