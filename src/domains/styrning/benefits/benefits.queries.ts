import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { initiativeCosts, initiatives } from '../portfolio/portfolio.schema.ts';
import { benefitMeasurements, benefits } from './benefits.schema.ts';

export type BenefitRow = typeof benefits.$inferSelect;
export type BenefitValues = Omit<typeof benefits.$inferInsert, 'id' | 'initiativeId' | 'createdAt'>;
export type MeasurementRow = typeof benefitMeasurements.$inferSelect & { recordedByEmail: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The benefits of one initiative, oldest first. */
export function benefitsOf(db: Db, initiativeId: string): Promise<BenefitRow[]> {
  return db
    .select()
    .from(benefits)
    .where(eq(benefits.initiativeId, initiativeId))
    .orderBy(asc(benefits.createdAt), asc(benefits.id));
}

/** A benefit of this initiative; another initiative's benefit (or a malformed id) is not found. */
export async function getBenefit(
  db: Db,
  initiativeId: string,
  benefitId: string,
): Promise<BenefitRow | undefined> {
  if (!UUID.test(benefitId)) return undefined;
  const [row] = await db
    .select()
    .from(benefits)
    .where(and(eq(benefits.initiativeId, initiativeId), eq(benefits.id, benefitId)));
  return row;
}

export async function insertBenefit(
  db: Db,
  initiativeId: string,
  values: BenefitValues,
): Promise<BenefitRow> {
  const [row] = await db
    .insert(benefits)
    .values({ ...values, initiativeId })
    .returning();
  if (!row) throw new Error('benefit insert returned no row');
  return row;
}

export async function updateBenefit(db: Db, benefitId: string, values: BenefitValues) {
  await db.update(benefits).set(values).where(eq(benefits.id, benefitId));
}

/** Measurements of the given benefits, by date then recording order, with who recorded them. */
export async function measurementsOf(db: Db, benefitIds: string[]): Promise<MeasurementRow[]> {
  if (benefitIds.length === 0) return [];
  const rows = await db
    .select({ m: benefitMeasurements, email: users.email })
    .from(benefitMeasurements)
    .leftJoin(users, eq(users.id, benefitMeasurements.recordedBy))
    .where(inArray(benefitMeasurements.benefitId, benefitIds))
    .orderBy(asc(benefitMeasurements.measuredOn), asc(benefitMeasurements.recordedAt));
  return rows.map((r) => ({ ...r.m, recordedByEmail: r.email ?? '' }));
}

export async function insertMeasurement(
  db: Db,
  row: { benefitId: string; value: number; measuredOn: string; note: string; recordedBy: string },
) {
  const [created] = await db.insert(benefitMeasurements).values(row).returning();
  if (!created) throw new Error('measurement insert returned no row');
  return created;
}

/** Costs per year of an initiative, ascending. */
export function costsOf(db: Db, initiativeId: string) {
  return db
    .select({
      year: initiativeCosts.year,
      investment: initiativeCosts.investment,
      running: initiativeCosts.running,
    })
    .from(initiativeCosts)
    .where(eq(initiativeCosts.initiativeId, initiativeId))
    .orderBy(asc(initiativeCosts.year));
}

export type BenefitOfMunicipality = Awaited<ReturnType<typeof benefitsOfMunicipality>>[number];

/** Every benefit of a municipality's initiatives with the initiative's scope, for the list and CSV. */
export function benefitsOfMunicipality(db: Db, municipalityId: string) {
  return db
    .select({
      benefit: benefits,
      initiativeTitle: initiatives.title,
      scope: {
        municipalityId: initiatives.municipalityId,
        departmentId: initiatives.departmentId,
        isPublic: initiatives.isPublic,
      },
    })
    .from(benefits)
    .innerJoin(initiatives, eq(initiatives.id, benefits.initiativeId))
    .where(eq(initiatives.municipalityId, municipalityId))
    .orderBy(asc(initiatives.title), asc(benefits.createdAt), asc(benefits.id));
}
