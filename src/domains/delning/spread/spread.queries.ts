import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { counties, municipalities } from '../../tenancy/tenancy.schema.ts';
import { caseAdoptions, sharedCases } from '../cases/cases.schema.ts';

/** How far shared cases have spread in one county. */
export type CountySpread = {
  countyId: string;
  country: 'SE' | 'NO';
  name: string;
  /** Its municipalities in the registry. */
  municipalities: number;
  /** Of those, the ones that reuse at least one published case. */
  adoptingMunicipalities: number;
  /** Adoptions of published cases by its municipalities. */
  adoptions: number;
  /** Cases its own municipalities have published. */
  casesPublished: number;
};

const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * Every county's spread in one statement, grouped by county once, never counted per
 * municipality in code. Adoptions are counted per municipality from the adoptions' own index and
 * those of withdrawn cases (few) taken off, which is several times cheaper than joining every
 * adoption to its case.
 */
export async function spreadPerCounty(db: Db): Promise<CountySpread[]> {
  return rowsOf<CountySpread>(
    db,
    sql`with adopted as (
          select municipality_id, count(*)::int as n from ${caseAdoptions} group by municipality_id),
        withdrawn as (
          select a.municipality_id, count(*)::int as n
          from ${sharedCases} s join ${caseAdoptions} a on a.case_id = s.id
          where s.status = 'withdrawn'
          group by a.municipality_id),
        published as (
          select municipality_id, count(*)::int as n from ${sharedCases}
          where status = 'published' group by municipality_id),
        places as (
          select m.id, m.county_id,
                 coalesce(a.n, 0) - coalesce(w.n, 0) as adoptions, coalesce(p.n, 0) as published
          from ${municipalities} m
          left join adopted a on a.municipality_id = m.id
          left join withdrawn w on w.municipality_id = m.id
          left join published p on p.municipality_id = m.id)
        select c.id as "countyId", c.country, c.name,
               count(x.id)::int as "municipalities",
               (count(*) filter (where x.adoptions > 0))::int as "adoptingMunicipalities",
               coalesce(sum(x.adoptions), 0)::int as "adoptions",
               coalesce(sum(x.published), 0)::int as "casesPublished"
        from ${counties} c
        left join places x on x.county_id = c.id
        group by c.id, c.country, c.name
        order by c.country desc, c.name`,
  );
}

/** A published case and how far it has spread. */
export type SpreadingCase = {
  caseId: string;
  title: string;
  municipalityId: string;
  municipalityName: string;
  country: 'SE' | 'NO';
  /** Municipalities that reuse it, network-wide. */
  adopters: number;
  /** In how many counties it is reused. */
  counties: number;
  /** Of the county asked about, how many of its municipalities reuse it (network page: 0). */
  inCounty: number;
};

/**
 * The published cases reused by the most municipalities, network-wide. The adopters are counted
 * per case from the adoptions' (case, municipality) index; the counties only for the cases shown.
 */
export async function mostSpreadCases(db: Db, limit: number): Promise<SpreadingCase[]> {
  return rowsOf<SpreadingCase>(
    db,
    sql`with spread as (
          select a.case_id, count(*)::int as adopters
          from ${caseAdoptions} a
          group by a.case_id),
        top as (
          select x.case_id, x.adopters from spread x
          join ${sharedCases} s on s.id = x.case_id and s.status = 'published'
          order by x.adopters desc, x.case_id
          limit ${limit})
        select s.id as "caseId", s.title, s.municipality_id as "municipalityId",
               pm.name as "municipalityName", pm.country, top.adopters,
               (select count(distinct xm.county_id)::int from ${caseAdoptions} xa
                  join ${municipalities} xm on xm.id = xa.municipality_id
                  where xa.case_id = s.id) as counties,
               0 as "inCounty"
        from top
        join ${sharedCases} s on s.id = top.case_id
        join ${municipalities} pm on pm.id = s.municipality_id
        order by top.adopters desc, counties desc, s.title, s.id`,
  );
}

/**
 * The published cases reused in one county, those reused by most of its municipalities first,
 * and how many there are in all. The network-wide counts are read only for the cases on the
 * page, through the adoptions' (case, municipality) index.
 */
export async function casesSpreadInCounty(
  db: Db,
  countyId: string,
  limit: number,
): Promise<{ total: number; items: SpreadingCase[] }> {
  const rows = await rowsOf<SpreadingCase & { total: number }>(
    db,
    sql`with local as (
          select a.case_id, count(*)::int as in_county
          from ${caseAdoptions} a
          join ${municipalities} m on m.id = a.municipality_id
          join ${sharedCases} s on s.id = a.case_id and s.status = 'published'
          where m.county_id = ${countyId}
          group by a.case_id),
        page as (
          select case_id, in_county, count(*) over ()::int as total
          from local order by in_county desc, case_id limit ${limit})
        select s.id as "caseId", s.title, s.municipality_id as "municipalityId",
               pm.name as "municipalityName", pm.country, p.in_county as "inCounty", p.total,
               (select count(*)::int from ${caseAdoptions} x where x.case_id = s.id) as adopters,
               (select count(distinct xm.county_id)::int from ${caseAdoptions} x
                  join ${municipalities} xm on xm.id = x.municipality_id
                  where x.case_id = s.id) as counties
        from page p
        join ${sharedCases} s on s.id = p.case_id
        join ${municipalities} pm on pm.id = s.municipality_id
        order by p.in_county desc, adopters desc, s.title, s.id`,
  );
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _, ...r }) => r) };
}

/** One municipality of a county and how many published cases it reuses and has published. */
export type MunicipalitySpread = {
  municipalityId: string;
  name: string;
  adopted: number;
  published: number;
};

/** The county's municipalities with their counts, in one grouped statement. */
export async function municipalitiesOfCounty(
  db: Db,
  countyId: string,
): Promise<MunicipalitySpread[]> {
  return rowsOf<MunicipalitySpread>(
    db,
    sql`with adopted as (
          select a.municipality_id,
                 (count(*) - count(*) filter (where exists (
                    select 1 from ${sharedCases} s
                    where s.id = a.case_id and s.status = 'withdrawn')))::int as n
          from ${caseAdoptions} a
          join ${municipalities} m on m.id = a.municipality_id and m.county_id = ${countyId}
          group by a.municipality_id),
        published as (
          select s.municipality_id, count(*)::int as n
          from ${sharedCases} s
          join ${municipalities} m on m.id = s.municipality_id and m.county_id = ${countyId}
          where s.status = 'published'
          group by s.municipality_id)
        select m.id as "municipalityId", m.name,
               coalesce(a.n, 0) as adopted, coalesce(p.n, 0) as published
        from ${municipalities} m
        left join adopted a on a.municipality_id = m.id
        left join published p on p.municipality_id = m.id
        where m.county_id = ${countyId}
        order by m.name`,
  );
}
