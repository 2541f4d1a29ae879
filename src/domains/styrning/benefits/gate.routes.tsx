import { Hono } from 'hono';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { pageContext } from '../../../web/page-context.ts';
import { sendPage } from '../../../web/render.ts';
import { decisionInput } from '../../decisions/commands/record-decision.ts';
import { canAdoptByDecision } from '../steering/steering.policy.ts';
import { steeringSettingsOf } from '../steering/steering.queries.ts';
import { mayEditBenefitsIn, visibleInitiative, writableInitiative } from './benefits.http.ts';
import { calculusOf } from './calculus.ts';
import { overrideGate, scaleByGate } from './commands/move-to-scaling.ts';
import { renderBenefits } from './list.routes.tsx';
import { CalculusPage } from './views/calculus-page.tsx';

const problems: Record<string, MessageKey> = {
  'not-pilot': 'benefits.notPilotError',
  'gate-closed': 'benefits.gateClosedError',
  'gate-open': 'benefits.gateOpenError',
};

/** The scale gate's two ways to scaling, and the benefit calculus page. */
export function gateRoutes() {
  const app = new Hono<AppEnv>();
  const path = '/municipalities/:id/initiatives/:iid';

  app.post(`${path}/scale`, async (c) => {
    const l = await writableInitiative(c, mayEditBenefitsIn);
    const values = await readForm(c);
    const result = await scaleByGate(
      c.get('ctx'),
      c.get('actor'),
      l.initiative,
      values.reason ?? '',
    );
    if (result.ok) {
      return c.redirect(
        `/${c.get('lang')}/municipalities/${l.m.id}/initiatives/${l.initiative.id}/benefits?done=initiativeScaled`,
        303,
      );
    }
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    if (result.reason === 'invalid') {
      return renderBenefits(c, l, { scaleForm: { values, errors: result.fields ?? {} } }, 422);
    }
    return renderBenefits(c, l, { problem: problems[result.reason] }, 409);
  });

  app.post(`${path}/gate-override`, async (c) => {
    const l = await writableInitiative(c, canAdoptByDecision);
    const values = await readForm(c);
    const parsed = validateForm(decisionInput, values);
    if (!parsed.ok) return renderBenefits(c, l, { overrideForm: parsed.form }, 422);
    const result = await overrideGate(c.get('ctx'), c.get('actor'), l.initiative, parsed.data);
    if (result.ok) {
      return c.redirect(
        `/${c.get('lang')}/municipalities/${l.m.id}/initiatives/${l.initiative.id}/benefits?done=gateOverridden`,
        303,
      );
    }
    if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
    if (result.reason === 'invalid') {
      return renderBenefits(c, l, { overrideForm: { values, errors: result.fields ?? {} } }, 422);
    }
    return renderBenefits(c, l, { problem: problems[result.reason] }, 409);
  });

  app.get(`${path}/calculus`, async (c) => {
    const l = await visibleInitiative(c);
    const { db } = c.get('ctx');
    const settings = await steeringSettingsOf(db, l.m, {});
    return sendPage(
      c,
      <CalculusPage
        {...pageContext(c)}
        municipality={l.m}
        initiative={l.initiative}
        currency={settings.currency}
        discountRate={settings.discountRate}
        outcome={await calculusOf(db, l.initiative.id, settings.discountRate)}
      />,
    );
  });
  return app;
}
