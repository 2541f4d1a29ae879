import type { DomainModule } from '../../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { spreadPersonalData } from './personal-data.ts';
import { spreadRoutes } from './spread.routes.tsx';

/**
 * The spread of shared cases per county, for the arena where county representatives meet: which
 * cases spread, to how many municipalities, and in how many of each county's.
 */
export const spreadModule: DomainModule = {
  id: 'spread',
  pillar: 'delning',
  messages: { en, sv, nb },
  routes: spreadRoutes,
  personalData: spreadPersonalData,
  navigation: {
    network: [{ path: 'network/spread', label: 'spread.nav', order: 20 }],
  },
  routeClasses: {
    'GET /:lang/network/spread': 'public',
    'GET /:lang/network/spread/:countyId': 'public',
    // Coordinators' own work across municipalities; the commands check the coordinator role.
    'POST /:lang/network/spread/shortlist': 'internal',
    'POST /:lang/network/spread/shortlist/:recId/remove': 'internal',
    'POST /:lang/network/spread/:countyId/recommendations': 'internal',
    'POST /:lang/network/spread/:countyId/recommendations/:recId/remove': 'internal',
  },
  notices: {
    caseRecommended: 'spread.done.recommended',
    recommendationRemoved: 'spread.done.removed',
  },
};
