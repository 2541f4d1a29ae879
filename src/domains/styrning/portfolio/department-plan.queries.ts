import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { roleGrants, users } from '../../identity/identity.schema.ts';
import { getDepartment } from '../../tenancy/tenancy.queries.ts';
import { goals } from '../strategy/strategy.schema.ts';
import {
  departmentSystems,
  initiativeParticipants,
  initiatives,
  systems,
} from './portfolio.schema.ts';

const parentGoal = alias(goals, 'parent_goal');

const listed = {
  id: initiatives.id,
  title: initiatives.title,
  stage: initiatives.stage,
  isPublic: initiatives.isPublic,
};

/** What the department plan page shows: managers, own goals, owned and joined initiatives, systems. */
export async function departmentPlan(db: Db, departmentId: string) {
  const managers = await db
    .selectDistinct({ name: users.name })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, 'manager'),
        eq(roleGrants.departmentId, departmentId),
        isNull(roleGrants.revokedAt),
      ),
    )
    .orderBy(asc(users.name));
  const ownGoals = await db
    .select({
      id: goals.id,
      title: goals.title,
      status: goals.status,
      parentStatus: parentGoal.status,
    })
    .from(goals)
    .leftJoin(parentGoal, eq(parentGoal.id, goals.parentId))
    .where(eq(goals.departmentId, departmentId))
    .orderBy(asc(goals.position), asc(goals.title));
  const owned = await db
    .select(listed)
    .from(initiatives)
    .where(eq(initiatives.departmentId, departmentId))
    .orderBy(asc(initiatives.title));
  const participating = await db
    .select(listed)
    .from(initiativeParticipants)
    .innerJoin(initiatives, eq(initiatives.id, initiativeParticipants.initiativeId))
    .where(eq(initiativeParticipants.departmentId, departmentId))
    .orderBy(asc(initiatives.title));
  const used = await db
    .select({ id: systems.id, name: systems.name, vendor: systems.vendor })
    .from(departmentSystems)
    .innerJoin(systems, eq(systems.id, departmentSystems.systemId))
    .where(eq(departmentSystems.departmentId, departmentId))
    .orderBy(asc(systems.name));
  return {
    managers: managers.map((x) => x.name),
    goals: ownGoals,
    owned,
    participating,
    systems: used,
  };
}

export type DepartmentPlan = Awaited<ReturnType<typeof departmentPlan>>;

/** A department of this municipality (a malformed id or another municipality's is not found). */
export async function departmentOf(db: Db, municipalityId: string, departmentId: string) {
  // A malformed id would make PostgreSQL reject the uuid comparison: treat it as not found.
  if (!isUuid(departmentId)) return undefined;
  return getDepartment(db, municipalityId, departmentId);
}
