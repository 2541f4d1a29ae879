import type { PersonalDataPart } from '../../../web/personal-data.ts';
import {
  deleteFollowingOfUser,
  deliveriesOfUser,
  followsOfUser,
  settingsOfUser,
  unsubscribeLinksOfUser,
} from './personal-data.queries.ts';

/**
 * What following holds about a person: the matters they follow (or stopped following), their
 * notification settings, the notices meant for them and their unsubscribe links. Forgetting deletes
 * all of it, sent deliveries too: they only keep a notice from going out twice, and nobody is
 * left to mail.
 */
export const followingPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    const [follows, settings, notices, unsubscribeLinks] = await Promise.all([
      followsOfUser(ctx.db, userId),
      settingsOfUser(ctx.db, userId),
      deliveriesOfUser(ctx.db, userId),
      unsubscribeLinksOfUser(ctx.db, userId),
    ]);
    return { follows, notificationSettings: settings ?? null, notices, unsubscribeLinks };
  },

  async forget(ctx, { userId }) {
    await deleteFollowingOfUser(ctx.db, userId);
  },
};
