import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { caseAdoptions, sharedCases } from '../cases/cases.schema.ts';
import { caseLooks, caseRecommendations } from './spread.schema.ts';

/** A recommendation with its case, as the county's page and the network's shortlist show it. */
export type Recommendation = {
  id: string;
  caseId: string;
  title: string;
  country: 'SE' | 'NO';
  municipalityName: string;
  note: string;
  recommendedAt: Date;
};

/** The county's recommendations, or with `null` the network's shortlist, newest first. */
export async function recommendationsFor(
  db: Db,
  countyId: string | null,
): Promise<Recommendation[]> {
  return db
    .select({
      id: caseRecommendations.id,
      caseId: sharedCases.id,
      title: sharedCases.title,
      country: sql<'SE' | 'NO'>`${municipalities.country}`,
      municipalityName: municipalities.name,
      note: caseRecommendations.note,
      recommendedAt: caseRecommendations.recommendedAt,
    })
    .from(caseRecommendations)
    .innerJoin(sharedCases, eq(sharedCases.id, caseRecommendations.caseId))
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .where(
      and(
        countyId === null
          ? isNull(caseRecommendations.countyId)
          : eq(caseRecommendations.countyId, countyId),
        eq(sharedCases.status, 'published'),
      ),
    )
    .orderBy(sql`${caseRecommendations.recommendedAt} desc`, caseRecommendations.id);
}

/**
 * For each of the county's recommendations, its municipalities that have neither opened the case
 * nor reused it, in one statement.
 */
export async function notLookedAt(db: Db, countyId: string): Promise<Map<string, string[]>> {
  const rows = (await db.execute(sql`
    select r.id as "recommendationId", m.name
    from ${caseRecommendations} r
    join ${municipalities} m on m.county_id = r.county_id
    where r.county_id = ${countyId}
      and not exists (select 1 from ${caseLooks} l
                      where l.case_id = r.case_id and l.municipality_id = m.id)
      and not exists (select 1 from ${caseAdoptions} a
                      where a.case_id = r.case_id and a.municipality_id = m.id)
    order by m.name`)) as unknown as { rows: { recommendationId: string; name: string }[] };
  const byRecommendation = new Map<string, string[]>();
  for (const r of rows.rows) {
    byRecommendation.set(r.recommendationId, [
      ...(byRecommendation.get(r.recommendationId) ?? []),
      r.name,
    ]);
  }
  return byRecommendation;
}

/** A published case by id, or undefined. */
export async function findPublishedCase(db: Db, caseId: string) {
  const [row] = await db
    .select({ id: sharedCases.id })
    .from(sharedCases)
    .where(and(eq(sharedCases.id, caseId), eq(sharedCases.status, 'published')));
  return row;
}

/** Adds a recommendation; undefined when the case is already recommended there. */
export async function insertRecommendation(
  db: Db,
  row: { caseId: string; countyId: string | null; note: string; recommendedBy: string },
): Promise<string | undefined> {
  const [created] = await db
    .insert(caseRecommendations)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: caseRecommendations.id });
  return created?.id;
}

/** Deletes a recommendation of the county (or of the shortlist); whether there was one. */
export async function deleteRecommendation(
  db: Db,
  id: string,
  countyId: string | null,
): Promise<{ caseId: string } | undefined> {
  const [deleted] = await db
    .delete(caseRecommendations)
    .where(
      and(
        eq(caseRecommendations.id, id),
        countyId === null
          ? isNull(caseRecommendations.countyId)
          : eq(caseRecommendations.countyId, countyId),
      ),
    )
    .returning({ caseId: caseRecommendations.caseId });
  return deleted;
}

/** Notes that these municipalities have looked at the case; a second look writes nothing. */
export async function noteLooks(
  db: Db,
  caseId: string,
  municipalityIds: readonly string[],
): Promise<void> {
  if (municipalityIds.length === 0) return;
  await db
    .insert(caseLooks)
    .values(municipalityIds.map((municipalityId) => ({ caseId, municipalityId })))
    .onConflictDoNothing();
}

/** The recommendations a person made, for their download; forgetting them unlinks them. */
export async function recommendationsBy(db: Db, userId: string) {
  return db
    .select({
      caseId: caseRecommendations.caseId,
      countyId: caseRecommendations.countyId,
      note: caseRecommendations.note,
      recommendedAt: caseRecommendations.recommendedAt,
    })
    .from(caseRecommendations)
    .where(eq(caseRecommendations.recommendedBy, userId));
}

export async function unlinkRecommendations(db: Db, userId: string): Promise<void> {
  await db
    .update(caseRecommendations)
    .set({ recommendedBy: null })
    .where(eq(caseRecommendations.recommendedBy, userId));
}
