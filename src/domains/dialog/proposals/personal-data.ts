import type { PersonalDataPart } from '../../../web/personal-data.ts';
import { forgetProposalsOfUser, proposalsOfUser, supportsOfUser } from './personal-data.queries.ts';

/** What proposals hold about a person: what they proposed and what they support. */
export const proposalsPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    return {
      proposals: await proposalsOfUser(ctx.db, userId),
      proposalSupports: await supportsOfUser(ctx.db, userId),
    };
  },
  async forget(ctx, { userId }) {
    await forgetProposalsOfUser(ctx.db, userId);
  },
};
