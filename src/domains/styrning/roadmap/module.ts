import type { DomainModule } from '../../../web/module.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { roadmapApi } from './roadmap.api.ts';
import { roadmapRoutes } from './roadmap.routes.tsx';

/** The roadmap over time, and the map of capabilities, systems and silos. */
export const roadmapModule: DomainModule = {
  id: 'roadmap',
  pillar: 'styrning',
  messages: { en, sv, nb },
  routes: roadmapRoutes,
  api: roadmapApi,
  navigation: {
    municipality: [
      { path: 'roadmap', label: 'steering.roadmap', section: 'styrning', order: 40 },
      {
        path: 'systems',
        label: 'steering.systems',
        section: 'styrning',
        order: 70,
        visible: canSeeSteering,
      },
    ],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/roadmap': 'public',
    'GET /:lang/municipalities/:id/systems': 'internal',
    'GET /:lang/municipalities/:id/systems/catalogue': 'internal',
    'POST /:lang/municipalities/:id/capabilities': 'internal',
    'POST /:lang/municipalities/:id/capabilities/:capabilityId': 'internal',
    'POST /:lang/municipalities/:id/systems': 'internal',
    'POST /:lang/municipalities/:id/systems/:systemId': 'internal',
    'POST /:lang/municipalities/:id/capabilities/:capabilityId/delete': 'internal',
    'POST /:lang/municipalities/:id/systems/:systemId/delete': 'internal',
    'POST /:lang/municipalities/:id/system-usage': 'internal',
    'GET /api/v1/municipalities/:id/roadmap': 'public',
    'GET /api/v1/municipalities/:id/systems-map': 'internal',
    'GET /api/v1/municipalities/:id/systems': 'internal',
  },
  notices: {
    systemsCapabilityAdded: 'roadmap.systems.capabilityAdded',
    systemsCapabilitySaved: 'roadmap.systems.capabilitySaved',
    systemsSystemAdded: 'roadmap.systems.systemAdded',
    systemsSystemSaved: 'roadmap.systems.systemSaved',
    systemsUsageSaved: 'roadmap.systems.usageSaved',
    systemsCapabilityRemoved: 'roadmap.systems.capabilityRemoved',
    systemsSystemRemoved: 'roadmap.systems.systemRemoved',
  },
};
