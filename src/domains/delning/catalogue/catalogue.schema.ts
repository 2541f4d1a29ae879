import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sharedCases } from '../cases/cases.schema.ts';

/** What a case's page shows of its software, read from the repository's `publiccode.yml`. */
export type SoftwareSummary = {
  name: string;
  /** The short description per language code of the file (`sv`, `nb`, `en`, …). */
  descriptions: Record<string, string>;
  softwareVersion: string | null;
  licence: string;
  maintenanceType: 'internal' | 'contract' | 'community' | 'none';
  platforms: string[];
};

/**
 * The software of a case that links source code, as its `publiccode.yml` describes it. One per
 * case, replaced when staff read the file again; who read it is in the audit log.
 */
export const caseSoftware = pgTable('case_software', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => sharedCases.id),
  summary: jsonb('summary').$type<SoftwareSummary>().notNull(),
  readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
});
