import { and, asc, desc, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { initiatives } from '../../styrning/portfolio/portfolio.schema.ts';
import { steeringSettings } from '../../styrning/steering/steering.schema.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import { type CaseContent, caseAdoptions, caseVersions, sharedCases } from './cases.schema.ts';

// The search columns are the database's own (migration 0033): a case as the pages and forms
// read it leaves them out.
const {
  searchConfig: _config,
  searchVector: _vector,
  searchTitle: _title,
  searchBody: _body,
  ...caseColumns
} = getTableColumns(sharedCases);

export type CaseRow = Omit<
  typeof sharedCases.$inferSelect,
  'searchConfig' | 'searchVector' | 'searchTitle' | 'searchBody'
>;

/** A case with where it comes from: its municipality, county and initiative. */
export async function findCase(db: Db, caseId: string) {
  const [row] = await db
    .select({
      case: caseColumns,
      municipalityName: municipalities.name,
      country: municipalities.country,
      countyId: counties.id,
      countyName: counties.name,
      population: municipalities.inhabitants,
      stage: initiatives.stage,
      initiativePublic: initiatives.isPublic,
      departmentId: initiatives.departmentId,
    })
    .from(sharedCases)
    .innerJoin(municipalities, eq(municipalities.id, sharedCases.municipalityId))
    .innerJoin(counties, eq(counties.id, municipalities.countyId))
    .innerJoin(initiatives, eq(initiatives.id, sharedCases.initiativeId))
    .where(eq(sharedCases.id, caseId));
  return row;
}
export type CaseWithSource = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/**
 * Locks the case's row for the caller's transaction, so adoptions of it and its withdrawal take
 * turns: two adoptions at once by one municipality would otherwise both pass the check, and the
 * second meet the unique index. False when there is no such case.
 */
export async function lockCase(db: Db, caseId: string): Promise<boolean> {
  const rows = await db
    .select({ id: sharedCases.id })
    .from(sharedCases)
    .where(eq(sharedCases.id, caseId))
    .for('update');
  return rows.length > 0;
}

/** The case published from the initiative `initiativeId` of `municipalityId`, if any. */
export async function findCaseOfInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
): Promise<CaseRow | undefined> {
  const [row] = await db
    .select(caseColumns)
    .from(sharedCases)
    .where(
      and(
        eq(sharedCases.municipalityId, municipalityId),
        eq(sharedCases.initiativeId, initiativeId),
      ),
    );
  return row;
}

/** Publishes a new case; its first version is written by the caller. */
export async function insertCase(
  db: Db,
  row: CaseContent & {
    municipalityId: string;
    initiativeId: string;
    publishedBy: string;
    at: Date;
  },
): Promise<CaseRow> {
  const { at, ...values } = row;
  const [created] = await db
    .insert(sharedCases)
    .values({ ...values, publishedAt: at, updatedAt: at })
    .returning(caseColumns);
  if (!created) throw new Error('case insert returned no row');
  return created;
}

/** Replaces a case's content as its next version; a withdrawn case is published again. */
export async function updateCase(
  db: Db,
  caseId: string,
  content: CaseContent,
  version: number,
  at: Date,
): Promise<void> {
  await db
    .update(sharedCases)
    .set({ ...content, version, updatedAt: at, status: 'published', withdrawnAt: null })
    .where(eq(sharedCases.id, caseId));
}

export async function insertCaseVersion(
  db: Db,
  row: { caseId: string; version: number; content: CaseContent; changedBy: string; at: Date },
): Promise<void> {
  await db.insert(caseVersions).values({
    caseId: row.caseId,
    version: row.version,
    content: row.content,
    changedBy: row.changedBy,
    changedAt: row.at,
  });
}

/** Marks a case withdrawn; it stays, so links and adoptions keep their source. */
export async function markWithdrawn(db: Db, caseId: string, at: Date): Promise<void> {
  await db
    .update(sharedCases)
    .set({ status: 'withdrawn', withdrawnAt: at })
    .where(eq(sharedCases.id, caseId));
}

