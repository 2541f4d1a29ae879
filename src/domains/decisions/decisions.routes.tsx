import { type Context, Hono } from 'hono';
import { askedPage, pageOf } from '../../lib/paging.ts';
import { emptyForm, type FormState } from '../../web/components/forms.tsx';
import type { AppEnv } from '../../web/env.ts';
import { errorResponse } from '../../web/errors.tsx';
import { readForm, validateForm } from '../../web/forms.ts';
import { resolveLinks } from '../../web/links.ts';
import { noticeKey } from '../../web/notices.ts';
import { pageContext } from '../../web/page-context.ts';
import { readModel, readModelsOf } from '../../web/read-model.ts';
import { sendPage } from '../../web/render.ts';
import { keptForEveryone } from '../../web/visitor-pages.ts';
import { authorizedMunicipality, requireMunicipality } from '../tenancy/municipality-param.ts';
import type { MunicipalityRow } from '../tenancy/tenancy.queries.ts';
import { anchorRoutes } from './anchor.routes.tsx';
import { bodyInput, createBody } from './commands/create-body.ts';
import { decisionInput, recordDecision } from './commands/record-decision.ts';
import { decisionBodies } from './decision-bodies.ts';
import { decisionAnchor } from './decision-link.ts';
import { canManageBodies, canRecordDecision } from './decisions.policy.ts';
import { loadVerdict } from './verify.ts';
import { DecisionsPage } from './views/decisions-page.tsx';

type Forms = { decisionForm?: FormState; bodyForm?: FormState };

/** Decisions on one page of the list: each is a card with its whole text, so fewer than a table. */
const DECISIONS_PER_PAGE = 25;

/**
 * The page of the list asked for: the one holding `?decision=` when that names one of the listed
 * decisions (links to a single decision say which, as its page changes while the chain grows),
 * else `?page=`.
 */
function askedDecisionsPage(c: Context<AppEnv>, ids: string[]): number {
  const at = ids.indexOf(c.req.query('decision') ?? '');
  return at >= 0 ? Math.floor(at / DECISIONS_PER_PAGE) + 1 : askedPage(c.req.query('page'));
}

async function render(
  c: Context<AppEnv>,
  m: MunicipalityRow,
  forms: Forms = {},
  status: 200 | 422 = 200,
) {
  const { db } = c.get('ctx');
  const actor = c.get('actor');
  // The whole chain is read and verified once per change (a read model: a write to the decisions
  // or their checkpoints forgets it); the check page, decisions/verify, reads it afresh every time.
  // Only the page shown has its adoptions looked up.
  const { rows, verdict } = await readModel(c, `decisions:verdict:${m.id}`, (db) =>
    loadVerdict({ ...c.get('ctx'), db }, m.id, { signatures: 'latest' }),
  );
  // Newest first, as a record of decisions is read; the API and the check keep the chain's order.
  const all = rows.map(({ decision: d, bodyName }) => ({ ...d, bodyName })).reverse();
  const asked = askedDecisionsPage(
    c,
    all.map((d) => d.id),
  );
  const shown = pageOf(all, asked, DECISIONS_PER_PAGE);
  const links = await resolveLinks(
    { db, keep: readModelsOf(c), actor, municipalityId: m.id },
    shown.items.flatMap((d) => d.adopts),
  );
  return sendPage(
    c,
    <DecisionsPage
      {...pageContext(c)}
      municipality={m}
      verdict={verdict}
      shown={shown}
      links={links}
      bodies={await decisionBodies(readModelsOf(c), m.id)}
      canRecord={canRecordDecision(actor, m.id)}
      canManageBodies={canManageBodies(actor, m.id)}
      decisionForm={forms.decisionForm ?? emptyForm}
      bodyForm={forms.bodyForm ?? emptyForm}
      notice={noticeKey(c.req.query('done'))}
    />,
    status,
  );
}

/** Decisions are public; recording them and keeping the bodies are not. */
export function decisionRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', anchorRoutes());

  app.get('/municipalities/:id/decisions', keptForEveryone(), async (c) => {
    const m = await requireMunicipality(c);
    return render(c, m);
  });

  app.post('/municipalities/:id/decisions', async (c) => {
    const m = await authorizedMunicipality(c, canRecordDecision);
    const actor = c.get('actor');
    const parsed = validateForm(decisionInput, await readForm(c));
    if (!parsed.ok) return render(c, m, { decisionForm: parsed.form }, 422);
    const result = await recordDecision(c.get('ctx'), actor, m.id, parsed.data);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      return render(
        c,
        m,
        { decisionForm: { values: parsed.data, errors: result.fields ?? {} } },
        422,
      );
    }
    // To the new decision, on whichever page of the list it lands.
    const { id } = result.value;
    return c.redirect(
      `/${c.get('lang')}/municipalities/${m.id}/decisions?decision=${id}&done=decisionRecorded#${decisionAnchor(id)}`,
      303,
    );
  });

  app.post('/municipalities/:id/decision-bodies', async (c) => {
    const m = await authorizedMunicipality(c, canManageBodies);
    const actor = c.get('actor');
    const parsed = validateForm(bodyInput, await readForm(c));
    if (!parsed.ok) return render(c, m, { bodyForm: parsed.form }, 422);
    const result = await createBody(c.get('ctx'), actor, m.id, parsed.data);
    if (!result.ok) return errorResponse(c, 'forbidden');
    return c.redirect(`/${c.get('lang')}/municipalities/${m.id}/decisions?done=bodyAdded`, 303);
  });

  return app;
}
