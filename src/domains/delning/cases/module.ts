import type { DomainModule } from '../../../web/module.ts';
import { casesApi } from './cases.api.ts';
import { casesMentions } from './cases.mentions.ts';
import { casesRoutes } from './cases.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { casesPersonalData } from './personal-data.ts';

/**
 * Shared cases: a municipality publishes one of its public initiatives to the network with what
 * others need to reuse it; every municipality finds it by searching in Swedish or Norwegian,
 * adopts it into its own portfolio, and the case shows what the adopters realise.
 */
export const casesModule: DomainModule = {
  id: 'cases',
  pillar: 'delning',
  messages: { en, sv, nb },
  routes: casesRoutes,
  api: casesApi,
  mentions: casesMentions,
  personalData: casesPersonalData,
  navigation: {
    municipality: [
      { path: 'cases', label: 'cases.municipalityNav', section: 'delning', order: 10 },
    ],
    network: [{ path: 'cases', label: 'cases.nav', order: 10 }],
  },
  routeClasses: {
    'GET /:lang/cases': 'public',
    'GET /:lang/cases/:caseId': 'public',
    'GET /:lang/municipalities/:id/cases': 'public',
    'GET /:lang/municipalities/:id/initiatives/:iid/case': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/case': 'internal',
    'POST /:lang/municipalities/:id/initiatives/:iid/case/withdraw': 'internal',
    'POST /:lang/municipalities/:id/adoptions': 'internal',
    'GET /api/v1/cases': 'public',
    'GET /api/v1/cases/:caseId': 'public',
  },
  notices: {
    casePublished: 'cases.done.published',
    caseUpdated: 'cases.done.updated',
    caseWithdrawn: 'cases.done.withdrawn',
    caseAdopted: 'cases.done.adopted',
  },
};
