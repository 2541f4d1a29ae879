import type { LinkResolver } from '../../../web/links.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { scenarioNamesByIds } from './links.queries.ts';

/** Links to scenarios, for the decisions that adopted them; scenarios are internal steering data. */
export const prioritisationLinks: Readonly<Record<string, LinkResolver>> = {
  'portfolio-scenario': async ({ rowsOf, actor, municipalityId, ids }) => {
    if (!canSeeSteering(actor, municipalityId)) return new Map();
    const rows = await rowsOf((db) => scenarioNamesByIds(db, municipalityId, ids));
    return new Map(
      rows.map((s) => [s.id, { title: s.name, path: `prioritisation/scenarios/${s.id}` }]),
    );
  },
};
