import type { DomainModule } from '../../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { initiativeSearch } from './initiative-search.ts';
import { portfolioApi } from './portfolio.api.ts';
import { portfolioRoutes } from './portfolio.routes.tsx';
import { portfolioStartPage } from './start-page.tsx';

/** Initiatives from idea to operation, and the department plans. */
export const portfolioModule: DomainModule = {
  id: 'portfolio',
  pillar: 'styrning',
  messages: { en, sv, nb },
  routes: portfolioRoutes,
  api: portfolioApi,
  search: initiativeSearch,
  navigation: {
    municipality: [
      { path: 'initiatives', label: 'steering.initiatives', section: 'styrning', order: 30 },
    ],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/initiatives': 'public',
    'GET /:lang/municipalities/:id/initiatives/new': 'internal',
    'POST /:lang/municipalities/:id/initiatives/new': 'internal',
    'GET /:lang/municipalities/:id/initiatives/:iid': 'public',
    'POST /:lang/municipalities/:id/initiatives/:iid/stage': 'internal',
    'GET /:lang/municipalities/:id/initiatives/:iid/edit': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/basics': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/costs': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/risks': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/participants': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/assessment': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/goals': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/systems': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/competences': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/dependencies': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/costs/:year/remove': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/risks/:rid/remove': 'internal',
    'GET /:lang/municipalities/:id/departments/:did': 'public',
    'GET /api/v1/municipalities/:id/initiatives': 'public',
    'GET /api/v1/municipalities/:id/initiatives.csv': 'public',
    'GET /api/v1/municipalities/:id/initiatives/:iid': 'public',
  },
  startPage: portfolioStartPage,
  notices: {
    initiativeProposed: 'portfolio.initiative.done.proposed',
    initiativeSaved: 'portfolio.initiative.done.saved',
    initiativeStage: 'portfolio.initiative.done.stage',
  },
};
