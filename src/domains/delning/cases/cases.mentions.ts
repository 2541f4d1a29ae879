import type { MentionFinder } from '../../../web/mentions.ts';
import { caseAdoptedByInitiative, publishedCaseOfInitiative } from './case-mentions.queries.ts';

/**
 * Where shared cases name an initiative: the case it is shared with the network as, and the case
 * of another municipality it reuses (the link back an adoption keeps).
 */
export const casesMentions: Readonly<Record<string, MentionFinder>> = {
  initiative: async (db, { municipalityId, id }) => [
    ...(await publishedCaseOfInitiative(db, municipalityId, id)).map((c) => ({
      relation: 'cases.mention.sharedAs' as const,
      title: c.title,
      path: `/cases/${c.id}`,
    })),
    ...(await caseAdoptedByInitiative(db, municipalityId, id)).map((c) => ({
      relation: 'cases.mention.reuses' as const,
      title: c.title,
      path: `/cases/${c.id}`,
      municipalityName: c.municipalityName,
    })),
  ],
};
