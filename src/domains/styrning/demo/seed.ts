import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { audit } from '../../audit/record.ts';
import { writeCheckpoints } from '../../decisions/checkpoints.ts';
import { lastDecision } from '../../decisions/decisions.queries.ts';
import { decisionBodies, decisions } from '../../decisions/decisions.schema.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import { benefitMeasurements, benefits } from '../benefits/benefits.schema.ts';
import {
  capabilities,
  departmentSystems,
  goalContributions,
  initiativeCompetences,
  initiativeCosts,
  initiativeDependencies,
  initiativeParticipants,
  initiativeRisks,
  initiativeSystems,
  initiatives,
  stageTransitions,
  systems,
} from '../portfolio/portfolio.schema.ts';
import { steeringSettings } from '../steering/steering.schema.ts';
import {
  futureStoryVersions,
  goals,
  indicatorMeasurements,
  indicators,
} from '../strategy/strategy.schema.ts';
import { buildDemo, type DemoTarget } from './build.ts';
import { nb, sv } from './texts.ts';

/** A demo municipality as `seedDemo` knows it. */
export type DemoMunicipality = {
  id: string;
  slug: string;
  departments: readonly string[];
  /** Its name in the future story; the demo municipalities' are known. */
  name?: string | undefined;
};

const system = { kind: 'system' as const, label: 'seed:demo' };
const names: Record<string, string> = {
  'SE-0127': 'Botkyrka',
  'SE-0483': 'Katrineholm',
  'NO-3203': 'Asker',
};

export type Built = ReturnType<typeof buildDemo>;

/** Inserts in one statement per table for all municipalities, skipping rows already there. */
export async function insertAll(db: Db, built: Built[]) {
  const all = <K extends keyof Built>(k: K) => built.flatMap((b) => b[k] as unknown[]) as Built[K];
  // One statement per table; ON CONFLICT DO NOTHING keeps a repeated run from adding copies.
  const skip = <T extends { onConflictDoNothing(): unknown }>(q: T) => q.onConflictDoNothing();
  if (all('decisions').length) await skip(db.insert(decisions).values(all('decisions')));
  if (all('stories').length) await skip(db.insert(futureStoryVersions).values(all('stories')));
  if (all('goals').length) await skip(db.insert(goals).values(all('goals')));
  if (all('indicators').length) await skip(db.insert(indicators).values(all('indicators')));
  if (all('indicatorMeasurements').length)
    await skip(db.insert(indicatorMeasurements).values(all('indicatorMeasurements')));
  if (all('capabilities').length) await skip(db.insert(capabilities).values(all('capabilities')));
  if (all('systems').length) await skip(db.insert(systems).values(all('systems')));
  if (all('departmentSystems').length)
    await skip(db.insert(departmentSystems).values(all('departmentSystems')));
  if (all('initiatives').length) await skip(db.insert(initiatives).values(all('initiatives')));
  if (all('participants').length)
    await skip(db.insert(initiativeParticipants).values(all('participants')));
  if (all('transitions').length) await skip(db.insert(stageTransitions).values(all('transitions')));
  if (all('contributions').length)
    await skip(db.insert(goalContributions).values(all('contributions')));
  if (all('costs').length) await skip(db.insert(initiativeCosts).values(all('costs')));
  if (all('dependencies').length)
    await skip(db.insert(initiativeDependencies).values(all('dependencies')));
  if (all('risks').length) await skip(db.insert(initiativeRisks).values(all('risks')));
  if (all('competences').length)
    await skip(db.insert(initiativeCompetences).values(all('competences')));
  if (all('initiativeSystems').length)
    await skip(db.insert(initiativeSystems).values(all('initiativeSystems')));
  if (all('benefits').length) await skip(db.insert(benefits).values(all('benefits')));
  if (all('benefitMeasurements').length)
    await skip(db.insert(benefitMeasurements).values(all('benefitMeasurements')));
  if (all('settings').length) await skip(db.insert(steeringSettings).values(all('settings')));
}

/**
 * The steering demo (issue 3, item 15) for the demo municipalities: future story, goals with
 * indicators and two years of measurements, forty initiatives with benefits, costs, stages,
 * systems and decisions. Rows have fixed ids, so a second run adds nothing; a municipality that
 * already has initiatives or a future story of its own is left alone. Runs inside the caller's
 * transaction.
 */
