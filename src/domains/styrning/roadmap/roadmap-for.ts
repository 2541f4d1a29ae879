import type { Context } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { readModel } from '../../../web/read-model.ts';
import { loadRoadmapRows, type RoadmapFilter, selectRoadmap } from './roadmap.load.ts';

/**
 * The roadmap of a municipality as the actor may see it, narrowed by `filter`: drawn from the
 * read model of its goals and initiatives, so a roadmap asks the database nothing until they change.
 */
export async function roadmapFor(c: Context<AppEnv>, m: { id: string }, filter: RoadmapFilter) {
  const { db } = c.get('ctx');
  const [rows, facts] = await Promise.all([
    readModel(c, `roadmap:${m.id}`, (kept) => loadRoadmapRows(kept, m.id)),
    c.get('deps').municipalityFacts.of(db, m.id),
  ]);
  const departmentIds = facts.departments.map((d) => d.id);
  return {
    departments: facts.departments,
    result: selectRoadmap(rows, c.get('actor'), { id: m.id, departmentIds }, filter),
  };
}
