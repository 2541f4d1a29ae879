import type { LinkResolver, ThingDetail } from '../../../web/links.ts';
import { matterResultsByIds } from './matter-results.queries.ts';

type Results = Awaited<ReturnType<typeof matterResultsByIds>>[number];

/** What the decision's page says of the matter's dialogue: who took part, and what the map found. */
function resultLines(r: Results): ThingDetail[] {
  const lines: ThingDetail[] = [
    {
      key: 'dialogues.results.tookPart',
      params: { participants: r.participants, statements: r.statements },
    },
  ];
  if (r.votes === null || r.groups === null) {
    lines.push({ key: 'dialogues.results.noMap' });
    return lines;
  }
  lines.push({ key: 'dialogues.results.groups', params: { votes: r.votes, groups: r.groups } });
  if (r.uniting) lines.push({ key: 'dialogues.results.uniting', params: { text: r.uniting } });
  lines.push({ key: 'dialogues.results.mapLink', path: `matters/${r.id}/map` });
  return lines;
}

/** Links to matters, for the decisions that decided them, with their dialogues' results; matters are public. */
export const dialogueLinks: Readonly<Record<string, LinkResolver>> = {
  matter: async ({ rowsOf, municipalityId, ids }) => {
    const rows = await rowsOf((db) => matterResultsByIds(db, municipalityId, ids));
    return new Map(
      rows.map((m) => [m.id, { title: m.title, path: `matters/${m.id}`, details: resultLines(m) }]),
    );
  },
};
