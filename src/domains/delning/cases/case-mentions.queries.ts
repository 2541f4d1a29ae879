import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { municipalities } from '../../tenancy/tenancy.schema.ts';
import { caseAdoptions, sharedCases } from './cases.schema.ts';

/** The case an initiative was published as, while it is published (cases are public then). */
export async function publishedCaseOfInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
) {
  if (!isUuid(initiativeId)) return [];
  return db
    .select({ id: sharedCases.id, title: sharedCases.title })
    .from(sharedCases)
    .where(
      and(
        eq(sharedCases.initiativeId, initiativeId),
        eq(sharedCases.municipalityId, municipalityId),
        eq(sharedCases.status, 'published'),
      ),
    );
}

/**
 * The case an initiative reuses, with the municipality that shared it. A case withdrawn since is
 * still named: its page stays, marked withdrawn, and the adopter started from it.
 */
export async function caseAdoptedByInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
) {
  if (!isUuid(initiativeId)) return [];
  return db
    .select({ id: sharedCases.id, title: sharedCases.title, municipalityName: municipalities.name })
    .from(caseAdoptions)
    .innerJoin(sharedCases, eq(sharedCases.id, caseAdoptions.caseId))
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .where(
      and(
        eq(caseAdoptions.initiativeId, initiativeId),
        eq(caseAdoptions.municipalityId, municipalityId),
      ),
    );
}
