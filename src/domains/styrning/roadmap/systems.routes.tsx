import { type Context, Hono } from 'hono';
import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { canManageDepartment, isAdminOf } from '../../identity/identity.policy.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { canConfigureSteering, canSeeSteering } from '../steering/steering.policy.ts';
import { catalogueRoutes } from './catalogue.routes.tsx';
import { usageInput } from './commands/inputs.ts';
import { setSystemUsage } from './commands/set-usage.ts';
import { loadSystemsMap } from './systems.load.ts';
import { SystemsPage } from './views/systems-page.tsx';

/** Managers (for their own department) and admins mark which departments use which system. */
const canMarkUsage = (actor: Actor, municipalityId: string) =>
  isAdminOf(actor, municipalityId) || rolesIn(actor, municipalityId).has('manager');

async function render(c: Context<AppEnv>, m: MunicipalityRow, formError?: MessageKey) {
  const actor = c.get('actor');
  const data = await loadSystemsMap(c.get('ctx').db, m.id);
  return sendPage(
    c,
    <SystemsPage
      {...pageContext(c)}
      municipality={m}
      data={data}
      canConfigure={canConfigureSteering(actor, m.id)}
      canManage={(departmentId) => canManageDepartment(actor, m.id, departmentId)}
      formError={formError}
      notice={formError ? undefined : noticeKey(c.req.query('done'))}
    />,
    formError ? 422 : 200,
  );
}

/** The systems map (staff and up) with usage (managers, admins), and the catalogue's routes. */
export function systemsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/systems', async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    return render(c, m);
  });

  app.post('/municipalities/:id/system-usage', async (c) => {
    const m = await authorizedMunicipality(c, canMarkUsage);
    const parsed = validateForm(usageInput, await readForm(c));
    if (!parsed.ok) return render(c, m, 'roadmap.systems.error.usage');
    const result = await setSystemUsage(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (result.ok) {
      return c.redirect(
        `/${c.get('lang')}/municipalities/${m.id}/systems?done=systemsUsageSaved`,
        303,
      );
    }
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    return render(c, m, 'roadmap.systems.error.usage');
  });

  app.route('/', catalogueRoutes());
  return app;
}
