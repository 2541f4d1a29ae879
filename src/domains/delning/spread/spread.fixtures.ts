import type { Db } from '../../../db/client.ts';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { insertTestCase } from '../cases/cases.fixtures.ts';
import { caseAdoptions } from '../cases/cases.schema.ts';

/** A case shared by `municipalityId` from a public initiative of a new department there. */
export async function shareTestCase(db: Db, municipalityId: string, title: string) {
  const department = await insertTestDepartment(db, municipalityId);
  const initiative = await insertTestInitiative(db, {
    municipalityId,
    departmentId: department.id,
    title,
    isPublic: true,
    stage: 'operation',
  });
  return insertTestCase(db, { municipalityId, initiativeId: initiative.id, title });
}

/** `municipalityId` reuses the case: an initiative of its own, linked as an adoption. */
export async function adoptTestCase(db: Db, caseId: string, municipalityId: string) {
  const department = await insertTestDepartment(db, municipalityId);
  const initiative = await insertTestInitiative(db, {
    municipalityId,
    departmentId: department.id,
    title: 'Återanvänt',
    stage: 'pilot',
  });
  await db
    .insert(caseAdoptions)
    .values({ caseId, municipalityId, initiativeId: initiative.id, mode: 'as-is' });
}
