import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { caseSoftware, type SoftwareSummary } from './catalogue.schema.ts';

export type CaseSoftware = { summary: SoftwareSummary; readAt: Date };

/** The software a case shows, as last read from its `publiccode.yml`; undefined when never read. */
export async function findCaseSoftware(db: Db, caseId: string): Promise<CaseSoftware | undefined> {
  const [row] = await db
    .select({ summary: caseSoftware.summary, readAt: caseSoftware.readAt })
    .from(caseSoftware)
    .where(eq(caseSoftware.caseId, caseId));
  return row;
}

/** Keeps the summary of a case's `publiccode.yml`, in place of any read before. */
export async function saveCaseSoftware(db: Db, caseId: string, summary: SoftwareSummary, at: Date) {
  await db
    .insert(caseSoftware)
    .values({ caseId, summary, readAt: at })
    .onConflictDoUpdate({ target: caseSoftware.caseId, set: { summary, readAt: at } });
}