/** A case's versions, newest first: the number and date only, for its history. */
export function listCaseVersions(db: Db, caseId: string) {
  return db
    .select({ version: caseVersions.version, changedAt: caseVersions.changedAt })
    .from(caseVersions)
    .where(eq(caseVersions.caseId, caseId))
    .orderBy(desc(caseVersions.version));
}

/**
 * The municipalities that adopted a case, with the stage of their initiative and the currency
 * they set in their steering settings (null when they set none), oldest first.
 */
export function listAdoptions(db: Db, caseId: string) {
  return db
    .select({
      id: caseAdoptions.id,
      municipalityId: caseAdoptions.municipalityId,
      municipalityName: municipalities.name,
      country: municipalities.country,
      currency: steeringSettings.currency,
      initiativeId: caseAdoptions.initiativeId,
      initiativePublic: initiatives.isPublic,
      stage: initiatives.stage,
      mode: caseAdoptions.mode,
      adoptedAt: caseAdoptions.adoptedAt,
    })
    .from(caseAdoptions)
    .innerJoin(municipalities, eq(municipalities.id, caseAdoptions.municipalityId))
    .innerJoin(initiatives, eq(initiatives.id, caseAdoptions.initiativeId))
    .leftJoin(steeringSettings, eq(steeringSettings.municipalityId, caseAdoptions.municipalityId))
    .where(eq(caseAdoptions.caseId, caseId))
    .orderBy(asc(caseAdoptions.adoptedAt));
}
export type AdoptionRow = Awaited<ReturnType<typeof listAdoptions>>[number];

/** Whether `municipalityId` has adopted the case already. */
export async function hasAdopted(db: Db, caseId: string, municipalityId: string) {
  const [row] = await db
    .select({ id: caseAdoptions.id })
    .from(caseAdoptions)
    .where(and(eq(caseAdoptions.caseId, caseId), eq(caseAdoptions.municipalityId, municipalityId)));
  return row !== undefined;
}

export async function insertAdoption(
  db: Db,
  row: {
    caseId: string;
    municipalityId: string;
    initiativeId: string;
    mode: string;
    adoptedBy: string;
    at: Date;
  },
): Promise<{ id: string }> {
  const { at, ...values } = row;
  const [created] = await db
    .insert(caseAdoptions)
    .values({ ...values, adoptedAt: at })
    .returning({ id: caseAdoptions.id });
  if (!created) throw new Error('adoption insert returned no row');
  return created;
}

/** Who published a case, for the mail about a new adopter. */
export async function publisherOf(db: Db, caseId: string) {
  const [row] = await db
    .select({ email: users.email, name: users.name })
    .from(sharedCases)
    .innerJoin(users, eq(users.id, sharedCases.publishedBy))
    // A deleted account keeps an address that leads nowhere: it gets no mail.
    .where(and(eq(sharedCases.id, caseId), isNull(users.deletedAt)));
  return row;
}

/** A municipality's cases, published and withdrawn, by title. */
export function casesOfMunicipality(db: Db, municipalityId: string) {
  return db
    .select({
      id: sharedCases.id,
      initiativeId: sharedCases.initiativeId,
      title: sharedCases.title,
      status: sharedCases.status,
      updatedAt: sharedCases.updatedAt,
    })
    .from(sharedCases)
    .where(eq(sharedCases.municipalityId, municipalityId))
    .orderBy(asc(sharedCases.title));
}

/** The cases a municipality adopted, with its own initiative, newest first. */
export function adoptionsOfMunicipality(db: Db, municipalityId: string) {
  return db
    .select({
      caseId: caseAdoptions.caseId,
      title: sharedCases.title,
      initiativeId: caseAdoptions.initiativeId,
      adoptedAt: caseAdoptions.adoptedAt,
    })
    .from(caseAdoptions)
    .innerJoin(sharedCases, eq(sharedCases.id, caseAdoptions.caseId))
    .where(eq(caseAdoptions.municipalityId, municipalityId))
    .orderBy(desc(caseAdoptions.adoptedAt));
}
