import type { DomainModule } from '../../web/module.ts';
import { decisionKeyRoutes } from './anchor.routes.tsx';
import { decisionSearch } from './decision-search.ts';
import { decisionsApi } from './decisions.api.ts';
import { decisionRoutes } from './decisions.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { decisionsStartPage } from './start-page.tsx';

/**
 * Decision-making bodies and their hash-chained decisions, anchored outside: the chain's head on
 * the page, in the API and in an Atom feed, signed checkpoints, and the signing key's public half
 * at a well-known address.
 */
export const decisionsModule: DomainModule = {
  id: 'decisions',
  messages: { en, sv, nb },
  routes: decisionRoutes,
  rootRoutes: decisionKeyRoutes,
  api: decisionsApi,
  search: decisionSearch,
  navigation: {
    municipality: [{ path: 'decisions', label: 'decisions.nav', section: 'overview', order: 90 }],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/decisions': 'public',
    'GET /:lang/municipalities/:id/decisions/verify': 'public',
    'GET /:lang/municipalities/:id/decisions.atom': 'public',
    'POST /:lang/municipalities/:id/decisions': 'internal',
    'POST /:lang/municipalities/:id/decision-bodies': 'internal',
    'GET /api/v1/municipalities/:id/decisions': 'public',
    'GET /api/v1/municipalities/:id/decisions/verify': 'public',
    'GET /api/v1/municipalities/:id/decisions/checkpoints': 'public',
    'GET /.well-known/samskap-decision-key': 'public',
  },
  startPage: decisionsStartPage,
  notices: {
    decisionRecorded: 'decisions.recorded',
    bodyAdded: 'decisions.bodyAdded',
  },
};
