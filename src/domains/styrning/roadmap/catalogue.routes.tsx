import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { canConfigureSteering } from '../steering/steering.policy.ts';
import { loadCatalogue } from './catalogue.load.ts';
import { capabilityInput, systemInput } from './commands/inputs.ts';
import { removeCapability, removeSystem } from './commands/remove-entry.ts';
import { saveCapability } from './commands/save-capability.ts';
import { saveSystem } from './commands/save-system.ts';
import { CataloguePage } from './views/catalogue-page.tsx';
import { ConfirmRemovePage } from './views/catalogue-remove.tsx';
import type { FailedForm } from './views/inline-fields.tsx';

type C = Context<AppEnv>;

async function render(
  c: C,
  m: MunicipalityRow,
  problem: { failed?: FailedForm; formError?: MessageKey } = {},
) {
  const data = await loadCatalogue(c.get('ctx').db, m.id);
  const failed = problem.failed || problem.formError;
  return sendPage(
    c,
    <CataloguePage
      {...pageContext(c)}
      municipality={m}
      data={data}
      failed={problem.failed}
      formError={problem.formError}
      notice={failed ? undefined : noticeKey(c.req.query('done'))}
    />,
    failed ? 422 : 200,
  );
}

const done = (c: C, m: MunicipalityRow, code: string) =>
  c.redirect(`/${c.get('lang')}/municipalities/${m.id}/systems/catalogue?done=${code}`, 303);

/**
 * The catalogue of capabilities and systems (admins): its page, and adding, changing and
 * removing entries. A removal only happens on a form that says `confirm=yes`; without it the
 * answer is the confirmation page, which names what would be removed and what depends on it.
 */
export function catalogueRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/systems/catalogue', async (c) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    return render(c, m);
  });

  const capability = async (c: C, existing = false) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const capabilityId = existing ? uuidParam(c, 'capabilityId') : undefined;
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
  app.post('/municipalities/:id/capabilities/:capabilityId', (c) => capability(c, true));

  const system = async (c: C, existing = false) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const systemId = existing ? uuidParam(c, 'systemId') : undefined;
    const prefix = systemId === undefined ? 'sys-new' : `sys-${systemId}`;
    const parsed = validateForm(systemInput, await readForm(c));
    if (!parsed.ok) return render(c, m, { failed: { prefix, ...parsed.form } });
    const result = await saveSystem(c.get('ctx'), c.get('actor'), m.id, parsed.data, systemId);
    if (result.ok) return done(c, m, systemId ? 'systemsSystemSaved' : 'systemsSystemAdded');
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    if (result.reason === 'not-found') return errorResponse(c, 'notFound');
    return render(c, m, { failed: { prefix, values: parsed.data, errors: result.fields ?? {} } });
  };
  app.post('/municipalities/:id/systems', (c) => system(c));
  app.post('/municipalities/:id/systems/:systemId', (c) => system(c, true));

  const remove = async (c: C, kind: 'capability' | 'system') => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const id = uuidParam(c, kind === 'capability' ? 'capabilityId' : 'systemId');
    const values = await readForm(c);
    if (values.confirm !== 'yes') {
      const data = await loadCatalogue(c.get('ctx').db, m.id);
      const entry = (kind === 'capability' ? data.capabilities : data.systems).find(
        (e) => e.id === id,
      );
      if (!entry) return errorResponse(c, 'notFound');
      const target = { kind, id, name: entry.name, dependants: data.dependantsOf(id) };
      return sendPage(
        c,
        <ConfirmRemovePage {...pageContext(c)} municipality={m} target={target} />,
      );
    }
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
  app.post('/municipalities/:id/capabilities/:capabilityId/delete', (c) => remove(c, 'capability'));
  app.post('/municipalities/:id/systems/:systemId/delete', (c) => remove(c, 'system'));

  return app;
}
