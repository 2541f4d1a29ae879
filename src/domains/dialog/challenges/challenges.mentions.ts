import type { MentionFinder } from '../../../web/mentions.ts';
import { creditedNames, ideaOfInitiative } from './challenges.queries.ts';

/**
 * Where challenges name other domains' things: an initiative's page links to the idea it came
 * from, and names the people the idea is credited to.
 */
export const challengesMentions: Readonly<Record<string, MentionFinder>> = {
  initiative: async (db, named) => {
    const from = await ideaOfInitiative(db, named.municipalityId, named.id);
    if (!from) return [];
    const path = `/municipalities/${named.municipalityId}/challenges/${from.challengeId}/ideas/${from.ideaId}`;
    const names = await creditedNames(db, from.ideaId);
    return [
      { relation: 'challenges.mention.initiative', title: from.ideaTitle, path },
      ...(names.length > 0
        ? [{ relation: 'challenges.mention.credits' as const, title: names.join(', '), path }]
        : []),
    ];
  },
};
