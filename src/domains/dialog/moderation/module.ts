import type { DomainModule } from '../../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { canModerate } from './moderation.policy.ts';
import { moderationRoutes } from './moderation.routes.tsx';

/**
 * Moderation of the dialogues: the queue of statements waiting to be shown and comments users
 * flagged, acts in bulk with a reason, their record, and the public policy moderators follow.
 */
export const moderationModule: DomainModule = {
  id: 'moderation',
  pillar: 'dialog',
  messages: { en, sv, nb },
  routes: moderationRoutes,
  navigation: {
    municipality: [
      {
        path: 'moderation',
        label: 'moderation.nav',
        section: 'dialog',
        order: 20,
        visible: canModerate,
      },
    ],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/moderation': 'internal',
    'POST /:lang/municipalities/:id/moderation': 'internal',
    'GET /:lang/municipalities/:id/moderation/acts.csv': 'internal',
    'GET /:lang/municipalities/:id/moderation-policy': 'public',
  },
  notices: { moderated: 'moderation.done' },
};
