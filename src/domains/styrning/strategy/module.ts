import type { DomainModule } from '../../../web/module.ts';
import { goalSearch } from './goal-search.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { strategyStartPage } from './start-page.tsx';
import { strategyApi } from './strategy.api.ts';
import { strategyLinks } from './strategy.links.ts';
import { strategyRoutes } from './strategy.routes.tsx';

/** The future story, strategic and department goals, indicators and their measurements. */
export const strategyModule: DomainModule = {
  id: 'strategy',
  pillar: 'styrning',
  messages: { en, sv, nb },
  routes: strategyRoutes,
  api: strategyApi,
  search: goalSearch,
  navigation: {
    municipality: [
      { path: 'future-story', label: 'steering.futureStory', section: 'styrning', order: 10 },
      { path: 'goals', label: 'steering.goals', section: 'styrning', order: 20 },
    ],
  },
  links: strategyLinks,
  routeClasses: {
    'GET /:lang/municipalities/:id/future-story': 'public',
    'GET /:lang/municipalities/:id/future-story/versions': 'public',
    'POST /:lang/municipalities/:id/future-story/versions': 'internal',
    'GET /:lang/municipalities/:id/future-story/versions/:versionId': 'public',
    'POST /:lang/municipalities/:id/future-story/versions/:versionId': 'internal',
    'POST /:lang/municipalities/:id/future-story/versions/:versionId/adopt': 'internal',
    'GET /:lang/municipalities/:id/goals': 'public',
    'POST /:lang/municipalities/:id/goals': 'internal',
    'POST /:lang/municipalities/:id/goals/adopt': 'internal',
    'GET /:lang/municipalities/:id/goals/:goalId': 'public',
    'POST /:lang/municipalities/:id/goals/:goalId': 'internal',
    'POST /:lang/municipalities/:id/goals/:goalId/indicators': 'internal',
    'POST /:lang/municipalities/:id/goals/:goalId/measurements': 'internal',
    'GET /api/v1/municipalities/:id/future-story': 'public',
    'GET /api/v1/municipalities/:id/goals': 'public',
  },
  startPage: strategyStartPage,
  notices: {
    storyDraftCreated: 'strategy.version.created',
    storyDraftSaved: 'strategy.version.saved',
    storyAdopted: 'strategy.version.adopted',
    goalCreated: 'strategy.goals.created',
    goalSaved: 'strategy.goal.saved',
    goalsAdopted: 'strategy.goals.adopted',
    indicatorCreated: 'strategy.indicator.created',
    measurementRecorded: 'strategy.measurement.recorded',
  },
};
