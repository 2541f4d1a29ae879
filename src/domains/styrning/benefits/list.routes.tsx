import { type Context, Hono } from 'hono';
import { askedPage, pageOf } from '../../../lib/paging.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { sendPage } from '../../../web/render.ts';
import { keptForEveryone } from '../../../web/visitor-pages.ts';
import { decisionBodies } from '../../decisions/decision-bodies.ts';
import { initiativeRecord } from '../portfolio/initiative-record.ts';
import { visibleContributions } from '../portfolio/initiative-visibility.ts';
import { canEditInitiative } from '../portfolio/portfolio.policy.ts';
import { canAdoptByDecision } from '../steering/steering.policy.ts';
import { gateOf, realisationOf } from './benefit-tracks.ts';
import { type Loaded, visibleInitiative } from './benefits.http.ts';
import { benefitStatus } from './summary.ts';
import { BenefitsPage } from './views/benefits-page.tsx';

/** Rows of the benefits table on one page, as many as the initiatives list shows. */
const BENEFITS_PER_PAGE = 25;

/** Renders an initiative's benefits page, optionally with a gate form in error or a problem. */
export async function renderBenefits(
  c: Context<AppEnv>,
  { m, initiative }: Loaded,
  opts: { scaleForm?: FormState; overrideForm?: FormState; problem?: MessageKey } = {},
  status: 200 | 409 | 422 = 200,
) {
  const actor = c.get('actor');
  const record = await initiativeRecord(c, m, initiative.id);
  const benefits = record?.benefitRows ?? [];
  const measurements = record?.measurements ?? [];
  const latest = new Map(
    benefits.map((b) => [b.id, realisationOf(b, measurements)?.latest ?? null]),
  );
  const canOverride = canAdoptByDecision(actor, m.id);
  return sendPage(
    c,
    <BenefitsPage
      {...pageContext(c)}
      municipality={m}
      initiative={initiative}
      benefits={benefits}
      shown={pageOf(benefits, askedPage(c.req.query('page')), BENEFITS_PER_PAGE)}
      latest={latest}
      goals={visibleContributions(record?.detail.contributions ?? [], actor, m.id).map((g) => ({
        id: g.goalId,
        title: g.title,
      }))}
      status={benefitStatus(benefits, measurements)}
      canEdit={canEditInitiative(actor, initiative)}
      notice={noticeKey(c.req.query('done'))}
      problem={opts.problem}
      gate={{
        stage: initiative.stage,
        verdict: gateOf(benefits, measurements),
        descriptions: new Map(benefits.map((b) => [b.id, b.description])),
        canScale: canEditInitiative(actor, initiative),
        canOverride,
        bodies: canOverride ? await decisionBodies(readModelsOf(c), m.id) : [],
        scaleForm: opts.scaleForm ?? emptyForm,
        overrideForm: opts.overrideForm ?? emptyForm,
      }}
    />,
    status,
  );
}

/** The benefits list page of an initiative (visible as the initiative is). */
export function listRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/municipalities/:id/initiatives/:iid/benefits', keptForEveryone(), async (c) => {
    const loaded = await visibleInitiative(c);
    return renderBenefits(c, loaded);
  });
  return app;
}
