import { langOf } from '../../../../web/components/content.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  ProblemNotice,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Question } from '../answers.ts';
import type { LoadedSurvey } from '../survey.load.ts';
import { MAX_PAGES, questionKinds } from '../surveys.policy.ts';
import { BackToMatter, StaffLinks, surveyPath } from './survey-links.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  loaded: LoadedSurvey;
  settings: FormState;
  question: FormState;
  /** The question being edited, or none: the form adds one. */
  editing: string | undefined;
  answered: boolean;
  notice?: MessageKey | undefined;
  problem?: MessageKey | undefined;
};

/**
 * Staff build a dialogue's survey: its title, introduction and anonymity; its questions in order
 * with buttons to edit, move and remove each; a form that adds a question or edits the one
 * chosen; and publishing. Every button is a form of its own, so no script is needed.
 */
export function BuildPage(props: Props) {
  const { t, loaded, municipality: m } = props;
  const { matter, survey, questions } = loaded;
  const title = t('surveys.build.title');
  const labels = {
    title: t('surveys.build.name'),
    intro: t('surveys.build.intro'),
    prompt: t('surveys.build.prompt'),
    kind: t('surveys.build.kind'),
    page: t('surveys.build.page'),
    options: t('surveys.build.options'),
  };
  const path = (p: Parameters<typeof surveyPath>[3]) => surveyPath(t.lang, m.id, matter.id, p);
  const errors = { values: {}, errors: { ...props.settings.errors, ...props.question.errors } };
  return (
    <Layout {...props} title={`${title}: ${matter.title}`} municipality={m}>
      <BackToMatter t={t} municipalityId={m.id} matterId={matter.id} title={matter.title} />
      <ErrorSummary t={t} form={errors} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <ProblemNotice t={t} messageKey={props.problem} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('surveys.build.lead')}</p>
      {survey && <StaffLinks t={t} municipalityId={m.id} matterId={matter.id} started />}
      <section class="dialog-section" aria-labelledby="settings-heading">
        <h2 class="ds-heading" data-size="sm" id="settings-heading">
          {t('surveys.build.settings')}
        </h2>
        <form method="post" action={path('edit')}>
          <CsrfField token={props.csrfToken} />
          <TextField
            t={t}
            form={props.settings}
            name="title"
            label={labels.title}
            maxlength={200}
            required
          />
          <TextAreaField
            t={t}
            form={props.settings}
            name="intro"
            label={labels.intro}
            hint={t('surveys.build.introHint')}
            rows={3}
            maxlength={2000}
          />
          <CheckboxField
            form={props.settings}
            name="anonymous"
            label={t('surveys.build.anonymous')}
            hint={t('surveys.build.anonymousHint')}
          />
          <button type="submit" class="ds-button" data-variant="secondary">
            {t(survey ? 'surveys.build.save' : 'surveys.build.start')}
          </button>
        </form>
      </section>
      {survey && (
        <>
          <section class="dialog-section" aria-labelledby="questions-heading">
            <h2 class="ds-heading" data-size="sm" id="questions-heading">
              {t('surveys.build.questions')}
            </h2>
            {props.answered && <p class="ds-paragraph">{t('surveys.build.frozen')}</p>}
            {questions.length === 0 ? (
              <p class="ds-paragraph">{t('surveys.build.noQuestions')}</p>
            ) : (
              <ol class="ds-list survey-builder">
                {questions.map((q, i) => (
                  <QuestionItem
                    t={t}
                    question={q}
                    first={i === 0}
                    last={i === questions.length - 1}
                    frozen={props.answered}
                    csrfToken={props.csrfToken}
                    path={path}
                  />
                ))}
              </ol>
            )}
          </section>
          {!props.answered && (
            <QuestionForm {...props} labels={labels} action={path('questions')} />
          )}
          <section class="dialog-section" aria-labelledby="publish-heading">
            <h2 class="ds-heading" data-size="sm" id="publish-heading">
              {t('surveys.build.publish')}
            </h2>
            {survey.publishedAt ? (
              <p class="ds-paragraph">{t('surveys.build.published')}</p>
            ) : (
              <form method="post" action={path('publish')}>
                <CsrfField token={props.csrfToken} />
                <p class="ds-paragraph">{t('surveys.build.publishLead')}</p>
                <button type="submit" class="ds-button" data-variant="primary">
                  {t('surveys.build.publish')}
                </button>
              </form>
            )}
          </section>
        </>
      )}
    </Layout>
  );
}

