import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isUuid } from '../../../lib/uuid.ts';
import { emptyForm, type FormState } from '../../../web/components/forms.tsx';
import type { AppEnv } from '../../../web/env.ts';
import { errorResponse } from '../../../web/errors.tsx';
import { readForm, validateForm } from '../../../web/forms.ts';
import type { MessageKey } from '../../../web/i18n/index.ts';
import { noticeKey } from '../../../web/notices.ts';
import { pageContext } from '../../../web/page-context.ts';
import { uuidParam } from '../../../web/params.ts';
import { sendPage } from '../../../web/render.ts';
import {
  authorizedMunicipality,
  type MunicipalityOnPage,
} from '../../tenancy/municipality-param.ts';
import {
  addQuestion,
  type BuildFailure,
  editQuestion,
  moveQuestion,
  publishSurvey,
  removeQuestion,
  saveSurvey,
} from './commands/build-survey.ts';
import { moderateAnswer } from './commands/moderate-answer.ts';
import { surveyCsv } from './export.ts';
import { loadSurvey } from './survey.load.ts';
import {
  moderationInput,
  moveInput,
  questionInput,
  questionRef,
  surveyInput,
} from './surveys.inputs.ts';
import { canManageSurveys, canModerateAnswers } from './surveys.policy.ts';
import {
  hasResponses,
  responseCount,
  responsesForExport,
  writtenAnswerCounts,
  writtenAnswers,
} from './surveys.queries.ts';
import { AnswersPage } from './views/answers-page.tsx';
import { BuildPage } from './views/build-page.tsx';
import { surveyPath } from './views/survey-links.tsx';

/** The status and message of a refused change that is not about a field. */
const refusals: Record<
  Exclude<BuildFailure, 'forbidden' | 'notFound'>,
  { status: ContentfulStatusCode; problem: MessageKey }
> = {
  decided: { status: 409, problem: 'surveys.problem.decided' },
  answered: { status: 409, problem: 'surveys.problem.answered' },
  noSurvey: { status: 409, problem: 'surveys.problem.noSurvey' },
  empty: { status: 422, problem: 'surveys.problem.empty' },
  tooManyQuestions: { status: 422, problem: 'surveys.problem.tooManyQuestions' },
};

type Shown = {
  settings?: FormState;
  question?: FormState;
  editing?: string | undefined;
  status?: ContentfulStatusCode;
  problem?: MessageKey;
};

async function renderBuild(c: Context<AppEnv>, m: MunicipalityOnPage, shown: Shown = {}) {
  const { db, now } = c.get('ctx');
  const loaded = await loadSurvey(db, m.id, uuidParam(c, 'mid'), now());
  if (!loaded) return errorResponse(c, 'notFound');
  const { survey, questions } = loaded;
  // A question to edit named in the address that is not one of this survey's: the add form.
  const asked = c.req.query('question') ?? '';
  const chosen = questions.find((q) => isUuid(asked) && q.id === asked);
  const editing = shown.editing ?? chosen?.id;
  const question =
    shown.question ??
    (chosen
      ? {
          values: {
            prompt: chosen.prompt,
            kind: chosen.kind,
            options: chosen.options.join('\n'),
            page: String(chosen.page),
            required: chosen.required ? 'on' : '',
          },
          errors: {},
        }
      : { values: { kind: 'single', page: String(questions.at(-1)?.page ?? 1) }, errors: {} });
  const settings =
    shown.settings ??
    (survey
      ? {
          values: {
            title: survey.title,
            intro: survey.intro,
            anonymous: survey.anonymous ? 'on' : '',
          },
          errors: {},
        }
      : emptyForm);
  return sendPage(
    c,
    <BuildPage
      {...pageContext(c)}
      municipality={m}
      loaded={loaded}
      settings={settings}
      question={question}
      editing={editing}
      answered={survey ? await hasResponses(db, survey.id) : false}
      notice={noticeKey(c.req.query('done'))}
      problem={shown.problem}
    />,
    shown.status ?? 200,
  );
}

/** A refused change: the page again with why, or the error page when there is nothing to show. */
function refused(
  c: Context<AppEnv>,
  m: MunicipalityOnPage,
  reason: BuildFailure,
  shown: Shown = {},
) {
  if (reason === 'forbidden') return errorResponse(c, 'forbidden');
  if (reason === 'notFound') return errorResponse(c, 'notFound');
  return renderBuild(c, m, { ...shown, ...refusals[reason] });
}

const where = (c: Context<AppEnv>, m: MunicipalityOnPage) => ({
  municipalityId: m.id,
  matterId: uuidParam(c, 'mid'),
});

const builder = (c: Context<AppEnv>, m: MunicipalityOnPage, done: string) =>
  c.redirect(`${surveyPath(c.get('lang'), m.id, uuidParam(c, 'mid'), 'edit')}?done=${done}`, 303);

/** The waiting answers shown at a time: the page lists the next ones once these are decided. */
const WAITING_SHOWN = 100;

