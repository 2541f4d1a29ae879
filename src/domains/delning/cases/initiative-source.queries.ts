import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { benefitMeasurements, benefits } from '../../styrning/benefits/benefits.schema.ts';
import { insertInitiative } from '../../styrning/portfolio/portfolio.queries.ts';
import { initiatives, stageTransitions } from '../../styrning/portfolio/portfolio.schema.ts';

// Where Delning reads an initiative to publish it and makes one when a case is adopted. The
// search and the case lists also join Styrning's tables, in their own queries files only
// (decision record 0014).

/** What publishing needs of an initiative. */
export type SourceInitiative = {
  id: string;
  municipalityId: string;
  departmentId: string;
  title: string;
  problem: string;
  idea: string;
  stage: string;
  isPublic: boolean;
};

/** The initiative `initiativeId` of `municipalityId`, or undefined. */
export async function findSourceInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
  opts: { lock?: boolean } = {},
): Promise<SourceInitiative | undefined> {
  const query = db
    .select({
      id: initiatives.id,
      municipalityId: initiatives.municipalityId,
      departmentId: initiatives.departmentId,
      title: initiatives.title,
      problem: initiatives.problem,
      idea: initiatives.idea,
      stage: initiatives.stage,
      isPublic: initiatives.isPublic,
    })
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.id, initiativeId)));
  // Locked, publishing and withdrawing one initiative's case take turns: two first publishes at
  // once would otherwise both insert, and the second meet the unique index.
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}

/** The municipality's public initiatives, by title: those it may publish as cases. */
export function publicInitiatives(db: Db, municipalityId: string) {
  return db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      departmentId: initiatives.departmentId,
    })
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.isPublic, true)))
    .orderBy(initiatives.title);
}

/** A benefit with its latest measurement, for the roll-up and the case page. */
export type BenefitWithLatest = {
  initiativeId: string;
  description: string;
  indicator: string;
  unit: string;
  direction: string;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  moneyPerUnit: number | null;
  latestValue: number | null;
  latestOn: string | null;
};

/** The benefits of the initiatives `ids`, each with its latest measurement. */
export async function benefitsWithLatest(
  db: Db,
  ids: readonly string[],
): Promise<BenefitWithLatest[]> {
  if (ids.length === 0) return [];
  const latest = db
    .selectDistinctOn([benefitMeasurements.benefitId], {
      benefitId: benefitMeasurements.benefitId,
      value: benefitMeasurements.value,
      measuredOn: benefitMeasurements.measuredOn,
    })
    .from(benefitMeasurements)
    .orderBy(
      benefitMeasurements.benefitId,
      desc(benefitMeasurements.measuredOn),
      desc(benefitMeasurements.recordedAt),
    )
    .as('latest');
  return db
    .select({
      initiativeId: benefits.initiativeId,
      description: benefits.description,
      indicator: benefits.indicator,
      unit: benefits.unit,
      direction: benefits.direction,
      baselineValue: benefits.baselineValue,
      baselineDate: benefits.baselineDate,
      targetValue: benefits.targetValue,
      moneyPerUnit: benefits.moneyPerUnit,
      latestValue: latest.value,
      latestOn: latest.measuredOn,
    })
    .from(benefits)
    .leftJoin(latest, eq(latest.benefitId, benefits.id))
    .where(inArray(benefits.initiativeId, [...ids]))
    .orderBy(benefits.initiativeId, benefits.createdAt);
}

/**
 * A new public initiative in the adopter's portfolio, started from a case: at stage idea, or moved to
 * pilot at once with the move recorded like any other, and the source's benefits copied as a
 * starting point (their baseline dated today: the adopter measures its own from here).
 */
export async function insertAdoptedInitiative(
  db: Db,
  row: {
    municipalityId: string;
    departmentId: string;
    title: string;
    problem: string;
    idea: string;
    stage: 'idea' | 'pilot';
    reason: string;
    sourceInitiativeId: string;
    copyBenefits: boolean;
    createdBy: string;
    at: Date;
  },
): Promise<{ id: string }> {
  const created = await insertInitiative(db, row);
  // Public like the case it comes from: its stage and benefits roll up to the case's page. The
  // adopter may make it internal later; it then drops out of the roll-up.
  await db
    .update(initiatives)
    .set({ stage: row.stage, isPublic: true })
    .where(eq(initiatives.id, created.id));
  if (row.stage === 'pilot') {
    await db.insert(stageTransitions).values({
      initiativeId: created.id,
      fromStage: 'idea',
      toStage: 'pilot',
      reason: row.reason,
      actorId: row.createdBy,
      at: row.at,
    });
  }
  if (row.copyBenefits) {
    const today = row.at.toISOString().slice(0, 10);
    await db.execute(sql`
      insert into benefits (initiative_id, description, kind, is_disbenefit, recipient, owner_name,
        indicator, unit, direction, baseline_value, baseline_date, target_value, target_date,
        money_per_unit, counts_for_gate)
      select ${created.id}, description, kind, is_disbenefit, recipient, '', indicator, unit,
        direction, baseline_value, ${today}::date, target_value,
        greatest(target_date, ${today}::date + 365), money_per_unit, counts_for_gate
      from benefits where initiative_id = ${row.sourceInitiativeId}
      order by created_at`);
  }
  return { id: created.id };
}
