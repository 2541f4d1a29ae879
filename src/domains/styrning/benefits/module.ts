import type { DomainModule } from '../../../web/module.ts';
import { benefitsApi } from './benefits.api.ts';
import { benefitsLinks } from './benefits.links.ts';
import { benefitsRoutes } from './benefits.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';

/** Benefits of initiatives, their measurements, the benefit calculus and the scale gate. */
export const benefitsModule: DomainModule = {
  id: 'benefits',
  pillar: 'styrning',
  messages: { en, sv, nb },
  routes: benefitsRoutes,
  api: benefitsApi,
  links: benefitsLinks,
  routeClasses: {
    'GET /:lang/municipalities/:id/initiatives/:iid/benefits': 'public',
    'GET /:lang/municipalities/:id/initiatives/:iid/benefits/new': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/benefits': 'internal',
    'GET /:lang/municipalities/:id/initiatives/:iid/benefits/:bid': 'public',
    'GET /:lang/municipalities/:id/initiatives/:iid/benefits/:bid/edit': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/benefits/:bid': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/benefits/:bid/measurements': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/scale': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/gate-override': 'internal',
    'GET /:lang/municipalities/:id/initiatives/:iid/calculus': 'public',
    'GET /api/v1/municipalities/:id/initiatives/:iid/calculus': 'public',
    'GET /api/v1/municipalities/:id/benefits': 'public',
    'GET /api/v1/municipalities/:id/benefits.csv': 'public',
    'GET /api/v1/municipalities/:id/measurements.csv': 'public',
  },
  notices: {
    benefitAdded: 'benefits.added',
    benefitSaved: 'benefits.saved',
    benefitMeasured: 'benefits.measured',
    initiativeScaled: 'benefits.scaled',
    gateOverridden: 'benefits.overridden',
  },
};
