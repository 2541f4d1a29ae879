import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { initiatives } from './portfolio.schema.ts';

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
