import type { LinkResolver } from '../../../web/links.ts';
import { goalsByIds, versionsByIds } from './links.queries.ts';
import { canSeeStrategyDrafts } from './strategy.policy.ts';

/**
 * Links to future story versions and goals, for the decisions that adopted them. Drafts are
 * linked only for those who see drafts; residents see adopted versions, and adopted goals whose
 * parent (if any) is adopted too, as the goals page shows them.
 */
export const strategyLinks: Readonly<Record<string, LinkResolver>> = {
  'future-story-version': async ({ rowsOf, actor, municipalityId, ids }) => {
    const drafts = canSeeStrategyDrafts(actor, municipalityId);
    const rows = await rowsOf((db) => versionsByIds(db, municipalityId, ids));
    return new Map(
      rows
        .filter((v) => drafts || v.status === 'adopted')
        .map((v) => [v.id, { title: v.title, path: `future-story/versions/${v.id}` }]),
    );
  },
  'goal-set': async ({ rowsOf, actor, municipalityId, ids }) => {
    const drafts = canSeeStrategyDrafts(actor, municipalityId);
    const rows = await rowsOf((db) => goalsByIds(db, municipalityId, ids));
    const visible = (g: (typeof rows)[number]) =>
      drafts || (g.status === 'adopted' && (g.parentStatus ?? 'adopted') === 'adopted');
    return new Map(
      rows.filter(visible).map((g) => [g.id, { title: g.title, path: `goals/${g.id}` }]),
    );
  },
};
