import { CsrfField, SubmitButton } from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { AGE_BANDS } from '../background.ts';
import type { BackgroundQuestions } from '../dialogues.schema.ts';

/**
 * The optional questions about who takes part, asked once of a participant who has voted: each a
 * choice with "rather not say" first, so sending the form as it is answers nothing.
 */
export function BackgroundForm(props: {
  t: Translator;
  action: string;
  csrfToken: string;
  questions: BackgroundQuestions;
  months: number;
}) {
  const { t, questions } = props;
  const choice = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div class="ds-field">
      <label class="ds-label" for={`field-${name}`}>
        {label}
      </label>
      <select class="ds-input" id={`field-${name}`} name={name}>
        <option value="">{t('dialogues.background.noAnswer')}</option>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <section class="dialog-section" aria-labelledby="background-ask-heading">
      <h2 class="ds-heading" data-size="sm" id="background-ask-heading">
        {t('dialogues.background.askTitle')}
      </h2>
      <p class="ds-paragraph">{t('dialogues.background.askLead', { months: props.months })}</p>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        {questions.ageBand &&
          choice(
            'ageBand',
            t('dialogues.background.ageBand'),
            AGE_BANDS.map((b) => ({ value: b, label: t(`dialogues.background.age.${b}`) })),
          )}
        {questions.districts.length > 0 &&
          choice(
            'district',
            t('dialogues.background.district'),
            questions.districts.map((d) => ({ value: d, label: d })),
          )}
        <SubmitButton variant="secondary">{t('dialogues.background.submit')}</SubmitButton>
      </form>
    </section>
  );
}
