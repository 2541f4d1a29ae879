import { type Context, Hono } from 'hono';
import { TtlCache } from '../../../lib/ttl-cache.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { canSeeSteering } from '../steering/steering.policy.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { loadDashboard } from './dashboard.ts';
import { departmentOf, departmentsOf } from './dashboards.queries.ts';
import { DashboardBody, DashboardPage, dashboardTitle } from './views/dashboard-page.tsx';

/** How long a rendered dashboard is reused: a few seconds of staleness at most. */
const DASHBOARD_TTL_MS = 5_000;

type Rendered = { title: string; body: string };

async function renderBody(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  departmentId: string | undefined,
): Promise<Rendered | undefined> {
  const { db, now } = c.get('ctx');
  const t = c.get('t');
  const today = t.day(now());
  const department = departmentId ? await departmentOf(db, m.id, departmentId) : undefined;
  if (departmentId && !department) return undefined;
  const settings = await steeringSettingsOf(db, m, {});
  const [data, departments] = await Promise.all([
    loadDashboard(db, { municipalityId: m.id, departmentId }, settings.discountRate, today),
    department ? Promise.resolve([]) : departmentsOf(db, m.id),
  ]);
  const body = await (
    <DashboardBody
      t={t}
      municipality={m}
      department={department}
      departments={departments}
      data={data}
      currency={settings.currency}
      discountRate={settings.discountRate}
      today={today}
    />
  ).toString();
  return { title: dashboardTitle(t, m, department), body };
}

/**
 * The leadership dashboard and the department dashboards. Internal steering data: the
 * municipality's staff, managers, politicians and admins see them (`canSeeSteering`), all the same
 * numbers, so the rendered body is kept for DASHBOARD_TTL_MS per municipality, department and
 * language at the one visibility level that may see it ("internal") — never per user.
 */
export function dashboardsRoutes() {
  const app = new Hono<AppEnv>();
  // At most 500 renderings (municipalities × departments × languages), oldest dropped first;
  // concurrent misses share one rendering. A department that is not found is kept too (as such).
  const cache = new TtlCache<Rendered | undefined>(DASHBOARD_TTL_MS, 500);

  const show = async (c: Context<AppEnv>, ofDepartment: boolean) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    const departmentId = ofDepartment ? uuidParam(c, 'did') : undefined;
    const key = `${m.id}|${departmentId ?? ''}|${c.get('lang')}|internal`;
    const rendered = await cache.get(key, () => renderBody(c, m, departmentId));
    if (!rendered) return errorResponse(c, 'notFound');
    return sendPage(
      c,
      <DashboardPage
        {...pageContext(c)}
        title={rendered.title}
        municipality={m}
        body={rendered.body}
      />,
    );
  };

  app.get('/municipalities/:id/dashboard', (c) => show(c, false));
  app.get('/municipalities/:id/departments/:did/dashboard', (c) => show(c, true));
  return app;
}
