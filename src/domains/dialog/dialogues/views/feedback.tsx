import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import {
  ReadabilityCheckButton,
  ReadabilityNote,
} from '../../plain-language/views/readability-note.tsx';
import { FEEDBACK_THEMES, outcomes } from '../dialogues.inputs.ts';
import type { MatterPageData } from '../matter.load.ts';

type Feedback = NonNullable<MatterPageData['feedback']>;

/** How the input was used, as the municipality published it: the summary, then each theme's verdict. */
export function FeedbackShown(props: { t: Translator; feedback: Feedback }) {
  const { t, feedback } = props;
  return (
    <>
      <p class="ds-paragraph" data-size="sm">
        {t('dialogues.feedback.published', { date: t.date(feedback.publishedAt) })}
      </p>
      <p class="ds-paragraph comment-text" lang={langOf(t)}>
        {feedback.summary}
      </p>
      <ScrollableTable label={t('dialogues.feedback.title')}>
        <thead>
          <tr>
            <th scope="col">{t('dialogues.feedback.theme')}</th>
            <th scope="col">{t('dialogues.feedback.outcome')}</th>
            <th scope="col">{t('dialogues.feedback.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {feedback.items.map((item) => (
            <tr>
              <td lang={langOf(t)}>{item.theme}</td>
              <td>{t(`dialogues.outcome.${item.outcome as (typeof outcomes)[number]}`)}</td>
              <td lang={langOf(t)}>{item.reason}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </>
  );
}

/**
 * The form staff publish feedback with: a summary and up to six themes, the first ones offered
 * from the map's groups (their names can be changed).
 */
export function FeedbackForm(props: {
  t: Translator;
  csrfToken: string;
  action: string;
  form: FormState;
  suggestions: string[];
}) {
  const { t, form } = props;
  const values = { ...form.values };
  props.suggestions.forEach((s, i) => {
    values[`theme${i + 1}`] ??= s;
  });
  const shown = { values, errors: form.errors };
  return (
    <form method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <ReadabilityNote
        t={t}
        texts={[
          { field: t('dialogues.feedback.summary'), text: form.values.summary },
          ...Array.from({ length: FEEDBACK_THEMES }, (_, i) => ({
            field: t('dialogues.feedback.reasonNumber', { number: i + 1 }),
            text: form.values[`reason${i + 1}`],
          })),
        ]}
      />
      <TextAreaField
        t={t}
        form={shown}
        name="summary"
        label={t('dialogues.feedback.summary')}
        hint={t('dialogues.feedback.summaryHint')}
        rows={5}
        required
      />
      {Array.from({ length: FEEDBACK_THEMES }, (_, i) => i + 1).map((n) => (
        <fieldset class="feedback-theme">
          <legend class="ds-label">{t('dialogues.feedback.themeNumber', { number: n })}</legend>
          <TextField
            t={t}
            form={shown}
            name={`theme${n}`}
            label={t('dialogues.feedback.theme')}
            maxlength={300}
          />
          <SelectField
            t={t}
            form={shown}
            name={`outcome${n}`}
            label={t('dialogues.feedback.outcome')}
            placeholder={t('dialogues.feedback.choose')}
            options={outcomes.map((o) => ({ value: o, label: t(`dialogues.outcome.${o}`) }))}
          />
          <TextAreaField
            t={t}
            form={shown}
            name={`reason${n}`}
            label={t('dialogues.feedback.reason')}
            rows={2}
          />
        </fieldset>
      ))}
      <div class="form-actions">
        <SubmitButton>{t('dialogues.feedback.submit')}</SubmitButton>
        <ReadabilityCheckButton t={t} />
      </div>
    </form>
  );
}
