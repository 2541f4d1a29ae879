import type { DomainModule } from '../../web/module.ts';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { searchRoutes } from './search.routes.tsx';

/**
 * The municipality search: one page that asks every domain's search provider (registered by the
 * composition from each module's `search`, see web/search.ts) and merges what they find.
 */
export const searchModule: DomainModule = {
  id: 'search',
  messages: { en, sv, nb },
  routes: searchRoutes,
  navigation: {
    municipality: [{ path: 'search', label: 'search.nav', section: 'overview', order: 5 }],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/search': 'public',
  },
};
