import type { PersonalDataPart } from '../../../web/personal-data.ts';
import { coauthorshipsOf, forgetCoauthorsOfUser, invitationsSentBy } from './coauthors.queries.ts';
import { forgetProposalsOfUser, proposalsOfUser, supportsOfUser } from './personal-data.queries.ts';

/**
 * What proposals hold about a person: what they proposed and what they support, the proposals
 * they co-author or were invited to, and the invitations they sent (without the invited
 * addresses, which are other people's).
 */
export const proposalsPersonalData: PersonalDataPart = {
  async export(ctx, person) {
    return {
      proposals: await proposalsOfUser(ctx.db, person.userId),
      proposalSupports: await supportsOfUser(ctx.db, person.userId),
      proposalCoauthorships: await coauthorshipsOf(ctx.db, person),
      proposalInvitationsSent: await invitationsSentBy(ctx.db, person.userId),
    };
  },
  async forget(ctx, person) {
    // Co-authors first: a draft that goes takes its co-authors with it.
    await forgetCoauthorsOfUser(ctx.db, person);
    await forgetProposalsOfUser(ctx.db, person.userId);
  },
};
