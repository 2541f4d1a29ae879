import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { caseAdoptions, caseVersions, sharedCases } from './cases.schema.ts';

/** The cases a person published and the adoptions they made, for their download. */
export async function casesWorkOf(db: Db, userId: string) {
  const published = await db
    .select({ id: sharedCases.id, title: sharedCases.title, publishedAt: sharedCases.publishedAt })
    .from(sharedCases)
    .where(eq(sharedCases.publishedBy, userId));
  const adopted = await db
    .select({ caseId: caseAdoptions.caseId, adoptedAt: caseAdoptions.adoptedAt })
    .from(caseAdoptions)
    .where(eq(caseAdoptions.adoptedBy, userId));
  return { published, adopted };
}

/** Unlinks a person from the cases, versions and adoptions they made; the work stays, anonymous. */
export async function unlinkCasesWork(db: Db, userId: string): Promise<void> {
  await db
    .update(sharedCases)
    .set({ publishedBy: null })
    .where(eq(sharedCases.publishedBy, userId));
  await db.update(caseVersions).set({ changedBy: null }).where(eq(caseVersions.changedBy, userId));
  await db
    .update(caseAdoptions)
    .set({ adoptedBy: null })
    .where(eq(caseAdoptions.adoptedBy, userId));
}