/** Staff's pages of a survey: building it, its answers and their moderation, and the download. */
export function buildingRoutes() {
  const app = new Hono<AppEnv>();
  const base = '/municipalities/:id/matters/:mid/survey';

  app.get(`${base}/edit`, async (c) =>
    renderBuild(c, await authorizedMunicipality(c, canManageSurveys)),
  );

  app.post(`${base}/edit`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const values = await readForm(c);
    const parsed = validateForm(surveyInput, values);
    if (!parsed.ok) return renderBuild(c, m, { settings: parsed.form, status: 422 });
    const result = await saveSurvey(c.get('ctx'), c.get('actor'), where(c, m), parsed.data);
    if (!result.ok) return refused(c, m, result.reason, { settings: { values, errors: {} } });
    return builder(c, m, 'surveySaved');
  });

  app.post(`${base}/questions`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const values = await readForm(c);
    const parsed = validateForm(questionInput, values);
    if (!parsed.ok) return renderBuild(c, m, { question: parsed.form, status: 422 });
    const result = await addQuestion(c.get('ctx'), c.get('actor'), where(c, m), parsed.data);
    if (!result.ok) return refused(c, m, result.reason, { question: { values, errors: {} } });
    return builder(c, m, 'surveyQuestionAdded');
  });

  app.post(`${base}/questions/save`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const values = await readForm(c);
    const ref = validateForm(questionRef, values);
    if (!ref.ok) return errorResponse(c, 'notFound');
    const editing = ref.data.question;
    const parsed = validateForm(questionInput, values);
    if (!parsed.ok) return renderBuild(c, m, { question: parsed.form, editing, status: 422 });
    const result = await editQuestion(
      c.get('ctx'),
      c.get('actor'),
      where(c, m),
      editing,
      parsed.data,
    );
    if (!result.ok) {
      return refused(c, m, result.reason, { question: { values, errors: {} }, editing });
    }
    return builder(c, m, 'surveyQuestionSaved');
  });

  app.post(`${base}/questions/remove`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const ref = validateForm(questionRef, await readForm(c));
    if (!ref.ok) return errorResponse(c, 'notFound');
    const result = await removeQuestion(
      c.get('ctx'),
      c.get('actor'),
      where(c, m),
      ref.data.question,
    );
    if (!result.ok) return refused(c, m, result.reason);
    return builder(c, m, 'surveyQuestionRemoved');
  });

  app.post(`${base}/questions/move`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const parsed = validateForm(moveInput, await readForm(c));
    if (!parsed.ok) return errorResponse(c, 'notFound');
    const { question, direction } = parsed.data;
    const result = await moveQuestion(
      c.get('ctx'),
      c.get('actor'),
      where(c, m),
      question,
      direction,
    );
    if (!result.ok) return refused(c, m, result.reason);
    return builder(c, m, 'surveyQuestionMoved');
  });

  app.post(`${base}/publish`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const result = await publishSurvey(c.get('ctx'), c.get('actor'), where(c, m));
    if (!result.ok) return refused(c, m, result.reason);
    return builder(c, m, 'surveyPublished');
  });

  const renderAnswers = async (
    c: Context<AppEnv>,
    m: MunicipalityOnPage,
    shown: { status?: ContentfulStatusCode; problem?: MessageKey } = {},
  ) => {
    const { db, now } = c.get('ctx');
    const loaded = await loadSurvey(db, m.id, uuidParam(c, 'mid'), now());
    if (!loaded?.survey) return errorResponse(c, 'notFound');
    return sendPage(
      c,
      <AnswersPage
        {...pageContext(c)}
        municipality={m}
        loaded={loaded}
        waiting={await writtenAnswers(db, loaded.survey.id, ['pending'], WAITING_SHOWN)}
        counts={{
          responses: await responseCount(db, loaded.survey.id),
          ...(await writtenAnswerCounts(db, loaded.survey.id)),
        }}
        builds={canManageSurveys(c.get('actor'), m.id)}
        notice={noticeKey(c.req.query('done'))}
        problem={shown.problem}
      />,
      shown.status ?? 200,
    );
  };

  app.get(`${base}/answers`, async (c) =>
    renderAnswers(c, await authorizedMunicipality(c, canModerateAnswers)),
  );

  app.post(`${base}/answers/moderate`, async (c) => {
    // The results page that shows accepted answers is drawn afresh; no kept page holds answers.
    c.set('cachedDataTouched', 'nothing');
    const m = await authorizedMunicipality(c, canModerateAnswers);
    const parsed = validateForm(moderationInput, await readForm(c));
    if (!parsed.ok) return errorResponse(c, 'notFound');
    const { answer, verdict } = parsed.data;
    const result = await moderateAnswer(c.get('ctx'), c.get('actor'), where(c, m), answer, verdict);
    if (!result.ok) {
      if (result.reason === 'forbidden') return errorResponse(c, 'forbidden');
      if (result.reason === 'notFound') return errorResponse(c, 'notFound');
      return renderAnswers(c, m, refusals.decided);
    }
    return c.redirect(
      `${surveyPath(c.get('lang'), m.id, uuidParam(c, 'mid'), 'answers')}?done=surveyModerated`,
      303,
    );
  });

  app.get(`${base}/export.csv`, async (c) => {
    const m = await authorizedMunicipality(c, canManageSurveys);
    const { db, now } = c.get('ctx');
    const matterId = uuidParam(c, 'mid');
    const loaded = await loadSurvey(db, m.id, matterId, now());
    if (!loaded?.survey) return errorResponse(c, 'notFound');
    const csv = surveyCsv(
      c.get('t'),
      loaded.survey,
      loaded.questions,
      await responsesForExport(db, loaded.survey.id),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${m.id}-matter-${matterId}-survey.csv"`,
      'cache-control': 'no-store',
    });
  });

  return app;
}
