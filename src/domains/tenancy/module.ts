import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import type { DomainModule } from '../../web/module.ts';
import { isAdminOf } from '../identity/identity.policy.ts';
import { brandingAssetRoutes, brandingRoutes } from './branding.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { tenancyApi } from './tenancy.api.ts';
import { tenancyRoutes } from './tenancy.routes.tsx';

function pages() {
  const app = new Hono<AppEnv>();
  app.route('/', tenancyRoutes());
  app.route('/', brandingRoutes());
  return app;
}

/** Municipalities, counties and departments, and each municipality's own logo and colour. */
export const tenancyModule: DomainModule = {
  id: 'tenancy',
  messages: { en, sv, nb },
  routes: pages,
  rootRoutes: brandingAssetRoutes,
  api: tenancyApi,
  navigation: {
    municipality: [
      { path: '', label: 'tenancy.nav.overview', section: 'overview', order: 0 },
      {
        path: 'admin/branding',
        label: 'tenancy.nav.branding',
        section: 'admin',
        order: 30,
        visible: isAdminOf,
      },
    ],
    network: [{ path: 'municipalities', label: 'tenancy.nav.municipalities', order: 0 }],
  },
  routeClasses: {
    'GET /:lang/municipalities': 'public',
    'GET /:lang/municipalities/:id': 'public',
    'POST /:lang/municipalities/:id/departments': 'internal',
    'GET /:lang/municipalities/:id/admin/branding': 'internal',
    'POST /:lang/municipalities/:id/admin/branding': 'internal',
    'GET /branding/:id/:file': 'public',
    'GET /api/v1/municipalities': 'public',
    'GET /api/v1/municipalities/:id': 'public',
    'GET /api/v1/municipalities/:id/departments': 'public',
    'GET /api/v1/counties': 'public',
  },
  notices: {
    departmentAdded: 'tenancy.municipality.departmentAdded',
    brandingSaved: 'tenancy.branding.saved',
  },
};
