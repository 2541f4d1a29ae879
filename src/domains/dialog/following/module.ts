import type { DomainModule } from '../../../web/module.ts';
import { followingRoutes } from './following.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { followingPersonalData } from './personal-data.ts';

/**
 * Following matters: a signed-in person follows a matter (taking part in its dialogue with an
 * account counts as following) and is mailed when the dialogue closes, when the decision is made
 * and when feedback is published: at once, or in a daily or weekly digest. Every mail can be
 * stopped with one click. The notice worker (notice-worker.ts) writes and mails the news.
 */
export const followingModule: DomainModule = {
  id: 'following',
  pillar: 'dialog',
  messages: { en, sv, nb },
  routes: followingRoutes,
  personalData: followingPersonalData,
  navigation: {
    network: [
      {
        path: 'notifications',
        label: 'following.settings.title',
        order: 55,
        visible: (actor) => actor.kind === 'user',
      },
    ],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/matters/:mid/follow': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/follow': 'public',
    'GET /:lang/notifications': 'public',
    'POST /:lang/notifications': 'public',
    'GET /:lang/unsubscribe/:token': 'public',
    'POST /:lang/unsubscribe/:token': 'public',
  },
  selfAuthorisingPaths: [/^\/(?:sv|nb|en)\/unsubscribe\/[^/]+$/],
  notices: {
    followed: 'following.done.followed',
    stopped: 'following.done.stopped',
    saved: 'following.done.saved',
  },
};
