import { Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { canReadAudit } from '../identity/identity.policy.ts';
import { authorizedMunicipality } from '../tenancy/municipality-param.ts';
import { auditOfMunicipality, oldestAuditOfMunicipality } from './audit.queries.ts';
import { AuditPage } from './views/audit-page.tsx';

// The log grows with every write, so it is paged by entry id (newest first, each page linking to
// the entries before its last) rather than by page number: no count of all and no offset to skip.
const pageSize = 50;

/** The `before` marker: an entry id, whole digits only; anything else is the newest page. */
function askedBefore(raw: string | undefined): number | undefined {
  const n = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : 0;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The audit log page, readable by the municipality's admins. */
export function auditRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/municipalities/:id/admin/audit', async (c) => {
    const municipality = await authorizedMunicipality(c, canReadAudit);
    const { db } = c.get('ctx');
    const before = askedBefore(c.req.query('before'));
    // One more than a page, to know whether there are older entries to link to.
    let found = await auditOfMunicipality(db, municipality.id, { before, limit: pageSize + 1 });
    // A marker at or before the oldest entry: the nearest page is the oldest one.
    if (found.length === 0 && before !== undefined)
      found = await oldestAuditOfMunicipality(db, municipality.id, pageSize);
    const entries = found.slice(0, pageSize);
    const last = entries.at(-1);
    const olderHref =
      found.length > pageSize && last
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
