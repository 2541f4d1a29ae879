import type { DomainModule } from '../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { tenancyApi } from './tenancy.api.ts';
import { tenancyRoutes } from './tenancy.routes.tsx';

/** Municipalities, counties and departments. */
export const tenancyModule: DomainModule = {
  id: 'tenancy',
  messages: { en, sv, nb },
  routes: tenancyRoutes,
  api: tenancyApi,
  navigation: {
    municipality: [{ path: '', label: 'tenancy.nav.overview', section: 'overview', order: 0 }],
    network: [{ path: 'municipalities', label: 'tenancy.nav.municipalities', order: 0 }],
  },
  routeClasses: {
    'GET /:lang/municipalities': 'public',
    'GET /:lang/municipalities/:id': 'public',
    'POST /:lang/municipalities/:id/departments': 'internal',
    'GET /api/v1/municipalities': 'public',
    'GET /api/v1/municipalities/:id': 'public',
    'GET /api/v1/municipalities/:id/departments': 'public',
    'GET /api/v1/counties': 'public',
  },
};
