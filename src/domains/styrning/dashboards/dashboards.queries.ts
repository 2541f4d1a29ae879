import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isUuid } from '../../../lib/uuid.ts';

/**
 * The aggregating SQL of the dashboards. Every query groups in the database and returns a handful
 * of rows per year, stage, department or indicator, never one row per initiative or measurement.
 * `scope.departmentId` narrows to initiatives owned by that department and goals of that department.
 */
export type DashboardScope = { municipalityId: string; departmentId?: string | undefined };

type Rows<T> = { rows: T[] };
const rowsOf = <T>(result: unknown): T[] => (result as Rows<T>).rows;

const initiativeFilter = (s: DashboardScope) =>
  s.departmentId
    ? sql`i.municipality_id = ${s.municipalityId} and i.department_id = ${s.departmentId}`
    : sql`i.municipality_id = ${s.municipalityId}`;

/** Initiatives counted per owning department and stage. */
export async function stageCounts(db: Db, s: DashboardScope) {
  const result = await db.execute(sql`
    select i.department_id as "departmentId", d.name as "departmentName", i.stage, count(*)::int as n
    from initiatives i join departments d on d.id = i.department_id
    where ${initiativeFilter(s)}
    group by i.department_id, d.name, i.stage`);
  return rowsOf<{ departmentId: string; departmentName: string; stage: string; n: number }>(result);
}

/**
 * Every goal in scope with each of its indicators and that indicator's latest measurement on or
 * after its baseline date (latest date, then latest recorded) — all the goal rule needs.
 */
export async function goalIndicators(db: Db, s: DashboardScope) {
  const goalFilter = s.departmentId
    ? sql`g.municipality_id = ${s.municipalityId} and g.department_id = ${s.departmentId}`
    : sql`g.municipality_id = ${s.municipalityId}`;
  const result = await db.execute(sql`
    select g.id as "goalId", g.title, g.department_id as "departmentId",
      ind.id as "indicatorId", ind.direction,
      ind.baseline_value as "baselineValue", ind.baseline_date::text as "baselineDate",
      ind.target_value as "targetValue", ind.target_date::text as "targetDate",
      lm.value as "latestValue", lm.measured_on::text as "latestDate"
    from goals g
    left join indicators ind on ind.goal_id = g.id
    left join lateral (
      select m.value, m.measured_on from indicator_measurements m
      where m.indicator_id = ind.id and m.measured_on >= ind.baseline_date
      order by m.measured_on desc, m.recorded_at desc limit 1
    ) lm on true
    where ${goalFilter}
    order by g.position, g.title, g.id`);
  return rowsOf<{
    goalId: string;
    title: string;
    departmentId: string | null;
    indicatorId: string | null;
    direction: string | null;
    baselineValue: number | null;
    baselineDate: string | null;
    targetValue: number | null;
    targetDate: string | null;
    latestValue: number | null;
    latestDate: string | null;
  }>(result);
}

/** Investment and running cost per year, initiatives that are not stopped. */
export async function costsPerYear(db: Db, s: DashboardScope) {
  const result = await db.execute(sql`
    select c.year, sum(c.investment)::float8 as investment, sum(c.running)::float8 as running
    from initiative_costs c join initiatives i on i.id = c.initiative_id
    where ${initiativeFilter(s)} and i.stage <> 'stopped'
    group by c.year order by c.year`);
  return rowsOf<{ year: number; investment: number; running: number }>(result);
}

/**
 * Per year: money from money-valued benefits (value × money per unit), benefits and dis-benefits
 * apart, and hours from freed-time benefits (dis-benefits negative). A sum over nothing is null,
 * and `moneyRows`/`timeRows` count what was summed, so a year without any money-valued (or
 * freed-time) value reads as missing, never as 0.
 */
type YearSums = {
  year: number;
  moneyBenefit: number | null;
  moneyDisbenefit: number | null;
  moneyRows: number;
  hours: number | null;
  timeRows: number;
};

const yearSums = (value: SQL) => sql`
  sum(${value} * b.money_per_unit) filter (where not b.is_disbenefit)::float8 as "moneyBenefit",
  sum(${value} * b.money_per_unit) filter (where b.is_disbenefit)::float8 as "moneyDisbenefit",
  (count(*) filter (where b.money_per_unit is not null))::int as "moneyRows",
  sum(case when b.is_disbenefit then -1 else 1 end * ${value}) filter (where b.kind = 'time')::float8 as hours,
  (count(*) filter (where b.kind = 'time'))::int as "timeRows"`;

/** Planned benefits per year (initiatives that are not stopped), summed as `YearSums`. */
export async function plannedPerYear(db: Db, s: DashboardScope) {
  const result = await db.execute(sql`
    select p.key::int as year, ${yearSums(sql`p.value::text::float8`)}
    from benefits b
    join initiatives i on i.id = b.initiative_id
    cross join lateral jsonb_each(b.planned) p
    where ${initiativeFilter(s)} and i.stage <> 'stopped'
      and p.key ~ '^[0-9]{4}$' and jsonb_typeof(p.value) = 'number'
    group by 1 order by 1`);
  return rowsOf<YearSums>(result);
}

/**
 * Realised benefits per year: for each benefit and calendar year the latest measurement of that
 * year on or after the baseline date and on or before `today` (as the benefits engine's
 * realised-against-planned rule), then summed like the planned values. A year without any
 * measurement has no row: it is missing, not 0. Stopped initiatives count here: what they
 * realised is real.
 */
export async function realisedPerYear(db: Db, s: DashboardScope, today: string) {
  const result = await db.execute(sql`
    with latest as (
      select distinct on (m.benefit_id, extract(year from m.measured_on))
        m.benefit_id, extract(year from m.measured_on)::int as year, m.value
      from benefit_measurements m
      join benefits b on b.id = m.benefit_id
      join initiatives i on i.id = b.initiative_id
      where ${initiativeFilter(s)} and m.measured_on >= b.baseline_date
        and m.measured_on <= ${today}::date
      order by m.benefit_id, extract(year from m.measured_on), m.measured_on desc, m.recorded_at desc
    )
    select l.year, ${yearSums(sql`l.value`)}
    from latest l join benefits b on b.id = l.benefit_id
    group by l.year order by l.year`);
  return rowsOf<YearSums>(result);
}

/** A department of the municipality, or undefined (another municipality's department is not found). */
export async function departmentOf(db: Db, municipalityId: string, departmentId: string) {
  if (!isUuid(departmentId)) return undefined;
  const result = await db.execute(sql`
    select id, name from departments where id = ${departmentId} and municipality_id = ${municipalityId}`);
  return rowsOf<{ id: string; name: string }>(result)[0];
}

/** The municipality's departments, for links to their dashboards. */
export async function departmentsOf(db: Db, municipalityId: string) {
  const result = await db.execute(sql`
    select id, name from departments where municipality_id = ${municipalityId} order by name`);
  return rowsOf<{ id: string; name: string }>(result);
}
