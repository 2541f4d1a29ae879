import { type Context, Hono } from 'hono';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import { localeOf } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { normaliseSearchText } from '../../../web/search.ts';
import { keptForEveryone } from '../../../web/visitor-pages.ts';
import { canSeeInternal } from '../../identity/identity.policy.ts';
import { authorizedMunicipality, requireMunicipality } from '../../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../../tenancy/tenancy.queries.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import { currencyOf } from '../steering/currency.ts';
import { isStage, nextStages } from '../steering/stages.ts';
import { canAdoptByDecision } from '../steering/steering.policy.ts';
import { changeStage } from './commands/change-stage.ts';
import { scopeOf } from './commands/edit-common.ts';
import { proposeInitiative } from './commands/propose-initiative.ts';
import { departmentPlanRoutes } from './department-plan.routes.tsx';
import { proposeInput, stageInput } from './initiative.inputs.ts';
import { initiativeEditRoutes } from './initiative-edit.routes.tsx';
import { findInitiatives } from './initiative-list.ts';
import { orderOf } from './initiative-order.ts';
import { initiativeRecord } from './initiative-record.ts';
import { visibleDetail } from './initiative-visibility.ts';
import { nextActions } from './next-actions.ts';
import {
  canEditInitiative,
  canEditSomeInitiative,
  canProposeInitiative,
  canSeeInitiative,
} from './portfolio.policy.ts';
import { InitiativePage } from './views/initiative-page.tsx';
import { InitiativesListPage } from './views/initiatives-list-page.tsx';
import { ProposePage } from './views/propose-page.tsx';

async function renderPropose(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  form: FormState,
  status: 200 | 422 = 200,
) {
  const departments = await listDepartments(c.get('ctx').db, m.id);
  return sendPage(
    c,
    <ProposePage {...pageContext(c)} municipality={m} departments={departments} form={form} />,
    status,
  );
}

/** The initiative page; 404 when it is not this municipality's or not visible to the actor. */
async function renderInitiative(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  form?: FormState,
  status: 200 | 422 = 200,
) {
  const actor = c.get('actor');
  const record = await initiativeRecord(c, m, uuidParam(c, 'iid'));
  const row = record?.detail.initiative;
  if (!record || !row || !canSeeInitiative(actor, scopeOf(row))) {
    return errorResponse(c, 'notFound');
  }
  const detail = visibleDetail(record.detail, actor);
  const internal = canSeeInternal(actor, m.id);
  const { settings, benefits } = record;
  const canEdit = canEditInitiative(actor, scopeOf(row));
  // "Move to pilot" links here with ?to=pilot: the stage form comes with that stage chosen.
  const suggested = c.req.query('to') ?? '';
  const stageForm =
    form ??
    (canEdit && nextStages(row.stage).some((s) => s === suggested)
      ? { values: { toStage: suggested }, errors: {} }
      : emptyForm);
  return sendPage(
    c,
    <InitiativePage
      {...pageContext(c)}
      municipality={m}
      detail={detail}
      currency={settings.currency}
      discountRate={settings.discountRate}
      benefits={benefits}
      mentions={record.mentions}
      actions={nextActions({
        stage: row.stage,
        canEdit,
        canOverride: canAdoptByDecision(actor, m.id),
        benefitCount: benefits.status.total,
        onlyBenefitId: benefits.onlyBenefitId,
      })}
      canEdit={canEdit}
      showSystems={internal}
      stageForm={stageForm}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** Rows of the initiatives list on one page: a phone scrolls through them, a screen reader counts them. */
const INITIATIVES_PER_PAGE = 25;

/** Pages of the portfolio domain, mounted under /:lang. */
export function portfolioRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/municipalities/:id/initiatives', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    const actor = c.get('actor');
    const { departments } = await c.get('deps').municipalityFacts.of(c.get('ctx').db, m.id);
    const stage = c.req.query('stage') ?? '';
    const departmentId = c.req.query('department') ?? '';
    const q = normaliseSearchText(c.req.query('q'));
    const filter = {
      stage: isStage(stage) ? stage : '',
      departmentId: departments.some((d) => d.id === departmentId) ? departmentId : '',
      q,
      order: orderOf(c.req.query('sort'), q !== ''),
    };
    const seesInternal = canSeeInternal(actor, m.id);
    const ordered = await findInitiatives(c, m.id, {
      publicOnly: !seesInternal,
      stage: filter.stage || undefined,
      departmentId: filter.departmentId || undefined,
      search: q ? { text: q, lang: c.get('lang') } : undefined,
      order: filter.order,
      locale: localeOf[c.get('lang')],
    });
    return sendPage(
      c,
      <InitiativesListPage
        {...pageContext(c)}
        municipality={m}
        shown={pageOf(ordered, askedPage(c.req.query('page')), INITIATIVES_PER_PAGE)}
        departments={departments}
        filter={filter}
        currency={await currencyOf(c, m)}
        seesInternal={seesInternal}
        canPropose={canProposeInitiative(actor, m.id)}
        notice={noticeKey(c.req.query('done'))}
      />,
    );
  });

  app.get('/municipalities/:id/initiatives/new', async (c) => {
    const m = await authorizedMunicipality(c, canProposeInitiative);
    return renderPropose(c, m, emptyForm);
  });

  app.post('/municipalities/:id/initiatives/new', async (c) => {
    const m = await authorizedMunicipality(c, canProposeInitiative);
    const parsed = validateForm(proposeInput, await readForm(c));
    if (!parsed.ok) return renderPropose(c, m, parsed.form, 422);
    const result = await proposeInitiative(c.get('ctx'), c.get('actor'), m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderPropose(c, m, { values: parsed.data, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/initiatives/${result.value.id}?done=initiativeProposed`,
      303,
    );
  });

  app.get('/municipalities/:id/initiatives/:iid', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    return renderInitiative(c, m);
  });

  app.post('/municipalities/:id/initiatives/:iid/stage', async (c) => {
    const m = await authorizedMunicipality(c, canEditSomeInitiative);
    const values = await readForm(c);
    const parsed = validateForm(stageInput, values);
    if (!parsed.ok) return renderInitiative(c, m, parsed.form, 422);
    const where = { municipalityId: m.id, initiativeId: uuidParam(c, 'iid') };
    const result = await changeStage(c.get('ctx'), c.get('actor'), where, parsed.data);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return renderInitiative(c, m, { values, errors: result.fields ?? {} }, 422);
    }
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/initiatives/${where.initiativeId}?done=initiativeStage#stage`,
      303,
    );
  });

  app.route('/', initiativeEditRoutes());
  app.route('/', departmentPlanRoutes());
  return app;
}
