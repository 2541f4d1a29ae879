import type { LinkResolver } from '../../../web/links.ts';
import { mattersByIds } from './dialogues.queries.ts';

/** Links to matters, for the decisions that decided them; matters are public. */
export const dialogueLinks: Readonly<Record<string, LinkResolver>> = {
  matter: async ({ rowsOf, municipalityId, ids }) => {
    const rows = await rowsOf((db) => mattersByIds(db, municipalityId, ids));
    return new Map(rows.map((m) => [m.id, { title: m.title, path: `matters/${m.id}` }]));
  },
};
