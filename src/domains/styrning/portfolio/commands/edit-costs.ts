import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok } from '../../../../lib/result.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import type { CostInput, RiskInput } from '../initiative.inputs.ts';
import { deleteCost, deleteRisk, insertRisk, upsertCost } from '../initiative-parts.queries.ts';
import { touchInitiative } from '../portfolio.queries.ts';
import { editInitiative } from './edit-common.ts';

type Where = { municipalityId: string; initiativeId: string };

/** Adds a year of costs (investment, running) or changes the year already there. */
export function setCost(ctx: CommandContext, actor: Actor, where: Where, input: CostInput) {
  return editInitiative(ctx, actor, { ...where, action: 'initiative.cost' }, async (tx, i) => {
    await upsertCost(tx.db, i.id, input);
    await touchInitiative(tx.db, i.id, tx.now());
    return ok({ ...input });
  });
}

/** Removes one year of costs. */
export function removeCost(ctx: CommandContext, actor: Actor, where: Where, year: number) {
  return editInitiative(
    ctx,
    actor,
    { ...where, action: 'initiative.cost-remove' },
    async (tx, i) => {
      if (!(await deleteCost(tx.db, i.id, year))) return fail('notFound');
      await touchInitiative(tx.db, i.id, tx.now());
      return ok({ year });
    },
  );
}

/** Adds a risk with its likelihood and impact (1–5 each). */
export function addRisk(ctx: CommandContext, actor: Actor, where: Where, input: RiskInput) {
  return editInitiative(ctx, actor, { ...where, action: 'initiative.risk' }, async (tx, i) => {
    const risk = await insertRisk(tx.db, i.id, input);
    await touchInitiative(tx.db, i.id, tx.now());
    return ok({ riskId: risk.id, ...input });
  });
}

/** Removes one of the initiative's risks. */
export function removeRisk(ctx: CommandContext, actor: Actor, where: Where, riskId: string) {
  return editInitiative(
    ctx,
    actor,
    { ...where, action: 'initiative.risk-remove' },
    async (tx, i) => {
      if (!(await deleteRisk(tx.db, i.id, riskId))) return fail('notFound');
      await touchInitiative(tx.db, i.id, tx.now());
      return ok({ riskId });
    },
  );
}
