import type { PersonalDataPart } from '../../../web/personal-data.ts';
import { recommendationsBy, unlinkRecommendations } from './recommendations.queries.ts';

/**
 * A recommendation names the coordinator who made it. Forgetting them unlinks them: the
 * recommendation belongs to the county or the network and stays.
 */
export const spreadPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    return { recommendations: await recommendationsBy(ctx.db, userId) };
  },
  async forget(ctx, { userId }) {
    await unlinkRecommendations(ctx.db, userId);
  },
};
