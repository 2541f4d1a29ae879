import { type Context, Hono } from 'hono';
import { type Actor, rolesIn } from '../../../vocabulary/actor.ts';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { type NoticeCode, noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { canManageDepartment, isAdminOf } from '../../identity/identity.policy.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { canConfigureSteering, canSeeSteering } from '../steering/steering.policy.ts';
import { capabilityInput, systemInput, usageInput } from './commands/inputs.ts';
import { removeCapability, removeSystem } from './commands/remove-entry.ts';
import { saveCapability } from './commands/save-capability.ts';
import { saveSystem } from './commands/save-system.ts';
import { setSystemUsage } from './commands/set-usage.ts';
import { loadSystemsMap } from './systems.load.ts';
import type { FailedForm } from './views/inline-fields.tsx';
import { SystemsPage } from './views/systems-page.tsx';

/** Managers (for their own department) and admins mark which departments use which system. */
const canMarkUsage = (actor: Actor, municipalityId: string) =>
  isAdminOf(actor, municipalityId) || rolesIn(actor, municipalityId).has('manager');

async function render(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  problem: { failed?: FailedForm; formError?: MessageKey } = {},
) {
  const actor = c.get('actor');
  const data = await loadSystemsMap(c.get('ctx').db, m.id);
  const failed = problem.failed || problem.formError;
  return sendPage(
    c,
    <SystemsPage
      {...pageContext(c)}
      municipality={m}
      data={data}
      canConfigure={canConfigureSteering(actor, m.id)}
      canManage={(departmentId) => canManageDepartment(actor, m.id, departmentId)}
      failed={problem.failed}
      formError={problem.formError}
      notice={failed ? undefined : noticeKey(c.req.query('done'))}
    />,
    failed ? 422 : 200,
  );
}

const done = (c: Context<AppEnv>, m: MunicipalityRow, code: NoticeCode) =>
  c.redirect(`/${c.get('lang')}/municipalities/${m.id}/systems?done=${code}`, 303);

/** The systems map (staff and up) and its catalogue (admins) and usage (managers, admins). */
export function systemsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/systems', async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    return render(c, m);
  });

  const capability = async (c: Context<AppEnv>, capabilityId?: string) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const prefix = capabilityId === undefined ? 'cap-new' : `cap-${capabilityId}`;
    const parsed = validateForm(capabilityInput, await readForm(c));
    if (!parsed.ok) return render(c, m, { failed: { prefix, ...parsed.form } });
    const result = await saveCapability(
      c.get('ctx'),
      c.get('actor'),
      m.id,
      parsed.data,
      capabilityId,
    );
    if (result.ok)
      return done(c, m, capabilityId ? 'systemsCapabilitySaved' : 'systemsCapabilityAdded');
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    if (result.reason === 'not-found') return errorResponse(c, 'notFound');
    return render(c, m, { failed: { prefix, values: parsed.data, errors: result.fields ?? {} } });
  };
  app.post('/municipalities/:id/capabilities', (c) => capability(c));
  app.post('/municipalities/:id/capabilities/:capabilityId', (c) =>
    capability(c, c.req.param('capabilityId')),
  );

  const system = async (c: Context<AppEnv>, systemId?: string) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const prefix = systemId === undefined ? 'sys-new' : `sys-${systemId}`;
    const values = await readForm(c);
    const parsed = validateForm(systemInput, values);
    if (!parsed.ok) return render(c, m, { failed: { prefix, ...parsed.form } });
    const result = await saveSystem(c.get('ctx'), c.get('actor'), m.id, parsed.data, systemId);
    if (result.ok) return done(c, m, systemId ? 'systemsSystemSaved' : 'systemsSystemAdded');
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    if (result.reason === 'not-found') return errorResponse(c, 'notFound');
    return render(c, m, { failed: { prefix, values: parsed.data, errors: result.fields ?? {} } });
  };
  app.post('/municipalities/:id/systems', (c) => system(c));
  app.post('/municipalities/:id/systems/:systemId', (c) => system(c, c.req.param('systemId')));

  const remove = async (c: Context<AppEnv>, kind: 'capability' | 'system', id: string) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const run = kind === 'capability' ? removeCapability : removeSystem;
    const result = await run(c.get('ctx'), c.get('actor'), m.id, id);
    if (result.ok) {
      return done(
        c,
        m,
        kind === 'capability' ? 'systemsCapabilityRemoved' : 'systemsSystemRemoved',
      );
    }
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    if (result.reason === 'not-found') return errorResponse(c, 'notFound');
    return render(c, m, {
      formError:
        kind === 'capability'
          ? 'roadmap.systems.error.capabilityInUse'
          : 'roadmap.systems.error.systemInUse',
    });
  };
  app.post('/municipalities/:id/capabilities/:capabilityId/delete', (c) =>
    remove(c, 'capability', c.req.param('capabilityId')),
  );
  app.post('/municipalities/:id/systems/:systemId/delete', (c) =>
    remove(c, 'system', c.req.param('systemId')),
  );

  app.post('/municipalities/:id/system-usage', async (c) => {
    const m = await authorizedMunicipality(c, canMarkUsage);
    const parsed = validateForm(usageInput, await readForm(c));
    if (!parsed.ok) return render(c, m, { formError: 'roadmap.systems.error.usage' });
    const result = await setSystemUsage(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (result.ok) return done(c, m, 'systemsUsageSaved');
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    return render(c, m, { formError: 'roadmap.systems.error.usage' });
  });

  return app;
}
