import { type Context, Hono } from 'hono';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm } from '../../../web/forms.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { canEditInitiative } from '../portfolio/portfolio.policy.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { benefitFormValues, newBenefitValues, parseBenefitForm } from './benefit-input.ts';
import { realisationOf } from './benefit-tracks.ts';
import {
  type Loaded,
  mayEditBenefitsIn,
  todayOf,
  visibleInitiative,
  writableInitiative,
} from './benefits.http.ts';
import { type BenefitRow, getBenefit, measurementsOf } from './benefits.queries.ts';
import { parseMeasurementForm, recordMeasurement } from './commands/record-measurement.ts';
import { createBenefit, editBenefit } from './commands/save-benefit.ts';
import { BenefitFormPage } from './views/benefit-form-page.tsx';
import { BenefitPage } from './views/benefit-page.tsx';

async function renderForm(
  c: Context<AppEnv>,
  { m, initiative }: Loaded,
  form: FormState,
  benefit?: BenefitRow,
  status: 200 | 422 = 200,
) {
  const settings = await steeringSettingsOf(c.get('ctx').db, m, {});
  return sendPage(
    c,
    <BenefitFormPage
      {...pageContext(c)}
      municipality={m}
      initiative={initiative}
      benefit={benefit}
      form={form}
      currency={settings.currency}
    />,
    status,
  );
}

/** Measurements shown on one page of a benefit; they are appended for as long as it is followed. */
const MEASUREMENTS_PER_PAGE = 25;

async function renderBenefit(
  c: Context<AppEnv>,
  { m, initiative }: Loaded,
  benefit: BenefitRow,
  form: FormState = emptyForm,
  status: 200 | 422 = 200,
) {
  const measurements = await measurementsOf(c.get('ctx').db, [benefit.id]);
  return sendPage(
    c,
    <BenefitPage
      {...pageContext(c)}
      municipality={m}
      initiative={initiative}
      benefit={benefit}
      measurements={pageOf(
        measurements.toReversed(),
        askedPage(c.req.query('page')),
        MEASUREMENTS_PER_PAGE,
      )}
      realisation={realisationOf(benefit, measurements)}
      canEdit={canEditInitiative(c.get('actor'), initiative)}
      today={todayOf(c)}
      form={form}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** Adding and editing benefits, one benefit's page, and recording measurements. */
export function editRoutes() {
  const app = new Hono<AppEnv>();
  const path = '/municipalities/:id/initiatives/:iid/benefits';
  const back = (c: Context<AppEnv>, l: Loaded, rest: string) =>
    c.redirect(
      `/${c.get('lang')}/municipalities/${l.m.id}/initiatives/${l.initiative.id}/benefits${rest}`,
      303,
    );

  app.get(`${path}/new`, async (c) => {
    const l = await writableInitiative(c, mayEditBenefitsIn);
    if (!canEditInitiative(c.get('actor'), l.initiative)) return errorResponse(c, 'forbidden');
    return renderForm(c, l, { values: newBenefitValues, errors: {} });
  });

  app.post(path, async (c) => {
    const l = await writableInitiative(c, mayEditBenefitsIn);
    const actor = c.get('actor');
    if (!canEditInitiative(actor, l.initiative)) return errorResponse(c, 'forbidden');
    const parsed = parseBenefitForm(await readForm(c), { today: todayOf(c) });
    if (!parsed.ok) return renderForm(c, l, parsed.form, undefined, 422);
    const result = await createBenefit(c.get('ctx'), actor, l.initiative, parsed.data);
    if (!result.ok) return errorResponse(c, 'forbidden');
    return back(c, l, `/${result.value.id}?done=benefitAdded`);
  });

  app.get(`${path}/:bid`, async (c) => {
    const l = await visibleInitiative(c);
    const benefit = await getBenefit(c.get('ctx').db, l.initiative.id, uuidParam(c, 'bid'));
    return benefit ? renderBenefit(c, l, benefit) : errorResponse(c, 'notFound');
  });

  app.get(`${path}/:bid/edit`, async (c) => {
    const l = await writableInitiative(c, mayEditBenefitsIn);
    if (!canEditInitiative(c.get('actor'), l.initiative)) return errorResponse(c, 'forbidden');
    const benefit = await getBenefit(c.get('ctx').db, l.initiative.id, uuidParam(c, 'bid'));
    if (!benefit) return errorResponse(c, 'notFound');
    return renderForm(c, l, { values: benefitFormValues(benefit), errors: {} }, benefit);
  });

  app.post(`${path}/:bid`, async (c) => {
    const l = await writableInitiative(c, mayEditBenefitsIn);
    const actor = c.get('actor');
    if (!canEditInitiative(actor, l.initiative)) return errorResponse(c, 'forbidden');
    const benefit = await getBenefit(c.get('ctx').db, l.initiative.id, uuidParam(c, 'bid'));
    if (!benefit) return errorResponse(c, 'notFound');
    // A stored target may lawfully have passed, so editing does not refuse past target dates.
    const parsed = parseBenefitForm(await readForm(c));
    if (!parsed.ok) return renderForm(c, l, parsed.form, benefit, 422);
    const result = await editBenefit(c.get('ctx'), actor, l.initiative, benefit, parsed.data);
    if (!result.ok) return errorResponse(c, 'forbidden');
    return back(c, l, `/${benefit.id}?done=benefitSaved`);
  });

  app.post(`${path}/:bid/measurements`, async (c) => {
    const l = await writableInitiative(c, mayEditBenefitsIn);
    const actor = c.get('actor');
    if (!canEditInitiative(actor, l.initiative)) return errorResponse(c, 'forbidden');
    const benefit = await getBenefit(c.get('ctx').db, l.initiative.id, uuidParam(c, 'bid'));
    if (!benefit) return errorResponse(c, 'notFound');
    const parsed = parseMeasurementForm(await readForm(c), benefit, todayOf(c));
    if (!parsed.ok) return renderBenefit(c, l, benefit, parsed.form, 422);
    const result = await recordMeasurement(c.get('ctx'), actor, l.initiative, benefit, parsed.data);
    if (!result.ok) return errorResponse(c, 'forbidden');
    return back(c, l, `/${benefit.id}?done=benefitMeasured`);
  });
  return app;
}
