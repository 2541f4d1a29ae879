import type { DomainModule } from '../../../web/module.ts';
import { challengesApi } from './challenges.api.ts';
import { challengesMentions } from './challenges.mentions.ts';
import { challengeRoutes } from './challenges.routes.tsx';
import { seedDemoChallenges } from './demo.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { challengeDataOfUser, forgetChallengeDataOfUser } from './personal-data.queries.ts';
import { challengesStartPage } from './start-page.tsx';

/**
 * Co-creation challenges (samskaping): a department works on a problem with the people who live
 * with it. People join in a stakeholder role, post and discuss ideas and come to workshops; the
 * owner shortlists ideas and turns one into an initiative. The reminder worker (reminders.ts)
 * mails those with a place the day before a workshop.
 */
export const challengesModule: DomainModule = {
  id: 'challenges',
  pillar: 'dialog',
  messages: { en, sv, nb },
  routes: challengeRoutes,
  api: challengesApi,
  mentions: challengesMentions,
  seedDemo: seedDemoChallenges,
  startPage: challengesStartPage,
  personalData: {
    export: async (ctx, { userId }) => challengeDataOfUser(ctx.db, userId),
    forget: async (ctx, { userId }) => forgetChallengeDataOfUser(ctx.db, userId, ctx.now()),
  },
  navigation: {
    municipality: [{ path: 'challenges', label: 'challenges.nav', order: 25, section: 'dialog' }],
    network: [{ path: 'challenges', label: 'challenges.network.nav', order: 7 }],
  },
  routeClasses: {
    'GET /:lang/challenges': 'public',
    'GET /api/v1/challenges': 'public',
    'GET /api/v1/municipalities/:id/challenges': 'public',
    'GET /api/v1/municipalities/:id/challenges/:chid': 'public',
    'GET /:lang/municipalities/:id/challenges': 'public',
    'GET /:lang/municipalities/:id/challenges/new': 'internal',
    'POST /:lang/municipalities/:id/challenges/new': 'internal',
    'GET /:lang/municipalities/:id/challenges/:chid': 'public',
    'POST /:lang/municipalities/:id/challenges/:chid/join': 'public',
    'POST /:lang/municipalities/:id/challenges/:chid/state': 'internal',
    'POST /:lang/municipalities/:id/challenges/:chid/ideas': 'public',
    'GET /:lang/municipalities/:id/challenges/:chid/ideas/:ideaId': 'public',
    'POST /:lang/municipalities/:id/challenges/:chid/ideas/:ideaId/comments': 'public',
    'POST /:lang/municipalities/:id/challenges/:chid/ideas/:ideaId/comments/:commentId/hide':
      'internal',
    'POST /:lang/municipalities/:id/challenges/:chid/ideas/:ideaId/shortlist': 'internal',
    'POST /:lang/municipalities/:id/challenges/:chid/ideas/:ideaId/initiative': 'internal',
    'POST /:lang/municipalities/:id/challenges/:chid/workshops': 'internal',
    'POST /:lang/municipalities/:id/challenges/:chid/workshops/:wid/signup': 'public',
    'POST /:lang/municipalities/:id/challenges/:chid/workshops/:wid/cancel': 'public',
    'GET /:lang/municipalities/:id/challenges/:chid/workshops/:wid/calendar.ics': 'public',
  },
  notices: {
    challengePosted: 'challenges.done.posted',
    challengeMoved: 'challenges.done.moved',
    challengeJoined: 'challenges.done.joined',
    challengeIdea: 'challenges.done.idea',
    challengeComment: 'challenges.done.comment',
    challengeHidden: 'challenges.done.hidden',
    challengeShortlist: 'challenges.done.shortlist',
    challengeInitiative: 'challenges.done.initiative',
    challengeWorkshop: 'challenges.done.workshop',
    workshopSignedUp: 'challenges.done.signedUp',
    workshopWaiting: 'challenges.done.waiting',
    workshopCancelled: 'challenges.done.cancelled',
  },
};
