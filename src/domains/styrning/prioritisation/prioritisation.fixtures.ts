import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { decisionBodies } from '../../decisions/decisions.schema.ts';
import { roleGrants, users } from '../../identity/identity.schema.ts';

/** A municipality without demo content, so tests control its whole portfolio. */
export const TEST_MUNICIPALITY = 'SE-0180';

/** Gives the Katrineholm demo accounts a role in the test municipality too. */
export async function grantRoles(db: Db, municipalityId: string) {
  for (const role of ['staff', 'politician', 'admin'] as const) {
    const [u] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, `${role}@katrineholm.example`));
    if (!u) throw new Error(`no demo ${role}`);
    await db.insert(roleGrants).values({ userId: u.id, role, municipalityId });
  }
}

const rated = (goalContribution: number) => ({
  goalContribution,
  urgency: 1,
  feasibility: 1,
  risk: 1,
  reusePotential: 1,
});

/**
 * A tiny portfolio computed by hand in the tests (goal contribution weight only, so a score is
 * 20 × the goal contribution rating), costs in 2027:
 * A 100 / 6, B 80 / 5, C 60 / 4 (assessed); H 20 / 0 (prioritised, needs G which is in
 * operation); D 50 / 1 needs E (an idea); F 100 / 1 has no named owner; G (operation) and
 * E (idea) are not candidates.
 */
export async function tinyPortfolio(db: Db, municipalityId: string) {
  const dep = await insertTestDepartment(db, municipalityId, 'Omsorg');
  const dep2 = await insertTestDepartment(db, municipalityId, 'Skola');
  const make = (
    title: string,
    stage: string,
    gc: number,
    cost: number,
    extra: Partial<Parameters<typeof insertTestInitiative>[1]> = {},
  ) =>
    insertTestInitiative(db, {
      municipalityId,
      departmentId: dep.id,
      title,
      stage,
      ratings: rated(gc),
      costs: {
        2027: { investment: cost - Math.floor(cost / 2), running: Math.floor(cost / 2) },
        2028: { investment: 99 },
      },
      ...extra,
    });
  const G = await make('G drift', 'operation', 5, 3);
  const E = await make('E idé', 'idea', 5, 1);
  const A = await make('A nattillsyn', 'assessed', 5, 6);
  const B = await make('B bygglov', 'assessed', 4, 5, { departmentId: dep2.id });
  const C = await make('C schemaläggning', 'assessed', 3, 4);
  const D = await make('D lärresurser', 'assessed', 2.5, 1, { dependsOn: [E.id] });
  const F = await make('F fakturor', 'pilot', 5, 1, {
    requirements: {
      verifiedNeed: true,
      namedOwner: false,
      goalLink: true,
      financingDevelopment: true,
      financingOperation: true,
      architectureFit: true,
    },
  });
  const H = await make('H integration', 'prioritised', 1, 0, { dependsOn: [G.id] });
  const [body] = await db
    .insert(decisionBodies)
    .values({ municipalityId, name: 'Kommunstyrelsen', kind: 'executive' })
    .returning();
  return { dep, dep2, A, B, C, D, E, F, G, H, bodyId: body!.id };
}
