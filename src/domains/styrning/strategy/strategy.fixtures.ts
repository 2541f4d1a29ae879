import { eq } from 'drizzle-orm';
import { insertTestDepartment } from '../../../testing/steering-fixtures.ts';
import type { TestApp, TestClient } from '../../../testing/test-app.ts';
import type { MunicipalRole } from '../../../vocabulary/actor.ts';
import { decisionBodies } from '../../decisions/decisions.schema.ts';
import { registerAndConfirm } from '../../identity/identity.fixtures.ts';
import { roleGrants, users } from '../../identity/identity.schema.ts';
import { goals, indicatorMeasurements, indicators } from './strategy.schema.ts';

/** Stockholm has no demo content: tests build their own clean slate there. */
export const clean = 'SE-0180';
export const password = 'a long enough password';

/**
 * Registers `email` in `municipalityId` (which makes them a resident) and grants `role` (with a
 * department for managers), as the `grant` command would; returns a logged-in client.
 */
export async function personWith(
  t: TestApp,
  email: string,
  role: MunicipalRole,
  municipalityId = clean,
  departmentId: string | null = null,
): Promise<TestClient> {
  const res = await registerAndConfirm(t, t.client(), {
    name: email.split('@')[0] ?? email,
    email,
    password,
    municipalityId,
  });
  if (res.status !== 303) throw new Error(`registering ${email} failed with ${res.status}`);
  const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  if (role !== 'resident') {
    await t.database.db
      .insert(roleGrants)
      .values({ userId: user.id, role, municipalityId, departmentId });
  }
  const fresh = t.client();
  await fresh.login(email, password);
  return fresh;
}

/** A decision-making body for a municipality without one. */
export async function insertTestBody(
  t: TestApp,
  municipalityId = clean,
  name = 'Kommunfullmäktige',
) {
  const [row] = await t.database.db
    .insert(decisionBodies)
    .values({ municipalityId, name, kind: 'council' })
    .returning();
  if (!row) throw new Error('body insert returned no row');
  return row;
}

/** The goal id in the redirect after a goal form. */
export const goalIdFrom = (res: Response) =>
  res.headers.get('location')?.match(/goals\/([0-9a-f-]{36})/)?.[1] ?? '';

/** The clean municipality's goals with all indicators and measurements, to show nothing changed. */
export const goalsSnapshot = async (t: TestApp) =>
  JSON.stringify([
    await t.database.db.select().from(goals).where(eq(goals.municipalityId, clean)),
    await t.database.db.select().from(indicators),
    await t.database.db.select().from(indicatorMeasurements),
  ]);

/** An indicator form that passes every check (at the tests' fixed clock, 2026-12-01). */
export const goodIndicator = {
  name: 'Andel digitala tillsynsbesök',
  unit: '%',
  direction: 'higher',
  baselineValue: '10',
  baselineDate: '2026-01-01',
  targetValue: '50',
  targetDate: '2027-01-01',
  koladaKpiId: '',
};

export { insertTestDepartment };
