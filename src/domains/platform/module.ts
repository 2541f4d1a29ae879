import type { DomainModule } from '../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { pageRoutes } from './pages.routes.tsx';

/** The platform: the home page, the accessibility statement, operations and assets. */
export const platformModule: DomainModule = {
  id: 'platform',
  messages: { en, sv, nb },
  routes: pageRoutes,
  routeClasses: {
    'GET /:lang': 'public',
    'GET /:lang/accessibility': 'public',
    'GET /healthz': 'public',
    'GET /readyz': 'public',
    'GET /metrics': 'public',
    'GET /': 'public',
    'GET /assets/:name': 'public',
  },
};
