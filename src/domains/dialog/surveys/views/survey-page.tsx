import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  ProblemNotice,
} from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { fieldOf } from '../answers.ts';
import type { LoadedSurvey } from '../survey.load.ts';
import { QuestionField } from './question-fields.tsx';
import { BackToMatter, StaffLinks, surveyPath } from './survey-links.tsx';

/** What a person can do with the survey now. */
export type SurveyState = 'form' | 'signIn' | 'answered' | 'planned' | 'closed' | 'decided';

type Props = PageContext & {
  municipality: { id: string; name: string };
  loaded: LoadedSurvey;
  state: SurveyState;
  form: FormState;
  staff: boolean;
  loginHref: string;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

const notOpen = {
  planned: 'surveys.notOpen.planned',
  closed: 'surveys.notOpen.closed',
  decided: 'surveys.notOpen.decided',
} as const;

/**
 * A dialogue's survey as a resident answers it. A survey in several parts shows each part as a
 * section of its own, in order, on one page: only the one button at the end sends, so nothing is
 * written until the whole survey is, and it all works without JavaScript.
 */
export function SurveyPage(props: Props) {
  const { t, loaded, municipality: m, form } = props;
  const { matter, survey, questions } = loaded;
  const title = survey?.publishedAt ? survey.title : t('surveys.title');
  const pages = [...new Set(questions.map((q) => q.page))].sort((a, b) => a - b);
  const labels = Object.fromEntries(questions.map((q) => [fieldOf(q.id), q.prompt]));
  return (
    <Layout {...props} title={`${title}: ${matter.title}`} municipality={m}>
      <BackToMatter t={t} municipalityId={m.id} matterId={matter.id} title={matter.title} />
      <ErrorSummary t={t} form={form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg" lang={survey?.publishedAt ? langOf(t) : undefined}>
        {title}
      </h1>
      {props.staff && (
        <StaffLinks t={t} municipalityId={m.id} matterId={matter.id} started={survey !== null} />
      )}
      {!survey?.publishedAt ? (
        <p class="ds-paragraph">{t('surveys.none')}</p>
      ) : (
        <>
          {survey.intro && (
            <p class="ds-paragraph prewrap" lang={langOf(t)}>
              {survey.intro}
            </p>
          )}
          <p class="ds-paragraph">
            <a class="ds-link" href={surveyPath(t.lang, m.id, matter.id, 'results')}>
              {t('surveys.results')}
            </a>
          </p>
          {props.state === 'answered' && <p class="ds-paragraph">{t('surveys.answered')}</p>}
          {props.state === 'signIn' && (
            <p class="ds-paragraph">
              {t('surveys.signIn')}{' '}
              <a class="ds-link" href={props.loginHref}>
                {t('surveys.signInLink')}
              </a>
            </p>
          )}
          {props.state in notOpen && (
            <p class="ds-paragraph">{t(notOpen[props.state as keyof typeof notOpen])}</p>
          )}
          {props.state === 'form' && (
            <form method="post" action={surveyPath(t.lang, m.id, matter.id)} novalidate>
              <CsrfField token={props.csrfToken} />
              <p class="ds-paragraph" data-size="sm">
                {t(survey.anonymous ? 'surveys.anonymous' : 'surveys.named')}
              </p>
              {pages.map((page, i) => (
                <section
                  class="survey-part"
                  aria-labelledby={pages.length > 1 ? `part-${page}` : undefined}
                >
                  {pages.length > 1 && (
                    <h2 class="ds-heading" data-size="sm" id={`part-${page}`}>
                      {t('surveys.part', { page: i + 1, pages: pages.length })}
                    </h2>
                  )}
                  {questions
                    .filter((q) => q.page === page)
                    .map((q) => (
                      <QuestionField t={t} form={form} question={q} />
                    ))}
                </section>
              ))}
              <div class="form-actions">
                <button type="submit" class="ds-button" data-variant="primary">
                  {t('surveys.submit')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </Layout>
  );
}
