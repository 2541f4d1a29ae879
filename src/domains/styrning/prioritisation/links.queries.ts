import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { scenarios } from './prioritisation.schema.ts';

/** Names of a municipality's saved scenarios, by id. */
export async function scenarioNamesByIds(db: Db, municipalityId: string, ids: readonly string[]) {
  const wanted = ids.filter(isUuid);
  return db
    .select({ id: scenarios.id, name: scenarios.name })
    .from(scenarios)
    .where(and(eq(scenarios.municipalityId, municipalityId), inArray(scenarios.id, wanted)));
}
