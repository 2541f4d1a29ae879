import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import { loginRedirect } from '../../../web/session.ts';
import { type MunicipalityOnPage, requireMunicipality } from '../../tenancy/municipality-param.ts';
import { buildingRoutes } from './building.routes.tsx';
import { type AnswerFailure, answerSurvey } from './commands/answer-survey.ts';
import { loadResults, loadSurvey } from './survey.load.ts';
import { canManageSurveys } from './surveys.policy.ts';
import { hasAnswered } from './surveys.queries.ts';
import { ResultsPage } from './views/results-page.tsx';
import { surveyPath } from './views/survey-links.tsx';
import { SurveyPage, type SurveyState } from './views/survey-page.tsx';

/** The status and message of a refused answer (a visitor is sent to log in instead). */
const refusals: Record<
  Exclude<AnswerFailure, 'notFound' | 'signIn' | 'invalid'>,
  { status: ContentfulStatusCode; problem: MessageKey }
> = {
  planned: { status: 409, problem: 'surveys.notOpen.planned' },
  closed: { status: 409, problem: 'surveys.notOpen.closed' },
  decided: { status: 409, problem: 'surveys.problem.decided' },
  feedback: { status: 409, problem: 'surveys.problem.decided' },
  eid: { status: 403, problem: 'surveys.problem.eid' },
  already: { status: 409, problem: 'surveys.problem.already' },
};

/**
 * The survey page for whoever asks: drawn afresh every time, since it shows whether this person
 * has answered, and answers are on no notification channel.
 */
async function renderSurvey(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  shown: { form?: FormState; status?: ContentfulStatusCode; problem?: MessageKey } = {},
) {
  const { db, now } = c.get('ctx');
  const actor = c.get('actor');
  const loaded = await loadSurvey(db, m.id, uuidParam(c, 'mid'), now());
  if (!loaded) return errorResponse(c, 'notFound');
  const { phase, survey } = loaded;
  let state: SurveyState = 'form';
  if (phase === 'planned' || phase === 'closed') state = phase;
  else if (phase !== 'open') state = 'decided';
  else if (actor.kind !== 'user') state = 'signIn';
  else if (survey && (await hasAnswered(db, survey.id, actor.userId))) state = 'answered';
  const url = new URL(c.req.url);
  return sendPage(
    c,
    <SurveyPage
      {...pageContext(c)}
      municipality={m}
      loaded={loaded}
      state={state}
      form={shown.form ?? emptyForm}
      staff={canManageSurveys(actor, m.id)}
      loginHref={`/${c.get('lang')}/login?next=${encodeURIComponent(url.pathname)}`}
      notice={noticeKey(c.req.query('done'))}
      problem={shown.problem}
    />,
    shown.status ?? 200,
  );
}

/** A dialogue's survey: answering it, and its results for everyone; staff's pages come first. */
export function surveyRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', buildingRoutes());

  app.get('/municipalities/:id/matters/:mid/survey', async (c) =>
    renderSurvey(c, await requireMunicipality(c)),
  );

  app.post('/municipalities/:id/matters/:mid/survey', async (c) => {
    // Answers are in no kept page (the results are drawn afresh), so nothing need be forgotten.
    c.set('cachedDataTouched', 'nothing');
    const m = await requireMunicipality(c);
    if (c.get('actor').kind !== 'user') return loginRedirect(c);
    const where = { municipalityId: m.id, matterId: uuidParam(c, 'mid') };
    const values = await readForm(c);
    const result = await answerSurvey(c.get('ctx'), c.get('actor'), where, values);
    if (!result.ok) {
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      if (result.reason === 'signIn') return loginRedirect(c);
      if (result.reason === 'invalid') {
        return renderSurvey(c, m, { form: { values, errors: result.fields ?? {} }, status: 422 });
      }
      return renderSurvey(c, m, refusals[result.reason]);
    }
    return c.redirect(
      `${surveyPath(c.get('lang'), m.id, where.matterId)}?done=surveyAnswered`,
      303,
    );
  });

  app.get('/municipalities/:id/matters/:mid/survey/results', async (c) => {
    const m = await requireMunicipality(c);
    const { db, now } = c.get('ctx');
    const loaded = await loadSurvey(db, m.id, uuidParam(c, 'mid'), now());
    if (!loaded) return errorResponse(c, 'notFound');
    const published = loaded.survey?.publishedAt ? loaded.survey : null;
    return sendPage(
      c,
      <ResultsPage
        {...pageContext(c)}
        municipality={m}
        loaded={loaded}
        results={published ? await loadResults(db, published.id, loaded.questions) : undefined}
        staff={canManageSurveys(c.get('actor'), m.id)}
      />,
    );
  });

  return app;
}
