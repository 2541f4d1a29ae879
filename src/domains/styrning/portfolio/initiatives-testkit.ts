import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { initiativeCosts, initiatives } from './portfolio.schema.ts';

/** Fixtures for the initiative tests in Katrineholm (and one foreign initiative in Asker). */
export async function initiativeFixtures(t: TestApp) {
  const db = t.database.db;
  const own = await departmentManagedBy(t.database.db, 'manager@katrineholm.example');
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

/** The fixtures {@link initiativeFixtures} inserts. */
export type InitiativeFixtures = Awaited<ReturnType<typeof initiativeFixtures>>;

/**
 * Registers the hooks of an initiative test file: a fresh test app with {@link initiativeFixtures}
 * and the Katrineholm manager logged in. `t`, `fx` and `manager` are filled in before the tests run,
 * so read them through the returned object; the helpers may be destructured.
 */
export function initiativeTestApp() {
  const kit = {
    t: undefined as unknown as TestApp,
    fx: undefined as unknown as InitiativeFixtures,
    manager: undefined as unknown as TestClient,
    db: () => kit.t.database.db,
    /** The stored initiative row. */
    row: async (id: string) =>
      (await kit.db().select().from(initiatives).where(eq(initiatives.id, id)))[0]!,
    /** The stored cost rows of an initiative. */
    costsOf: (id: string) =>
      kit.db().select().from(initiativeCosts).where(eq(initiativeCosts.initiativeId, id)),
    /** A client logged in as `email`. */
    client: async (email: string) => {
      const c = kit.t.client();
      await c.login(email);
      return c;
    },
  };
  beforeAll(async () => {
    kit.t = await createTestApp();
    kit.fx = await initiativeFixtures(kit.t);
    kit.manager = await kit.client('manager@katrineholm.example');
  });
  afterAll(async () => {
    await kit.t?.close();
  });
  return kit;
}
