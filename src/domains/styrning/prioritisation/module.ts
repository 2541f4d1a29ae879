import type { DomainModule } from '../../../web/module.ts';
import { seedDemoScenarios } from '../demo/scenarios.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { prioritisationApi } from './prioritisation.api.ts';
import { prioritisationLinks } from './prioritisation.links.ts';
import { prioritisationRoutes } from './prioritisation.routes.tsx';

/** Which initiatives to fund: criteria, scenarios chosen exactly, comparison and adoption. */
export const prioritisationModule: DomainModule = {
  id: 'prioritisation',
  pillar: 'styrning',
  messages: { en, sv, nb },
  routes: prioritisationRoutes,
  api: prioritisationApi,
  // After the steering demo (the modules run in order): scenarios over its portfolio.
  seedDemo: seedDemoScenarios,
  navigation: {
    municipality: [
      {
        path: 'prioritisation',
        label: 'steering.prioritisation',
        section: 'styrning',
        order: 60,
        visible: canSeeSteering,
      },
    ],
  },
  links: prioritisationLinks,
  routeClasses: {
    'GET /:lang/municipalities/:id/prioritisation/settings': 'internal',
    'POST /:lang/municipalities/:id/prioritisation/settings': 'internal',
    'GET /:lang/municipalities/:id/prioritisation': 'internal',
    'POST /:lang/municipalities/:id/prioritisation/scenarios': 'internal',
    'GET /:lang/municipalities/:id/prioritisation/scenarios/:sid': 'internal',
    'GET /:lang/municipalities/:id/prioritisation/scenarios/:sid/sensitivity': 'internal',
    'GET /:lang/municipalities/:id/prioritisation/compare': 'internal',
    'POST /:lang/municipalities/:id/prioritisation/scenarios/:sid/adopt': 'internal',
    'POST /api/v1/municipalities/:id/portfolio/select': 'internal',
  },
  notices: {
    prioritisationSettings: 'prioritisation.settingsSaved',
    scenarioRun: 'prioritisation.scenarioRun',
    scenarioAdopted: 'prioritisation.scenarioAdopted',
  },
};
