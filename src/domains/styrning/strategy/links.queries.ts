import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { futureStoryVersions, goals } from './strategy.schema.ts';

/** Future story versions of a municipality by id, with whether they are adopted. */
export async function versionsByIds(db: Db, municipalityId: string, ids: readonly string[]) {
  const wanted = ids.filter(isUuid);
  return db
    .select({
      id: futureStoryVersions.id,
      title: futureStoryVersions.title,
      version: futureStoryVersions.version,
      status: futureStoryVersions.status,
    })
    .from(futureStoryVersions)
    .where(
      and(
        eq(futureStoryVersions.municipalityId, municipalityId),
        inArray(futureStoryVersions.id, wanted),
      ),
    );
}

/** Goals of a municipality by id, with their own status and their parent's (null for none). */
export async function goalsByIds(db: Db, municipalityId: string, ids: readonly string[]) {
  const wanted = ids.filter(isUuid);
  const parent = alias(goals, 'parent');
  return db
    .select({
      id: goals.id,
      title: goals.title,
      status: goals.status,
      parentStatus: parent.status,
    })
    .from(goals)
    .leftJoin(parent, eq(parent.id, goals.parentId))
    .where(and(eq(goals.municipalityId, municipalityId), inArray(goals.id, wanted)));
}
