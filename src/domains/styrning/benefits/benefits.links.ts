import type { LinkResolver } from '../../../web/links.ts';
import { initiativeScopesByIds } from '../portfolio/links.queries.ts';
import { canSeeInitiative } from '../portfolio/portfolio.policy.ts';

/** Links to the initiatives whose scale gate a decision overrode, for those who may see them. */
export const benefitsLinks: Readonly<Record<string, LinkResolver>> = {
  'gate-override': async ({ rowsOf, actor, municipalityId, ids }) => {
    const rows = await rowsOf((db) => initiativeScopesByIds(db, municipalityId, ids));
    return new Map(
      rows
        .filter((i) => canSeeInitiative(actor, i))
        .map((i) => [i.id, { title: i.title, path: `initiatives/${i.id}` }]),
    );
  },
};
