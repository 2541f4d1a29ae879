import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { goalContributions, initiatives } from './portfolio.schema.ts';

/** A municipality's initiatives by id, with what the policy needs to decide who sees them. */
export async function initiativeScopesByIds(
  db: Db,
  municipalityId: string,
  ids: readonly string[],
) {
  const wanted = ids.filter(isUuid);
  return db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      municipalityId: initiatives.municipalityId,
      departmentId: initiatives.departmentId,
      isPublic: initiatives.isPublic,
    })
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), inArray(initiatives.id, wanted)));
}

/** The initiatives that contribute to a goal, with their weight and who may see them. */
export async function initiativesContributingTo(db: Db, municipalityId: string, goalId: string) {
  if (!isUuid(goalId)) return [];
  return db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      stage: initiatives.stage,
      weight: goalContributions.weight,
      municipalityId: initiatives.municipalityId,
      departmentId: initiatives.departmentId,
      isPublic: initiatives.isPublic,
    })
    .from(goalContributions)
    .innerJoin(initiatives, eq(initiatives.id, goalContributions.initiativeId))
    .where(
      and(eq(initiatives.municipalityId, municipalityId), eq(goalContributions.goalId, goalId)),
    )
    .orderBy(desc(goalContributions.weight), asc(initiatives.title));
}
