import { langOf } from '../../../../web/components/content.tsx';
import { type FormState, TextAreaField, TextField } from '../../../../web/components/forms.tsx';
import { isMessageKey, type Translator } from '../../../../web/i18n/index.ts';
import { choicesOf, fieldOf, optionFieldOf, type Question } from '../answers.ts';
import { MAX_TEXT } from '../surveys.policy.ts';

/**
 * One question of the answer form. A choice or scale question is a fieldset of radio buttons or
 * checkboxes named by its legend; its error is tied to the fieldset, whose id the error summary
 * links to. Written questions are plain fields. The words of the question are the municipality's.
 */
export function QuestionField(props: { t: Translator; form: FormState; question: Question }) {
  const { t, form, question: q } = props;
  const field = fieldOf(q.id);
  if (q.kind === 'short' || q.kind === 'long') {
    const Field = q.kind === 'short' ? TextField : TextAreaField;
    const label = q.required ? `${q.prompt} ${t('surveys.requiredMark')}` : q.prompt;
    return (
      <Field
        t={t}
        form={form}
        name={field}
        label={label}
        maxlength={MAX_TEXT[q.kind]}
        required={q.required}
      />
    );
  }
  const error = form.errors[field];
  const multiple = q.kind === 'multiple';
  const hint = q.kind === 'scale' ? `hint-${field}` : '';
  const described = [hint, error ? `error-${field}` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class="ds-fieldset survey-question"
      id={`field-${field}`}
      tabindex={-1}
      aria-describedby={described || undefined}
    >
      <legend class="ds-label">
        <span lang={langOf(t)}>{q.prompt}</span>
        {q.required ? ` ${t('surveys.requiredMark')}` : ''}
      </legend>
      {hint && (
        <p class="ds-paragraph" data-field="description" data-size="sm" id={hint}>
          {t('surveys.scaleHint')}
        </p>
      )}
      {error && (
        <p class="ds-validation-message" data-field="validation" id={`error-${field}`}>
          {isMessageKey(error) ? t(error) : t('error.invalid')}
        </p>
      )}
      <div class={q.kind === 'scale' ? 'survey-scale' : 'survey-choices'}>
        {choicesOf(q).map((choice) => {
          const name = multiple ? optionFieldOf(q.id, choice) : field;
          const id = optionFieldOf(q.id, choice);
          const checked = multiple
            ? form.values[name] === 'on'
            : form.values[field] === String(choice);
          return (
            <div class="ds-field check-field">
              <input
                class="ds-input"
                type={multiple ? 'checkbox' : 'radio'}
                id={`option-${id}`}
                name={name}
                value={multiple ? 'on' : String(choice)}
                checked={checked}
                required={!multiple && q.required ? true : undefined}
              />
              <label
                class="ds-label"
                for={`option-${id}`}
                data-weight="regular"
                lang={q.kind === 'scale' ? undefined : langOf(t)}
              >
                {q.kind === 'scale' ? String(choice) : q.options[choice]}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
