import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { pageContext } from '../../web/page-context.ts';
import { sendPage } from '../../web/render.ts';
import { canSeeSteering } from '../portfolio/portfolio.policy.ts';
import { steeringSettingsOf } from '../portfolio/portfolio.queries.ts';
import { authorizedMunicipality } from '../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../tenancy/tenancy.queries.ts';
import { loadDashboard } from './dashboard.ts';
import { departmentOf, departmentsOf } from './dashboards.queries.ts';
import { DashboardPage } from './views/dashboard-page.tsx';

async function render(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  department: { id: string; name: string } | undefined,
) {
  const { db } = c.get('ctx');
  const settings = await steeringSettingsOf(db, m, {});
  const [data, departments] = await Promise.all([
    loadDashboard(
      db,
      { municipalityId: m.id, departmentId: department?.id },
      settings.discountRate,
    ),
    department ? Promise.resolve([]) : departmentsOf(db, m.id),
  ]);
  return sendPage(
    c,
    <DashboardPage
      {...pageContext(c)}
      municipality={m}
      department={department}
      departments={departments}
      data={data}
      currency={settings.currency}
      discountRate={settings.discountRate}
    />,
  );
}

/**
 * The leadership dashboard and the department dashboards. Internal steering data: the
 * municipality's staff, managers, politicians and admins see them (`canSeeSteering`).
 */
export function dashboardsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/dashboard', async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    if (m instanceof Response) return m;
    return render(c, m, undefined);
  });

  app.get('/municipalities/:id/departments/:did/dashboard', async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    if (m instanceof Response) return m;
    const department = await departmentOf(c.get('ctx').db, m.id, c.req.param('did'));
    if (!department) return errorResponse(c, 'notFound');
    return render(c, m, department);
  });

  return app;
}
