import { and, asc, eq, exists, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import { goalContributions, initiatives } from '../portfolio/portfolio.schema.ts';
import { goals } from '../strategy/strategy.schema.ts';

/** One initiative on the roadmap, with its owning department. */
export type RoadmapItem = {
  id: string;
  title: string;
  stage: string;
  isPublic: boolean;
  startsOn: string | null;
  endsOn: string | null;
  department: { id: string; name: string };
};

const parentGoal = alias(goals, 'parent_goal');

/**
 * Every goal of the municipality in tree order, with its status and its parent's (null without a
 * parent), so the caller can keep the public ones (`isPublicGoal`) for visitors and residents.
 */
export async function roadmapGoals(db: Db, municipalityId: string) {
  return db
    .select({
      id: goals.id,
      title: goals.title,
      parentId: goals.parentId,
      status: goals.status,
      parentStatus: parentGoal.status,
    })
    .from(goals)
    .leftJoin(parentGoal, eq(parentGoal.id, goals.parentId))
    .where(eq(goals.municipalityId, municipalityId))
    .orderBy(asc(goals.position), asc(goals.title), asc(goals.id));
}

/**
 * The municipality's initiatives for the roadmap, by department name then start date and title.
 * `publicOnly` keeps the public ones; `goalIds` those contributing to any of these goals (the
 * caller has checked they belong to the municipality); `stage` one stage.
 */
export async function roadmapItems(
  db: Db,
  municipalityId: string,
  filter: { publicOnly: boolean; goalIds?: string[] | undefined; stage?: string | undefined },
): Promise<RoadmapItem[]> {
  const where: SQL[] = [eq(initiatives.municipalityId, municipalityId)];
  if (filter.publicOnly) where.push(eq(initiatives.isPublic, true));
  if (filter.stage) where.push(eq(initiatives.stage, filter.stage));
  if (filter.goalIds) {
    where.push(
      exists(
        db
          .select({ one: goalContributions.goalId })
          .from(goalContributions)
          .where(
            and(
              eq(goalContributions.initiativeId, initiatives.id),
              inArray(goalContributions.goalId, filter.goalIds),
            ),
          ),
      ),
    );
  }
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      stage: initiatives.stage,
      isPublic: initiatives.isPublic,
      startsOn: initiatives.startsOn,
      endsOn: initiatives.endsOn,
      departmentId: departments.id,
      departmentName: departments.name,
    })
    .from(initiatives)
    .innerJoin(departments, eq(departments.id, initiatives.departmentId))
    .where(and(...where))
    .orderBy(
      asc(departments.name),
      asc(departments.id),
      asc(initiatives.startsOn),
      asc(initiatives.title),
      asc(initiatives.id),
    );
  return rows.map(({ departmentId, departmentName, ...r }) => ({
    ...r,
    department: { id: departmentId, name: departmentName },
  }));
}
