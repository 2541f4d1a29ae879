import type { Db } from '../../../db/client.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { isUuid } from '../../../lib/uuid.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { canSeeInitiative } from '../portfolio/portfolio.policy.ts';
import { isStage } from '../steering/stages.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { isPublicGoal } from '../strategy/strategy.policy.ts';
import { type RoadmapItem, roadmapGoals, roadmapItems } from './roadmap.queries.ts';

/**
 * The roadmap's filter as asked for: empty strings mean "all". `from` and `to` are years: the
 * roadmap then shows the initiatives under way at some time in between (both years included).
 */
export type RoadmapFilter = {
  goal: string;
  stage: string;
  department: string;
  from: string;
  to: string;
};

/** Every goal and every initiative of a municipality, as the roadmap needs them: its read model. */
export type RoadmapRows = {
  goals: Awaited<ReturnType<typeof roadmapGoals>>;
  items: RoadmapItem[];
};

export type Roadmap = {
  goals: { id: string; title: string; parentId: string | null }[];
  /** The years the period can be chosen from: those of the visible initiatives' dates. */
  years: number[];
  /** What the filter keeps, in the roadmap's order (the caller takes one page of it). */
  items: RoadmapItem[];
  filter: RoadmapFilter;
};

/** Loads the roadmap's read model (two queries). */
export async function loadRoadmapRows(db: Db, municipalityId: string): Promise<RoadmapRows> {
  const [goals, items] = await Promise.all([
    roadmapGoals(db, municipalityId),
    roadmapItems(db, municipalityId),
  ]);
  return { goals, items };
}

/**
 * A goal and every goal under it, among those given: an initiative serving a department goal
 * serves the strategic goal above it too.
 */
export function withSubGoals(
  goals: readonly { id: string; parentId: string | null }[],
  goalId: string,
) {
  const found = new Set([goalId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals) {
      if (g.parentId && found.has(g.parentId) && !found.has(g.id)) {
        found.add(g.id);
        grew = true;
      }
    }
  }
  return found;
}

// Years a period may name: wide enough for any plan, narrow enough to refuse nonsense.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const yearOf = (text: string) =>
  /^\d{4}$/.test(text) && Number(text) >= FIRST_YEAR && Number(text) <= LAST_YEAR
    ? Number(text)
    : undefined;

/** Whether an initiative is under way at some time in the period (open ends reach anywhere). */
function inPeriod(item: RoadmapItem, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  // Without both dates it has no place in time: a period leaves it out.
  if (!item.startsOn || !item.endsOn) return false;
  if (from !== undefined && item.endsOn < `${from}-01-01`) return false;
  if (to !== undefined && item.startsOn > `${to}-12-31`) return false;
  return true;
}

/**
 * The roadmap the actor may see, from the municipality's read model: public initiatives for
 * visitors and residents, every initiative for staff and up. A goal keeps the initiatives
 * contributing to it or to a goal under it; a period those under way in it. A goal that is
 * malformed, another municipality's or not visible to the actor, an unknown stage or department,
 * and a period that is not two years in order, are refused with a message key per field.
 */
export function selectRoadmap(
  rows: RoadmapRows,
  actor: Actor,
  municipality: { id: string; departmentIds: readonly string[] },
  filter: RoadmapFilter,
): Result<Roadmap, 'invalid'> & { goals?: Roadmap['goals']; years?: number[] } {
  const municipalityId = municipality.id;
  const internal = canSeeSteering(actor, municipalityId);
  // Visitors and residents filter by public goals only: adopted, under an adopted goal if any.
  const goals = rows.goals
    .filter((g) => internal || isPublicGoal(g))
    .map(({ id, title, parentId }) => ({ id, title, parentId }));
  // The query holds every initiative; the policy decides which this actor sees.
  const visible = rows.items.filter((i) =>
    canSeeInitiative(actor, {
      municipalityId,
      departmentId: i.department.id,
      isPublic: i.isPublic,
    }),
  );
  const years = yearsOf(visible);
  const fields: Record<string, string> = {};
  if (filter.goal && !(isUuid(filter.goal) && goals.some((g) => g.id === filter.goal))) {
    fields.goal = 'roadmap.error.goal';
  }
  if (filter.stage && !isStage(filter.stage)) fields.stage = 'roadmap.error.stage';
  if (filter.department && !municipality.departmentIds.includes(filter.department)) {
    fields.department = 'roadmap.error.department';
  }
  const from = yearOf(filter.from);
  const to = yearOf(filter.to);
  if (filter.from && from === undefined) fields.from = 'roadmap.error.year';
  if (filter.to && to === undefined) fields.to = 'roadmap.error.year';
  else if (from !== undefined && to !== undefined && to < from) fields.to = 'roadmap.error.period';
  if (Object.keys(fields).length > 0) return { ...fail('invalid', fields), goals, years };

  const served = filter.goal ? withSubGoals(goals, filter.goal) : undefined;
  const kept = visible.filter(
    (i) =>
      (!served || i.goalIds.some((g) => served.has(g))) &&
      (!filter.stage || i.stage === filter.stage) &&
      (!filter.department || i.department.id === filter.department) &&
      inPeriod(i, from, to),
  );
  return ok({ goals, years, items: kept, filter });
}

/** Every year from the earliest start to the latest end among the items. */
function yearsOf(items: readonly RoadmapItem[]): number[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const i of items) {
    for (const d of [i.startsOn, i.endsOn]) {
      if (!d) continue;
      const y = Number(d.slice(0, 4));
      first = Math.min(first, y);
      last = Math.max(last, y);
    }
  }
  if (!Number.isFinite(first)) return [];
  const span: number[] = [];
  for (let y = Math.max(first, FIRST_YEAR); y <= Math.min(last, LAST_YEAR); y++) span.push(y);
  return span;
}

/** Items with both dates (drawn as bars) and those without (listed apart). */
export function splitByDates(items: readonly RoadmapItem[]) {
  const dated: (RoadmapItem & { startsOn: string; endsOn: string })[] = [];
  const undated: RoadmapItem[] = [];
  for (const item of items) {
    if (item.startsOn && item.endsOn)
      dated.push({ ...item, startsOn: item.startsOn, endsOn: item.endsOn });
    else undated.push(item);
  }
  return { dated, undated };
}
