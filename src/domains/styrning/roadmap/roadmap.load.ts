import type { Db } from '../../../db/client.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { isUuid } from '../../../lib/uuid.ts';
import type { Actor } from '../../../vocabulary/actor.ts';
import { canSeeInitiative } from '../portfolio/portfolio.policy.ts';
import { isStage } from '../steering/stages.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { isPublicGoal } from '../strategy/strategy.policy.ts';
import { type RoadmapItem, roadmapGoals, roadmapItems } from './roadmap.queries.ts';

/** The roadmap's filter as asked for: empty strings mean "all". */
export type RoadmapFilter = { goal: string; stage: string };

export type Roadmap = {
  goals: { id: string; title: string; parentId: string | null }[];
  items: RoadmapItem[];
  filter: RoadmapFilter;
};

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
  return [...found];
}

/**
 * The roadmap the actor may see: public initiatives for visitors and residents, every initiative
 * for staff and up. A goal keeps the initiatives contributing to it or to a goal under it. A goal that is malformed, another municipality's or not visible to the actor,
 * and an unknown stage, are refused with a message key per field; nothing is read for them.
 */
export async function loadRoadmap(
  db: Db,
  actor: Actor,
  municipalityId: string,
  filter: RoadmapFilter,
): Promise<Result<Roadmap, 'invalid'> & { goals?: Roadmap['goals'] }> {
  const internal = canSeeSteering(actor, municipalityId);
  // Visitors and residents filter by public goals only: adopted, under an adopted goal if any.
  const goals = (await roadmapGoals(db, municipalityId))
    .filter((g) => internal || isPublicGoal(g))
    .map(({ id, title, parentId }) => ({ id, title, parentId }));
  const fields: Record<string, string> = {};
  if (filter.goal && !(isUuid(filter.goal) && goals.some((g) => g.id === filter.goal))) {
    fields.goal = 'roadmap.error.goal';
  }
  if (filter.stage && !isStage(filter.stage)) fields.stage = 'roadmap.error.stage';
  if (Object.keys(fields).length > 0) return { ...fail('invalid', fields), goals };
  const items = await roadmapItems(db, municipalityId, {
    publicOnly: !internal,
    goalIds: filter.goal ? withSubGoals(goals, filter.goal) : undefined,
    stage: filter.stage || undefined,
  });
  // The query already keeps to what the actor may see; the policy has the last word.
  const visible = items.filter((i) =>
    canSeeInitiative(actor, {
      municipalityId,
      departmentId: i.department.id,
      isPublic: i.isPublic,
    }),
  );
  return ok({ goals, items: visible, filter });
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
