import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { demoId } from '../../../lib/demo-id.ts';
import { audit } from '../../audit/record.ts';
import { candidatesFor } from '../prioritisation/candidates.ts';
import { selectFor } from '../prioritisation/commands/select.ts';
import {
  getScenario,
  insertScenario,
  portfolioData,
} from '../prioritisation/prioritisation.queries.ts';
import { DEFAULT_WEIGHTS } from '../prioritisation/problem.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { futureStoryVersions } from '../strategy/strategy.schema.ts';
import { nb, sv } from './texts.ts';

/** The budget year of the demo scenarios. */
export const DEMO_SCENARIO_YEAR = 2027;

/** The demo scenarios: their key, and the share of all candidates' cost they may spend. */
export const DEMO_SCENARIOS = [
  { key: 'base', share: 0.5 },
  { key: 'extended', share: 0.8 },
] as const;

const system = { kind: 'system' as const, label: 'seed:demo' };

/** A round budget: the share of the total, down to whole hundred thousands (at least that). */
export function demoBudget(totalCost: number, share: number): number {
  return Math.max(100_000, Math.floor((totalCost * share) / 100_000) * 100_000);
}

/**
 * Two saved scenarios for each demo municipality whose demo portfolio is in place ("Budget 2027 –
 * grundnivå" and "– utökad", in its language): half and four fifths of what all the year's
 * candidates cost, with the municipality's weights, chosen by the same engine and saved as a
 * scenario run in the app is. Fixed ids: a scenario already there is not run again.
 */
export async function seedDemoScenarios(
  ctx: CommandContext,
  municipalities: readonly { id: string }[],
): Promise<void> {
  const { db } = ctx;
  for (const { id } of municipalities) {
    const [story] = await db
      .select({ id: futureStoryVersions.id })
      .from(futureStoryVersions)
      .where(
        and(
          eq(futureStoryVersions.municipalityId, id),
          eq(futureStoryVersions.id, demoId(id, 'story:1')),
        ),
      );
    if (!story) continue; // the municipality's own content, not the demo's
    const municipality = { id, country: id.startsWith('NO-') ? 'NO' : 'SE' };
    const texts = municipality.country === 'NO' ? nb : sv;
    // One after the other: inside a transaction they share one connection.
    const data = await portfolioData(db, id);
    const settings = await steeringSettingsOf(db, municipality, DEFAULT_WEIGHTS);
    const { totalCost } = candidatesFor(data, {
      year: DEMO_SCENARIO_YEAR,
      weights: settings.weights,
      discountRate: settings.discountRate,
    });
    for (const [i, spec] of DEMO_SCENARIOS.entries()) {
      const scenarioId = demoId(id, `scenario:${spec.key}`);
      if (await getScenario(db, id, scenarioId)) continue;
      const input = {
        year: DEMO_SCENARIO_YEAR,
        budget: demoBudget(totalCost, spec.share),
        weights: settings.weights,
      };
      const selected = await selectFor(db, municipality, input);
      if (!selected.ok) continue; // a portfolio the engine refuses gets no demo scenario
      const record = selected.value;
      await insertScenario(db, {
        id: scenarioId,
        municipalityId: id,
        name: texts.scenarios[spec.key],
        ...input,
        result: record as unknown as Record<string, unknown>,
        createdBy: null,
        // A second apart, so the list (newest first) shows the basic level first, every time.
        createdAt: new Date(ctx.now().getTime() + (DEMO_SCENARIOS.length - i) * 1000),
      });
      await audit(ctx, system, {
        municipalityId: id,
        action: 'scenario.run',
        target: `scenario:${scenarioId}`,
        details: {
          year: input.year,
          budget: input.budget,
          selected: record.selection.selected.length,
          objective: record.selection.objective,
        },
      });
    }
  }
}
