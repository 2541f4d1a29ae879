import { type Context, Hono } from 'hono';
import { compareScenarios, sensitivity } from '../../../engines/prioritisation/index.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { decisionInput } from '../../decisions/commands/record-decision.ts';
import { listBodies } from '../../decisions/decisions.queries.ts';
import { authorizedMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import {
  canAdoptByDecision,
  canConfigureSteering,
  canRunScenarios,
  canSeeSteering,
} from '../steering/steering.policy.ts';
import { candidatesFor } from './candidates.ts';
import { adoptScenario } from './commands/adopt-scenario.ts';
import { runScenario } from './commands/run-scenario.ts';
import { saveSteeringSettings } from './commands/save-settings.ts';
import { readScenario, readSettings } from './prioritisation.inputs.ts';
import { candidateYear, loadPortfolioContext, recordOf } from './prioritisation.load.ts';
import { getScenario, scenarioAdoptions, scenariosOf } from './prioritisation.queries.ts';
import { ComparePage } from './views/compare-page.tsx';
import { ScenarioPage } from './views/scenario-page.tsx';
import { scenarioRows } from './views/scenario-rows.ts';
import { ScenariosPage } from './views/scenarios-page.tsx';
import { SensitivityPage } from './views/sensitivity-page.tsx';
import { SettingsPage } from './views/settings-page.tsx';
import { failureText } from './views/texts.ts';
import { weightValues } from './views/weight-fields.tsx';

type C = Context<AppEnv>;

async function renderSettings(c: C, m: MunicipalityRow, form?: FormState, status: 200 | 422 = 200) {
  const { settings } = await loadPortfolioContext(c.get('ctx').db, c.get('t'), m);
  const values = {
    ...weightValues(settings.weights),
    discountRate: String(Number((settings.discountRate * 100).toPrecision(12))),
  };
  return sendPage(
    c,
    <SettingsPage
      {...pageContext(c)}
      municipality={m}
      form={form ?? { values, errors: {} }}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

async function renderScenarios(
  c: C,
  m: MunicipalityRow,
  opts: { form?: FormState; formError?: string } = {},
  status: 200 | 422 = 200,
) {
  const db = c.get('ctx').db;
  const actor = c.get('actor');
  const pc = await loadPortfolioContext(db, c.get('t'), m);
  const [rows, adoptions] = await Promise.all([scenariosOf(db, m.id), scenarioAdoptions(db, m.id)]);
  const scenarios = rows.flatMap((s) => {
    const r = recordOf(s.result);
    if (!r) return [];
    const { selected, totalCost, objective } = r.selection;
    return [
      {
        id: s.id,
        name: s.name,
        year: s.year,
        budget: s.budget,
        chosen: selected.length,
        totalCost,
        objective,
        adoptedBy: adoptions.get(s.id)?.sequence ?? null,
      },
    ];
  });
  const year = candidateYear(
    [c.req.query('year'), opts.form?.values.year],
    c.get('ctx').now().getUTCFullYear() + 1,
  );
  const { candidates, totalCost } = candidatesFor(pc.data, {
    year,
    weights: pc.settings.weights,
    discountRate: pc.settings.discountRate,
  });
  const prefill = { ...weightValues(pc.settings.weights), year: String(year) };
  return sendPage(
    c,
    <ScenariosPage
      {...pageContext(c)}
      municipality={m}
      currency={pc.settings.currency}
      scenarios={scenarios}
      departments={pc.departments}
      candidates={{
        year,
        candidates,
        totalCost,
        departmentNames: pc.departmentNames,
        names: pc.names,
      }}
      canRun={canRunScenarios(actor, m.id)}
      canConfigure={canConfigureSteering(actor, m.id)}
      form={opts.form ?? { values: prefill, errors: {} }}
      formError={opts.formError}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

async function renderScenario(
  c: C,
  m: MunicipalityRow,
  scenarioId: string,
  opts: { form?: FormState; formError?: string } = {},
  status: 200 | 422 = 200,
) {
  const db = c.get('ctx').db;
  const t = c.get('t');
  const s = await getScenario(db, m.id, scenarioId);
  const record = s && recordOf(s.result);
  if (!s || !record) return errorResponse(c, 'notFound');
  const pc = await loadPortfolioContext(db, t, m);
  const adoption = (await scenarioAdoptions(db, m.id)).get(s.id) ?? null;
  return sendPage(
    c,
    <ScenarioPage
      {...pageContext(c)}
      municipality={m}
      currency={pc.settings.currency}
      scenario={s}
      totals={{
        totalCost: record.selection.totalCost,
        objective: record.selection.objective,
        chosen: record.selection.selected.length,
      }}
      rows={scenarioRows(t, record, pc.names, pc.departmentNames, pc.departmentOf)}
      adoptedBy={adoption}
      canAdopt={canAdoptByDecision(c.get('actor'), m.id)}
      bodies={await listBodies(db, m.id)}
      form={opts.form ?? emptyForm}
      formError={opts.formError}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** Prioritisation pages: settings, scenarios (run, view, compare, sensitivity) and adoption. */
export function prioritisationRoutes() {
  const app = new Hono<AppEnv>();
  const path = '/municipalities/:id/prioritisation';
  const home = (c: C, m: MunicipalityRow) =>
    `/${c.get('lang')}/municipalities/${m.id}/prioritisation`;

  app.get(`${path}/settings`, async (c) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    return renderSettings(c, m);
  });

  app.post(`${path}/settings`, async (c) => {
    const m = await authorizedMunicipality(c, canConfigureSteering);
    const values = await readForm(c);
    const parsed = readSettings(values);
    if (!parsed.ok) return renderSettings(c, m, { values, errors: parsed.errors }, 422);
    const r = await saveSteeringSettings(c.get('ctx'), c.get('actor'), m, parsed);
    if (!r.ok) return errorResponse(c, 'forbidden');
    return c.redirect(`${home(c, m)}/settings?done=prioritisationSettings`, 303);
  });

  app.get(path, async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    return renderScenarios(c, m);
  });

  app.post(`${path}/scenarios`, async (c) => {
    const m = await authorizedMunicipality(c, canRunScenarios);
    const values = await readForm(c);
    const pc = await loadPortfolioContext(c.get('ctx').db, c.get('t'), m);
    const parsed = readScenario(
      values,
      pc.departments.map((d) => d.id),
    );
    if (!parsed.ok) return renderScenarios(c, m, { form: { values, errors: parsed.errors } }, 422);
    const r = await runScenario(c.get('ctx'), c.get('actor'), m, parsed.input);
    if (!r.ok) {
      if (r.reason === 'forbidden') return errorResponse(c, 'forbidden');
      const formError = 'failure' in r ? failureText(c.get('t'), r.failure, pc.names) : undefined;
      return renderScenarios(
        c,
        m,
        { form: { values, errors: {} }, ...(formError ? { formError } : {}) },
        422,
      );
    }
    return c.redirect(`${home(c, m)}/scenarios/${r.value.id}?done=scenarioRun`, 303);
  });

  app.get(`${path}/scenarios/:sid`, async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    return renderScenario(c, m, uuidParam(c, 'sid'));
  });

  app.get(`${path}/scenarios/:sid/sensitivity`, async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    const db = c.get('ctx').db;
    const s = await getScenario(db, m.id, uuidParam(c, 'sid'));
    const record = s && recordOf(s.result);
    if (!s || !record) return errorResponse(c, 'notFound');
    const result = await sensitivity(record.problem);
    if (!result.ok) return errorResponse(c, 'notFound');
    const pc = await loadPortfolioContext(db, c.get('t'), m);
    return sendPage(
      c,
      <SensitivityPage
        {...pageContext(c)}
        municipality={m}
        scenario={s}
        sensitivity={result.value}
        names={pc.names}
      />,
    );
  });

  app.get(`${path}/compare`, async (c) => {
    const m = await authorizedMunicipality(c, canSeeSteering);
    const db = c.get('ctx').db;
    const [a, b] = await Promise.all([
      getScenario(db, m.id, c.req.query('a') ?? ''),
      getScenario(db, m.id, c.req.query('b') ?? ''),
    ]);
    const ra = a && recordOf(a.result);
    const rb = b && recordOf(b.result);
    if (!a || !b || !ra || !rb) return errorResponse(c, 'notFound');
    const pc = await loadPortfolioContext(db, c.get('t'), m);
    return sendPage(
      c,
      <ComparePage
        {...pageContext(c)}
        municipality={m}
        currency={pc.settings.currency}
        a={a}
        b={b}
        diff={compareScenarios(ra.selection, rb.selection)}
        names={pc.names}
      />,
    );
  });

  app.post(`${path}/scenarios/:sid/adopt`, async (c) => {
    const m = await authorizedMunicipality(c, canAdoptByDecision);
    const sid = uuidParam(c, 'sid');
    const values = await readForm(c);
    const parsed = validateForm(decisionInput, values);
    if (!parsed.ok) return renderScenario(c, m, sid, { form: parsed.form }, 422);
    const r = await adoptScenario(c.get('ctx'), c.get('actor'), m.id, sid, {
      ...parsed.data,
      promote: values.promote === 'on',
      promotedReason: (name, number) =>
        c.get('t')('prioritisation.promotedReason', { name, number }),
    });
    if (!r.ok) {
      if (r.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (r.reason === 'notFound') return errorResponse(c, 'notFound');
      const formError =
        r.reason === 'alreadyAdopted'
          ? c.get('t')('prioritisation.error.alreadyAdopted')
          : undefined;
      return renderScenario(
        c,
        m,
        sid,
        { form: { values, errors: r.fields ?? {} }, ...(formError ? { formError } : {}) },
        422,
      );
    }
    return c.redirect(`${home(c, m)}/scenarios/${sid}?done=scenarioAdopted`, 303);
  });

  return app;
}
