import type { DomainModule } from '../../../web/module.ts';
import { deleteExpiredBackgrounds } from './background.queries.ts';
import { seedDemoDialogues } from './demo.ts';
import { dialoguesApi } from './dialogues.api.ts';
import { dialogueLinks } from './dialogues.links.ts';
import { dialogueRoutes } from './dialogues.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { dialoguesPersonalData } from './personal-data.ts';
import { dialoguesStartPage } from './start-page.tsx';

/**
 * Matters before the municipality's bodies and the dialogue on each: residents vote on
 * statements and add their own before the decision; recording the decision closes it. Each
 * dialogue's statements and votes are open data in Polis's format.
 */
export const dialoguesModule: DomainModule = {
  id: 'dialogues',
  pillar: 'dialog',
  messages: { en, sv, nb },
  routes: dialogueRoutes,
  api: dialoguesApi,
  links: dialogueLinks,
  seedDemo: seedDemoDialogues,
  purge: async (db, now) => {
    await deleteExpiredBackgrounds(db, now);
  },
  startPage: dialoguesStartPage,
  personalData: dialoguesPersonalData,
  navigation: {
    municipality: [{ path: 'matters', label: 'dialogues.nav', section: 'dialog', order: 10 }],
    network: [
      { path: 'dialogues', label: 'dialogues.network.nav', order: 5 },
      {
        path: 'participation',
        label: 'dialogues.mine.nav',
        order: 50,
        visible: (actor) => actor.kind === 'user',
      },
    ],
  },
  routeClasses: {
    'GET /:lang/dialogues': 'public',
    'GET /:lang/participation': 'public',
    'GET /:lang/municipalities/:id/matters': 'public',
    'GET /:lang/municipalities/:id/matters/new': 'internal',
    'POST /:lang/municipalities/:id/matters/new': 'internal',
    'GET /:lang/municipalities/:id/matters/:mid': 'public',
    'GET /:lang/municipalities/:id/matters/:mid/map': 'public',
    'GET /:lang/municipalities/:id/matters/:mid/report': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/votes': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/background': 'public',
    'GET /:lang/municipalities/:id/matters/settings': 'internal',
    'POST /:lang/municipalities/:id/matters/settings': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/statements': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/comments': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/comments/:cid/flags': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/comments/:cid/remove': 'public',
    'POST /:lang/municipalities/:id/matters/:mid/seed-statements': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/feedback': 'internal',
    'POST /:lang/municipalities/:id/matters/:mid/decision': 'internal',
    'GET /api/v1/municipalities/:id/matters/:mid/open-data/:file': 'public',
    'GET /api/v1/municipalities/:id/matters': 'public',
    'GET /api/v1/municipalities/:id/matters/:mid': 'public',
    'POST /api/v1/municipalities/:id/matters/:mid/votes': 'public',
    'POST /api/v1/municipalities/:id/matters/:mid/statements': 'public',
  },
  notices: {
    voted: 'dialogues.done.voted',
    background: 'dialogues.done.background',
    dialogueSettings: 'dialogues.settings.done',
    statementShown: 'dialogues.done.statementShown',
    statementPending: 'dialogues.done.statementPending',
    seedAdded: 'dialogues.done.seedAdded',
    matterRegistered: 'dialogues.done.registered',
    matterDecided: 'dialogues.done.decided',
    commented: 'dialogues.done.commented',
    flagged: 'dialogues.done.flagged',
    commentRemoved: 'dialogues.done.commentRemoved',
    feedbackPublished: 'dialogues.done.feedbackPublished',
  },
};
