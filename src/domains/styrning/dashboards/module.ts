import type { DomainModule } from '../../../web/module.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { dashboardsApi } from './dashboards.api.ts';
import { dashboardsRoutes } from './dashboards.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';

/** The leadership and department dashboards. */
export const dashboardsModule: DomainModule = {
  id: 'dashboards',
  pillar: 'styrning',
  messages: { en, sv, nb },
  routes: dashboardsRoutes,
  api: dashboardsApi,
  navigation: {
    municipality: [
      {
        path: 'dashboard',
        label: 'steering.dashboard',
        section: 'styrning',
        order: 50,
        visible: canSeeSteering,
      },
    ],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/dashboard': 'internal',
    'GET /:lang/municipalities/:id/departments/:did/dashboard': 'internal',
    'GET /api/v1/municipalities/:id/dashboard': 'internal',
  },
};