function QuestionItem(props: {
  t: Translator;
  question: Question;
  first: boolean;
  last: boolean;
  frozen: boolean;
  csrfToken: string;
  path: (p: 'edit' | 'questions') => string;
}) {
  const { t, question: q } = props;
  // Each button says which question it acts on, for screen readers that list buttons alone.
  const which = <span class="ds-sr-only">{`: ${q.prompt}`}</span>;
  const button = (action: string, label: string, extra: Record<string, string> = {}) => (
    <form method="post" action={`${props.path('questions')}/${action}`} class="inline-form">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="question" value={q.id} />
      {Object.entries(extra).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
        {label}
        {which}
      </button>
    </form>
  );
  return (
    <li class="survey-builder-item">
      <p class="ds-paragraph">
        <strong lang={langOf(t)}>{q.prompt}</strong>
      </p>
      <p class="ds-paragraph" data-size="sm">
        {[
          t(`surveys.kind.${q.kind}`),
          t('surveys.build.pageOf', { page: q.page }),
          t(q.required ? 'surveys.build.required' : 'surveys.build.optional'),
        ].join(' · ')}
      </p>
      {q.options.length > 0 && (
        <ul class="ds-list" lang={langOf(t)}>
          {q.options.map((o) => (
            <li>{o}</li>
          ))}
        </ul>
      )}
      {!props.frozen && (
        <div class="form-actions">
          <a
            class="ds-button"
            data-variant="secondary"
            data-size="sm"
            href={`${props.path('edit')}?question=${q.id}#question-heading`}
          >
            {t('surveys.build.edit')}
            {which}
          </a>
          {!props.first && button('move', t('surveys.build.up'), { direction: 'up' })}
          {(!props.last || q.page < MAX_PAGES) &&
            button('move', t('surveys.build.down'), { direction: 'down' })}
          {button('remove', t('surveys.build.remove'))}
        </div>
      )}
    </li>
  );
}

function QuestionForm(
  props: Props & { labels: Record<'prompt' | 'kind' | 'page' | 'options', string>; action: string },
) {
  const { t, labels } = props;
  const form = props.question;
  const editing = props.editing;
  return (
    <section class="dialog-section" aria-labelledby="question-heading">
      <h2 class="ds-heading" data-size="sm" id="question-heading">
        {t(editing ? 'surveys.build.editing' : 'surveys.build.add')}
      </h2>
      <form method="post" action={editing ? `${props.action}/save` : props.action}>
        <CsrfField token={props.csrfToken} />
        {editing && <input type="hidden" name="question" value={editing} />}
        <TextField t={t} form={form} name="prompt" label={labels.prompt} maxlength={300} required />
        <SelectField
          t={t}
          form={form}
          name="kind"
          label={labels.kind}
          options={questionKinds.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
          required
        />
        <TextAreaField
          t={t}
          form={form}
          name="options"
          label={labels.options}
          hint={t('surveys.build.optionsHint')}
          rows={4}
        />
        <TextField
          t={t}
          form={form}
          name="page"
          label={labels.page}
          hint={t('surveys.build.pageHint')}
          type="number"
          number={{ integer: true, min: 1, max: MAX_PAGES }}
        />
        <CheckboxField form={form} name="required" label={t('surveys.build.isRequired')} />
        <div class="form-actions">
          <button type="submit" class="ds-button" data-variant="primary">
            {t(editing ? 'surveys.build.saveQuestion' : 'surveys.build.add')}
          </button>
          {editing && (
            <a
              class="ds-link"
              href={surveyPath(t.lang, props.municipality.id, props.loaded.matter.id, 'edit')}
            >
              {t('surveys.build.cancel')}
            </a>
          )}
        </div>
      </form>
    </section>
  );
}
