import type { DomainModule } from '../../web/module.ts';
import { canReadAudit } from '../identity/identity.policy.ts';
import { auditApi } from './audit.api.ts';
import { auditRoutes } from './audit.routes.tsx';
import { en } from './i18n/en.ts';
import { nb } from './i18n/nb.ts';
import { sv } from './i18n/sv.ts';
import { auditPersonalData } from './personal-data.ts';

/** The append-only audit log of every write. */
export const auditModule: DomainModule = {
  id: 'audit',
  messages: { en, sv, nb },
  routes: auditRoutes,
  api: auditApi,
  personalData: auditPersonalData,
  navigation: {
    municipality: [
      {
        path: 'admin/audit',
        label: 'audit.nav',
        section: 'admin',
        order: 30,
        visible: canReadAudit,
      },
    ],
  },
  routeClasses: {
    'GET /:lang/municipalities/:id/admin/audit': 'internal',
    'GET /api/v1/municipalities/:id/audit': 'internal',
  },
};
