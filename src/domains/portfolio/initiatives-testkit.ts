import { and, eq, isNull } from 'drizzle-orm';
import { insertTestDepartment, insertTestInitiative } from '../../testing/steering-fixtures.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { roleGrants, users } from '../identity/identity.schema.ts';

/** The department the demo manager of a municipality manages (its first department). */
export async function managedDepartment(t: TestApp, email: string): Promise<string> {
  const [row] = await t.database.db
    .select({ departmentId: roleGrants.departmentId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(eq(users.email, email), eq(roleGrants.role, 'manager'), isNull(roleGrants.revokedAt)),
    );
  if (!row?.departmentId) throw new Error(`${email} manages no department`);
  return row.departmentId;
}

/** Fixtures for the initiative tests in Katrineholm (and one foreign initiative in Asker). */
export async function initiativeFixtures(t: TestApp) {
  const db = t.database.db;
  const own = await managedDepartment(t, 'manager@katrineholm.example');
  const other = (await insertTestDepartment(db, 'SE-0483', 'Testförvaltning')).id;
  const foreignDept = (await insertTestDepartment(db, 'NO-3203', 'Testetat')).id;
  const publicOwn = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: own,
    title: 'Offentlig satsning',
    isPublic: true,
  });
  const internalOwn = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: own,
    title: 'Intern satsning',
  });
  const otherDept = await insertTestInitiative(db, {
    municipalityId: 'SE-0483',
    departmentId: other,
    title: 'Annan förvaltnings satsning',
  });
  const foreign = await insertTestInitiative(db, {
    municipalityId: 'NO-3203',
    departmentId: foreignDept,
    title: 'Askers satsing',
    isPublic: true,
  });
  return { own, other, foreignDept, publicOwn, internalOwn, otherDept, foreign };
}
