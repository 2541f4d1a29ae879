import type { DomainModule } from '../../../web/module.ts';
import { catalogueApi } from './catalogue.api.ts';
import { catalogueRoutes } from './catalogue.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';

/**
 * The case catalogue as open data: every published case as CSV, new and updated cases as an
 * Atom feed, and the catalogue described in DCAT-AP for national data portals to harvest; and
 * the software of a case that links source code, as its `publiccode.yml` describes it.
 */
export const catalogueModule: DomainModule = {
  id: 'catalogue',
  pillar: 'delning',
  messages: { en, sv, nb },
  routes: catalogueRoutes,
  api: catalogueApi,
  routeClasses: {
    'GET /:lang/cases.atom': 'public',
    'GET /api/v1/cases.csv': 'public',
    'GET /api/v1/catalogue.jsonld': 'public',
    'GET /:lang/municipalities/:id/initiatives/:iid/case/software': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/case/software': 'internal',
  },
  notices: { publiccodeSaved: 'catalogue.done.publiccodeSaved' },
};