export async function seedDemoSteering(
  ctx: CommandContext,
  municipalities: readonly DemoMunicipality[],
) {
  const { db } = ctx;
  const ids = municipalities.map((m) => m.id);
  // One after the other: inside a transaction they share one connection.
  const busyInitiatives = await db
    .selectDistinct({ id: initiatives.municipalityId })
    .from(initiatives)
    .where(inArray(initiatives.municipalityId, ids));
  const busyStories = await db
    .selectDistinct({ id: futureStoryVersions.municipalityId })
    .from(futureStoryVersions)
    .where(inArray(futureStoryVersions.municipalityId, ids));
  const busy = new Set([...busyInitiatives, ...busyStories].map((r) => r.id));
  const todo = municipalities.filter((m) => !busy.has(m.id));
  if (todo.length === 0) return;
  const built = (await demoTargets(db, todo)).map(buildDemo);
  await insertAll(db, built);
  for (const b of built) {
    const municipalityId = b.initiatives[0]?.municipalityId as string;
    // Each demo decision gets its signed checkpoint, as a recorded one does.
    await writeCheckpoints(
      ctx,
      municipalityId,
      b.decisions.map((d) => ({ count: d.sequence, head: d.hash })),
    );
    await audit(ctx, system, {
      municipalityId,
      action: 'demo.steering-seed',
      target: `municipality:${municipalityId}`,
      details: { initiatives: b.initiatives.length, decisions: b.decisions.length },
    });
  }
}

/**
 * What the builder needs of each municipality: its demo departments and bodies, and its last
 * decision to chain after. A municipality whose demo departments or bodies are missing (renamed
 * by an admin) is left out. `variant` is the municipality's place in the list.
 */
export async function demoTargets(
  db: Db,
  todo: readonly DemoMunicipality[],
): Promise<DemoTarget[]> {
  // One after the other: inside a transaction they share one connection.
  const departmentRows = await db
    .select({
      id: departments.id,
      name: departments.name,
      municipalityId: departments.municipalityId,
    })
    .from(departments)
    .where(
      inArray(
        departments.municipalityId,
        todo.map((m) => m.id),
      ),
    );
  const bodyRows = await db
    .select({
      id: decisionBodies.id,
      kind: decisionBodies.kind,
      name: decisionBodies.name,
      municipalityId: decisionBodies.municipalityId,
    })
    .from(decisionBodies)
    .where(
      inArray(
        decisionBodies.municipalityId,
        todo.map((m) => m.id),
      ),
    );
  const targets: DemoTarget[] = [];
  for (const [variant, m] of todo.entries()) {
    const departmentIds = m.departments.map(
      (name) => departmentRows.find((d) => d.municipalityId === m.id && d.name === name)?.id,
    );
    const council = bodyRows.find((b) => b.municipalityId === m.id && b.kind === 'council');
    const committee =
      bodyRows.find((b) => b.municipalityId === m.id && b.kind === 'committee') ?? council;
    if (departmentIds.some((d) => !d) || !council || !committee) continue; // renamed by an admin: no demo
    const last = await lastDecision(db, m.id);
    const norwegian = m.id.startsWith('NO-');
    const target: DemoTarget = {
      id: m.id,
      slug: m.slug,
      name: m.name ?? names[m.id] ?? m.slug,
      currency: norwegian ? 'NOK' : 'SEK',
      texts: norwegian ? nb : sv,
      lang: norwegian ? 1 : 0,
      departmentIds: departmentIds as string[],
      councilId: council.id,
      committeeId: committee.id,
      bodyNames: { [council.id]: council.name, [committee.id]: committee.name },
      lastDecision: last ? { sequence: last.sequence, hash: last.hash } : null,
      variant,
    };
    targets.push(target);
  }
  return targets;
}

/** Row counts of the demo tables for a municipality (used by the idempotence test). */
export async function demoSteeringCounts(db: Db, municipalityId: string) {
  const count = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
  const n = sql<number>`count(*)::int`;
  return {
    initiatives: await count(
      db.select({ n }).from(initiatives).where(eq(initiatives.municipalityId, municipalityId)),
    ),
    // Steering's own decisions: Dialog's demo records decisions on matters in the same chain.
    decisions: await count(
      db
        .select({ n })
        .from(decisions)
        .where(
          and(
            eq(decisions.municipalityId, municipalityId),
            sql`not (${decisions.adopts} @> '[{"kind": "matter"}]'::jsonb)`,
          ),
        ),
    ),
    goals: await count(
      db.select({ n }).from(goals).where(eq(goals.municipalityId, municipalityId)),
    ),
    transitions: await count(
      db
        .select({ n })
        .from(stageTransitions)
        .innerJoin(initiatives, eq(initiatives.id, stageTransitions.initiativeId))
        .where(eq(initiatives.municipalityId, municipalityId)),
    ),
    benefitMeasurements: await count(
      db
        .select({ n })
        .from(benefitMeasurements)
        .innerJoin(benefits, eq(benefits.id, benefitMeasurements.benefitId))
        .innerJoin(initiatives, and(eq(initiatives.id, benefits.initiativeId)))
        .where(eq(initiatives.municipalityId, municipalityId)),
    ),
  };
}
