import { asc, eq, sql } from 'drizzle-orm';
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
  /** The goals it contributes to directly. */
  goalIds: string[];
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
 * Every initiative of the municipality for the roadmap, public or not, with the goals it
 * contributes to, by department name then start date and title: the roadmap's read model, which
 * the caller narrows to what the actor may see and what the filter asks for.
 */
export async function roadmapItems(db: Db, municipalityId: string): Promise<RoadmapItem[]> {
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
      goalIds: sql<string[]>`coalesce((select array_agg(${goalContributions.goalId}::text)
        from ${goalContributions} where ${goalContributions.initiativeId} = ${initiatives.id}), '{}')`,
    })
    .from(initiatives)
    .innerJoin(departments, eq(departments.id, initiatives.departmentId))
    .where(eq(initiatives.municipalityId, municipalityId))
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
