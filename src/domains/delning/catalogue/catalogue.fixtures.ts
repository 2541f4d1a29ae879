import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { insertTestCase } from '../cases/cases.fixtures.ts';
import { sharedCases } from '../cases/cases.schema.ts';

/**
 * A published case on an initiative of the municipality's first department, updated at `at`
 * (PostgreSQL's text of a time, to the microsecond when needed).
 */
export async function insertCatalogueCase(
  db: Db,
  row: {
    municipalityId: string;
    at: string;
    title?: string;
    serviceDomain?: string;
    stage?: string;
    isPublic?: boolean;
    initiativeTitle?: string;
    sourceUrl?: string;
  },
) {
  const [department] = await listDepartments(db, row.municipalityId);
  const initiative = await insertTestInitiative(db, {
    municipalityId: row.municipalityId,
    departmentId: department?.id ?? '',
    isPublic: row.isPublic ?? true,
    stage: row.stage ?? 'pilot',
    title: row.initiativeTitle ?? 'Testsatsning',
  });
  const content = { title: row.title, serviceDomain: row.serviceDomain, sourceUrl: row.sourceUrl };
  const created = await insertTestCase(db, {
    municipalityId: row.municipalityId,
    initiativeId: initiative.id,
    // Only what is given: an undefined field would blank the fixture's own default.
    ...Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined)),
  });
  await db
    .update(sharedCases)
    .set({ updatedAt: sql`${row.at}::timestamptz`, publishedAt: sql`${row.at}::timestamptz` })
    .where(eq(sharedCases.id, created.id));
  return { ...created, initiativeId: initiative.id };
}

/** A publiccode.yml as a municipality's repository would hold it, with every field a case shows. */
export const validPubliccode = `publiccodeYmlVersion: "0.4"
name: Nattillsyn
url: https://code.example/nattillsyn.git
softwareVersion: 1.0
platforms:
  - web
  - android
description:
  sv:
    shortDescription: Digital tillsyn på natten efter samtycke
  en:
    shortDescription: Digital night-time supervision with consent
legal:
  license: EUPL-1.2 OR MIT
maintenance:
  type: community
`;
