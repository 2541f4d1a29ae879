import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import {
  capabilities,
  departmentSystems,
  initiativeSystems,
  initiatives,
  systems,
} from '../portfolio/portfolio.schema.ts';

export type CapabilityRow = typeof capabilities.$inferSelect;
export type SystemRow = typeof systems.$inferSelect;

export async function listCapabilities(db: Db, municipalityId: string): Promise<CapabilityRow[]> {
  return db
    .select()
    .from(capabilities)
    .where(eq(capabilities.municipalityId, municipalityId))
    .orderBy(asc(capabilities.name), asc(capabilities.id));
}

export async function listSystems(db: Db, municipalityId: string): Promise<SystemRow[]> {
  return db
    .select()
    .from(systems)
    .where(eq(systems.municipalityId, municipalityId))
    .orderBy(asc(systems.name), asc(systems.id));
}

/** Which of the municipality's departments use which system. */
export async function departmentSystemsOf(db: Db, municipalityId: string) {
  return db
    .select({ departmentId: departmentSystems.departmentId, systemId: departmentSystems.systemId })
    .from(departmentSystems)
    .innerJoin(departments, eq(departments.id, departmentSystems.departmentId))
    .where(eq(departments.municipalityId, municipalityId));
}

/** The initiatives that can overlap: every one that is not stopped, with its owning department. */
export async function initiativesForOverlap(db: Db, municipalityId: string) {
  return db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      departmentId: initiatives.departmentId,
    })
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), ne(initiatives.stage, 'stopped')));
}

/** Which systems the municipality's initiatives touch. */
export async function initiativeSystemsOf(db: Db, municipalityId: string) {
  return db
    .select({ initiativeId: initiativeSystems.initiativeId, systemId: initiativeSystems.systemId })
    .from(initiativeSystems)
    .innerJoin(initiatives, eq(initiatives.id, initiativeSystems.initiativeId))
    .where(eq(initiatives.municipalityId, municipalityId));
}

/** Every initiative of the municipality (stopped ones too) with each system it touches, by title. */
export async function systemTouchesOf(db: Db, municipalityId: string) {
  return db
    .select({
      systemId: initiativeSystems.systemId,
      initiativeId: initiatives.id,
      title: initiatives.title,
    })
    .from(initiativeSystems)
    .innerJoin(initiatives, eq(initiatives.id, initiativeSystems.initiativeId))
    .where(eq(initiatives.municipalityId, municipalityId))
    .orderBy(asc(initiatives.title));
}

/** A capability of this municipality; another municipality's, or a malformed id, is not found. */
export async function getCapability(db: Db, municipalityId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(capabilities)
    .where(and(eq(capabilities.municipalityId, municipalityId), eq(capabilities.id, id)));
  return row;
}

/** A system of this municipality; another municipality's, or a malformed id, is not found. */
export async function getSystem(db: Db, municipalityId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(systems)
    .where(and(eq(systems.municipalityId, municipalityId), eq(systems.id, id)));
  return row;
}

/** Whether another row of `table` in the municipality already has this name (case ignored). */
async function nameTaken(
  db: Db,
  table: typeof capabilities | typeof systems,
  municipalityId: string,
  name: string,
  exceptId: string | undefined,
): Promise<boolean> {
  const where: SQL[] = [
    eq(table.municipalityId, municipalityId),
    sql`lower(${table.name}) = lower(${name})`,
  ];
  if (exceptId) where.push(ne(table.id, exceptId));
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(...where))
    .limit(1);
  return rows.length > 0;
}

/** Whether another capability of the municipality already has this name (case ignored). */
export function capabilityNameTaken(
  db: Db,
  municipalityId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  return nameTaken(db, capabilities, municipalityId, name, exceptId);
}

/** Whether another system of the municipality already has this name (case ignored). */
export function systemNameTaken(
  db: Db,
  municipalityId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  return nameTaken(db, systems, municipalityId, name, exceptId);
}

export async function insertCapability(db: Db, row: { municipalityId: string; name: string }) {
  const [created] = await db.insert(capabilities).values(row).returning();
  if (!created) throw new Error('capability insert returned no row');
  return created;
}

export async function renameCapability(db: Db, id: string, name: string): Promise<void> {
  await db.update(capabilities).set({ name }).where(eq(capabilities.id, id));
}

export async function insertSystem(db: Db, row: typeof systems.$inferInsert) {
  const [created] = await db.insert(systems).values(row).returning();
  if (!created) throw new Error('system insert returned no row');
  return created;
}

export async function updateSystem(
  db: Db,
  id: string,
  values: { name: string; vendor: string; capabilityId: string | null },
): Promise<void> {
  await db.update(systems).set(values).where(eq(systems.id, id));
}

/** Marks a department as using a system; true when it did not already. */
export async function addDepartmentSystem(db: Db, departmentId: string, systemId: string) {
  const rows = await db
    .insert(departmentSystems)
    .values({ departmentId, systemId })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

/** Marks a department as no longer using a system; true when it did. */
export async function removeDepartmentSystem(db: Db, departmentId: string, systemId: string) {
  const rows = await db
    .delete(departmentSystems)
    .where(
      and(
        eq(departmentSystems.departmentId, departmentId),
        eq(departmentSystems.systemId, systemId),
      ),
    )
    .returning();
  return rows.length > 0;
}

/** Whether any system provides this capability (then it cannot be removed). */
export async function capabilityInUse(db: Db, capabilityId: string): Promise<boolean> {
  const rows = await db
    .select({ id: systems.id })
    .from(systems)
    .where(eq(systems.capabilityId, capabilityId))
    .limit(1);
  return rows.length > 0;
}

/** Whether any department uses this system or any initiative touches it (then it cannot be removed). */
export async function systemInUse(db: Db, systemId: string): Promise<boolean> {
  const used = await db
    .select({ id: departmentSystems.systemId })
    .from(departmentSystems)
    .where(eq(departmentSystems.systemId, systemId))
    .limit(1);
  if (used.length > 0) return true;
  const touched = await db
    .select({ id: initiativeSystems.systemId })
    .from(initiativeSystems)
    .where(eq(initiativeSystems.systemId, systemId))
    .limit(1);
  return touched.length > 0;
}

export async function deleteCapability(db: Db, id: string): Promise<void> {
  await db.delete(capabilities).where(eq(capabilities.id, id));
}

export async function deleteSystem(db: Db, id: string): Promise<void> {
  await db.delete(systems).where(eq(systems.id, id));
}
