import type { CommandContext } from '../../../lib/context.ts';
import { audit } from '../../audit/record.ts';
import { writeCheckpoints } from '../../decisions/checkpoints.ts';
import { buildDemo, type DemoTarget } from './build.ts';
import { type Built, type DemoMunicipality, demoTargets, insertAll } from './seed.ts';

/** Which copies to add, and how. */
export type CopyPlan = {
  /** The first and last copy number, both included; the demo itself is copy 1. */
  from: number;
  to: number;
  /** Spreads the copies' values (ratings, costs, stages, indicator noise); the same seed, the same rows. */
  seed: number;
  /** Copies inserted together in one statement per table. */
  batch?: number;
  /** Called after each batch with the copies added so far and the number to add. */
  onProgress?: (done: number, total: number) => void;
};

const system = { kind: 'system' as const, label: 'seed:generate' };

/**
 * The target of copy `number` of the demo: the demo's target with the copy's number and seed,
 * and a variant of its own (0–19) so stages and minutes differ from copy to copy.
 */
export function copyTarget(base: DemoTarget, number: number, seed: number): DemoTarget {
  return { ...base, variant: (number + seed) % 20, copy: { number, seed } };
}

/**
 * Adds numbered copies of the demo's Styrning content (initiatives with stages and transitions,
 * costs, benefits with measurements, goals with indicators and their decisions) to a municipality
 * that has the demo itself: each copy's decisions continue the chain, each with its signed
 * checkpoint, as `seedDemoSteering` records the demo's. Runs inside the caller's transaction.
 * Returns the rows added per table.
 */
export async function seedDemoCopies(
  ctx: CommandContext,
  municipality: DemoMunicipality,
  plan: CopyPlan,
): Promise<Record<string, number>> {
  const [base] = await demoTargets(ctx.db, [municipality]);
  if (!base) throw new Error(`${municipality.id} lacks the demo's departments or bodies`);
  const total = Math.max(0, plan.to - plan.from + 1);
  const batch = plan.batch ?? 10;
  const added: Record<string, number> = {};
  let last = base.lastDecision;
  plan.onProgress?.(0, total);
  for (let first = plan.from; first <= plan.to; first += batch) {
    const built: Built[] = [];
    for (let n = first; n < Math.min(first + batch, plan.to + 1); n++) {
      const copy = buildDemo({ ...copyTarget(base, n, plan.seed), lastDecision: last });
      const head = copy.decisions.at(-1);
      if (head) last = { sequence: head.sequence, hash: head.hash };
      built.push(copy);
    }
    await insertAll(ctx.db, built);
    await writeCheckpoints(
      ctx,
      municipality.id,
      built.flatMap((b) => b.decisions.map((d) => ({ count: d.sequence, head: d.hash }))),
    );
    for (const b of built)
      for (const [table, rows] of Object.entries(b))
        added[table] = (added[table] ?? 0) + rows.length;
    plan.onProgress?.(Math.min(first + batch, plan.to + 1) - plan.from, total);
  }
  if (total > 0)
    await audit(ctx, system, {
      municipalityId: municipality.id,
      action: 'demo.steering-generate',
      target: `municipality:${municipality.id}`,
      details: { from: plan.from, to: plan.to, seed: plan.seed, initiatives: added.initiatives },
    });
  return added;
}
