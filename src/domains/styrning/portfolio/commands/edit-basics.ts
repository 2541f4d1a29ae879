import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok } from '../../../../lib/result.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { type BasicsInput, parseDecimal } from '../initiative.inputs.ts';
import { updateInitiative } from '../portfolio.queries.ts';
import type { Requirements } from '../portfolio.schema.ts';
import { editInitiative } from './edit-common.ts';

type Where = { municipalityId: string; initiativeId: string };

/** Title, problem, idea, owner, public and mandatory flags, start and end dates. */
export function editBasics(ctx: CommandContext, actor: Actor, where: Where, input: BasicsInput) {
  return editInitiative(ctx, actor, { ...where, action: 'initiative.update' }, async (tx, i) => {
    await updateInitiative(tx.db, i.id, input, tx.now());
    return ok({ ...input });
  });
}

export const REQUIREMENT_KEYS = [
  'verifiedNeed',
  'namedOwner',
  'goalLink',
  'financingDevelopment',
  'financingOperation',
  'architectureFit',
] as const satisfies readonly (keyof Requirements)[];

/**
 * The criteria rated by hand on 0–5 (goal contribution and benefit/cost come from the goal
 * weights and the benefit calculus). Risk counts against an initiative in the prioritisation.
 */
export const RATED_CRITERIA = ['urgency', 'feasibility', 'risk', 'reusePotential'] as const;

/**
 * The must-requirements (checkboxes `req_<name>`) and the ratings (`rating_<criterion>`, 0–5 with
 * at most two decimals, empty for not rated).
 */
export function editAssessment(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
) {
  const requirements = Object.fromEntries(
    REQUIREMENT_KEYS.map((k) => [k, values[`req_${k}`] === 'on']),
  ) as Requirements;
  const ratings: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const c of RATED_CRITERIA) {
    const n = parseDecimal(values[`rating_${c}`]);
    if (n === undefined) continue;
    if (!(n >= 0 && n <= 5) || Math.round(n * 100) !== n * 100)
      errors[`rating_${c}`] = 'portfolio.initiative.error.rating';
    else ratings[c] = n;
  }
  return editInitiative(ctx, actor, { ...where, action: 'initiative.assess' }, async (tx, i) => {
    if (Object.keys(errors).length) return fail('invalid', errors);
    // Ratings of other criteria, if someone stored them, are kept.
    const kept = Object.fromEntries(
      Object.entries(i.ratings).filter(([k]) => !(RATED_CRITERIA as readonly string[]).includes(k)),
    );
    await updateInitiative(
      tx.db,
      i.id,
      { requirements, ratings: { ...kept, ...ratings } },
      tx.now(),
    );
    return ok({ requirements, ratings });
  });
}
