import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { canReadAudit } from '../identity/identity.policy.ts';
import { authorizedMunicipality } from '../tenancy/municipality-param.ts';
import { auditOfMunicipality } from './audit.queries.ts';
import { AuditPage } from './views/audit-page.tsx';

const pageSize = 50;

/** The audit log page, readable by the municipality's admins. */
export function auditRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/municipalities/:id/admin/audit', async (c) => {
    const municipality = await authorizedMunicipality(c, canReadAudit);
    const beforeParam = Number.parseInt(c.req.query('before') ?? '', 10);
    const before = Number.isSafeInteger(beforeParam) && beforeParam > 0 ? beforeParam : undefined;
    const entries = await auditOfMunicipality(c.get('ctx').db, municipality.id, {
      before,
      limit: pageSize,
    });
    const last = entries.at(-1);
    const olderHref =
      entries.length === pageSize && last
        ? `/${c.get('lang')}/municipalities/${municipality.id}/admin/audit?before=${last.id}`
        : undefined;
    return sendPage(
      c,
      <AuditPage
        {...pageContext(c)}
        municipality={municipality}
        entries={entries}
        olderHref={olderHref}
      />,
    );
  });
  return app;
}
