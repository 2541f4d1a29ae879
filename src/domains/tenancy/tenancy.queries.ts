import { and, asc, type Column, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { CountyRecord, MunicipalityRecord } from './reference-data.ts';
import { counties, departments, municipalities } from './tenancy.schema.ts';

export type MunicipalityRow = {
  id: string;
  code: string;
  name: string;
  country: string;
  hasDemoContent: boolean;
  county: { id: string; code: string; name: string };
};

export type MunicipalityFilter = {
  country?: 'SE' | 'NO' | undefined;
  countyCode?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
};

const municipalityColumns = {
  id: municipalities.id,
  code: municipalities.code,
  name: municipalities.name,
  country: municipalities.country,
  hasDemoContent: municipalities.hasDemoContent,
  county: { id: counties.id, code: counties.code, name: counties.name },
};

/** Inserts or renames counties and municipalities from the registries; never deletes. */
export async function upsertRegistry(
  db: Db,
  countyRows: CountyRecord[],
  municipalityRows: MunicipalityRecord[],
): Promise<void> {
  await db
    .insert(counties)
    .values(countyRows)
    .onConflictDoUpdate({ target: counties.id, set: { name: sql`excluded.name` } });
  await db
    .insert(municipalities)
    .values(municipalityRows)
    .onConflictDoUpdate({
      target: municipalities.id,
      set: {
        name: sql`excluded.name`,
        countyId: sql`excluded.county_id`,
        inhabitants: sql`excluded.inhabitants`,
      },
    });
}

function filterConditions(f: Omit<MunicipalityFilter, 'page' | 'pageSize'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.country) conditions.push(eq(municipalities.country, f.country));
  if (f.countyCode) conditions.push(eq(counties.code, f.countyCode));
  if (f.q) {
    // Diacritics- and case-insensitive substring match: "goteborg" finds Göteborg, "baerum" Bærum.
    const pattern = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(sql`unaccent(lower(${municipalities.name})) like unaccent(lower(${pattern}))`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of municipalities ordered by country, county and name, and the total that match. */
export async function findMunicipalities(
  db: Db,
  filter: MunicipalityFilter,
): Promise<{ total: number; items: MunicipalityRow[] }> {
  const where = filterConditions(filter);
  const offset = (filter.page - 1) * filter.pageSize;
  const items = await db
    .select(municipalityColumns)
    .from(municipalities)
    .innerJoin(counties, eq(counties.id, municipalities.countyId))
    .where(where)
    .orderBy(asc(municipalities.country), asc(counties.code), asc(municipalities.name))
    .limit(filter.pageSize)
    .offset(offset);
  // A short, non-empty page (or an empty first page) is the last one, so the total is known
  // without a second query: the list page asks for everything and never needs the count.
  if (items.length < filter.pageSize && (items.length > 0 || offset === 0)) {
    return { total: offset + items.length, items };
  }
  // county_id is NOT NULL with a foreign key, so the join only matters when filtering by county;
  // without it the count is a scan of one small table instead of one index probe per row.
  const counted = db.select({ n: count() }).from(municipalities);
  const [totalRow] = await (filter.countyCode
    ? counted.innerJoin(counties, eq(counties.id, municipalities.countyId)).where(where)
    : counted.where(where));
  return { total: totalRow?.n ?? 0, items };
}

/** The municipality with this id; undefined for unknown or malformed ids (never queried). */
export async function getMunicipality(db: Db, id: string): Promise<MunicipalityRow | undefined> {
  if (!/^(SE|NO)-\d{4}$/.test(id)) return undefined;
  const [row] = await db
    .select(municipalityColumns)
    .from(municipalities)
    .innerJoin(counties, eq(counties.id, municipalities.countyId))
    .where(eq(municipalities.id, id));
  return row;
}

export type CountyRow = {
  id: string;
  code: string;
  name: string;
  country: string;
  municipalities: number;
};

export async function listCounties(db: Db, country?: 'SE' | 'NO'): Promise<CountyRow[]> {
  return db
    .select({
      id: counties.id,
      code: counties.code,
      name: counties.name,
      country: counties.country,
      municipalities: count(municipalities.id),
    })
    .from(counties)
    .leftJoin(municipalities, eq(municipalities.countyId, counties.id))
    .where(country ? eq(counties.country, country) : undefined)
    .groupBy(counties.id)
    .orderBy(asc(counties.country), asc(counties.code));
}

export async function getCounty(db: Db, id: string) {
  const [row] = await db.select().from(counties).where(eq(counties.id, id));
  return row;
}

export async function listDepartments(db: Db, municipalityId: string) {
  return db
    .select({ id: departments.id, name: departments.name, isDemo: departments.isDemo })
    .from(departments)
    .where(eq(departments.municipalityId, municipalityId))
    .orderBy(asc(departments.name));
}

export async function getDepartment(db: Db, municipalityId: string, departmentId: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.municipalityId, municipalityId), eq(departments.id, departmentId)));
  return row;
}

export async function insertDepartment(
  db: Db,
  row: { municipalityId: string; name: string; isDemo?: boolean },
) {
  const [created] = await db.insert(departments).values(row).returning();
  if (!created) throw new Error('department insert returned no row');
  return created;
}

export async function markDemoContent(db: Db, municipalityId: string): Promise<void> {
  await db
    .update(municipalities)
    .set({ hasDemoContent: true })
    .where(eq(municipalities.id, municipalityId));
}

/**
 * A condition on a column that names municipalities (`municipality_id`): theirs in the country,
 * in the county, or both; undefined (no condition) when neither is given.
 */
export function inPlace(
  db: Db,
  municipalityColumn: Column,
  place: { country?: string | undefined; countyId?: string | undefined },
): SQL | undefined {
  if (!place.country && !place.countyId) return undefined;
  return inArray(
    municipalityColumn,
    db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(
        and(
          place.country ? eq(municipalities.country, place.country) : undefined,
          place.countyId ? eq(municipalities.countyId, place.countyId) : undefined,
        ),
      ),
  );
}
