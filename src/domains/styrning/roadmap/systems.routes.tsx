import { type Context, Hono } from 'hono';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { sendPage } from '../../../web/render.ts';
import { canManageDepartment, isAdminOf } from '../../identity/identity.policy.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { canConfigureSteering, canSeeSteering } from '../steering/steering.policy.ts';
import { catalogueRoutes } from './catalogue.routes.tsx';
import { usageInput } from './commands/inputs.ts';
import { setSystemUsage } from './commands/set-usage.ts';
import { keptSystemsMap } from './systems.load.ts';
import { SystemsPage } from './views/systems-page.tsx';

/** Managers (for their own department) and admins mark which departments use which system. */
const canMarkUsage = (actor: Actor, municipalityId: string) =>
  isAdminOf(actor, municipalityId) || rolesIn(actor, municipalityId).has('manager');

/** Systems listed on one page (in the usage table and the catalogue), as many as initiatives. */
const SYSTEMS_PER_PAGE = 25;

async function render(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  asked: number,
  formError?: MessageKey,
) {
  const actor = c.get('actor');
  const data = await keptSystemsMap(readModelsOf(c), m.id);
  // Only the lists of systems are paged. The matrix, overlaps and silos stay whole: each is read
  // across every system and department, and a page of them would hide a silo or an overlap.
  return sendPage(
    c,
    <SystemsPage
      {...pageContext(c)}
      municipality={m}
      data={data}
      shown={pageOf(data.systems, asked, SYSTEMS_PER_PAGE)}
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
    return render(c, m, askedPage(c.req.query('page')));
  });

  app.post('/municipalities/:id/system-usage', async (c) => {
    const m = await authorizedMunicipality(c, canMarkUsage);
    const form = await readForm(c);
    // The page of systems the toggle was on, so the manager comes back to it.
    const asked = askedPage(form.page);
    const parsed = validateForm(usageInput, form);
    if (!parsed.ok) return render(c, m, asked, 'roadmap.systems.error.usage');
    const result = await setSystemUsage(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (result.ok) {
      // A page past the last (the form's field is only a number) is clamped by the page itself.
      const page = asked > 1 ? `page=${asked}&` : '';
      return c.redirect(
        `/${c.get('lang')}/municipalities/${m.id}/systems?${page}done=systemsUsageSaved`,
        303,
      );
    }
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    return render(c, m, asked, 'roadmap.systems.error.usage');
  });

  app.route('/', catalogueRoutes());
  return app;
}
