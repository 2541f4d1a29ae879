import type { MentionFinder } from '../../../web/mentions.ts';
import { answeredProposalsOfInitiative } from './proposals.queries.ts';

/** Where proposals name other domains' things: an initiative's page links to the proposal it came from. */
export const proposalsMentions: Readonly<Record<string, MentionFinder>> = {
  initiative: async (db, named) =>
    (await answeredProposalsOfInitiative(db, named.municipalityId, named.id)).map((p) => ({
      relation: 'proposals.mention.initiative',
      title: p.title,
      path: `/municipalities/${named.municipalityId}/proposals/${p.id}`,
    })),
};
